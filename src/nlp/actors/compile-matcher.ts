import type { ActorDictionary, ActorEntry, CountryEntry, NounGroup, OutletEntry } from './dictionary.js';
import { CaseRule, nameVariants, patternShape, type TokenRule } from './patterns.js';
import { WordTrie } from './word-trie.js';

/** What a dictionary key stands for. */
export type Target =
  | { type: 'actor'; entry: ActorEntry }
  | { type: 'outlet'; entry: OutletEntry }
  /** A demonym ("Iraqi"), a possessive country name ("Iraq's") or a stateless qualifier ("Kurdish", "rebel"). */
  | { type: 'qualifier'; country: CountryEntry | null; means: NounGroup | null }
  | { type: 'noun'; group: NounGroup; standalone: boolean }
  | { type: 'modifier' };

export interface Pattern {
  target: Target;
  rules: readonly TokenRule[];
  wordLike: boolean;
  /** A single capitalised word ("Obama", "Wagner", "al-Assad"), which may be part of someone else's name. */
  surname: boolean;
}

export interface ActorMatcher {
  readonly dictionary: ActorDictionary;
  readonly trie: WordTrie;
  readonly patterns: readonly Pattern[];
  readonly countries: ReadonlyMap<string, CountryEntry>;
  readonly groups: ReadonlyMap<string, NounGroup>;
  /** Named actors by lower-cased key, to read "Iraq's special forces" as "Iraqi special forces". */
  readonly named: ReadonlyMap<string, ActorEntry>;
  /** The key of each country's first demonym. */
  readonly demonymKeys: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<ActorDictionary, ActorMatcher>();

/** Compiles every name, alias, qualifier and noun of the dictionary into one trie; cached per dictionary. */
export function compileActorMatcher(dictionary: ActorDictionary): ActorMatcher {
  const cached = compiled.get(dictionary);
  if (cached) return cached;
  const trie = new WordTrie();
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  const named = new Map<string, ActorEntry>();
  const add = (text: string, target: Target, targetKey: string) => {
    for (const variant of nameVariants(text)) {
      const shape = patternShape(variant);
      if (target.type === 'actor' && !named.has(shape.key)) named.set(shape.key, target.entry);
      const dedupe = `${variant}\u0000${targetKey}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      trie.add(shape.key, patterns.length);
      const personal = target.type === 'actor' && (target.entry.kind === 'person' || target.entry.personalName);
      const surname = personal && shape.rules.length === 1 && shape.rules[0]?.rule === CaseRule.Initial && shape.tokens - (/^(?:al|el) /i.test(variant) ? 1 : 0) === 1;
      patterns.push({ target, rules: shape.rules, wordLike: shape.wordLike, surname });
    }
  };
  for (const entry of dictionary.actors.values()) {
    const target: Target = { type: 'actor', entry };
    for (const name of [entry.name, ...entry.aliases]) add(name, target, `a:${entry.id}`);
  }
  for (const entry of dictionary.outlets.values()) {
    const target: Target = { type: 'outlet', entry };
    for (const name of [entry.name, ...entry.aliases]) add(name, target, `o:${entry.id}`);
  }
  const groups = new Map(dictionary.nouns.map((g) => [g.id, g]));
  for (const country of dictionary.countries) {
    const target: Target = { type: 'qualifier', country, means: null };
    for (const d of country.demonyms) add(d, target, `q:${country.code}`);
    for (const name of country.names) {
      add(`${name}'s`, target, `q:${country.code}`);
      if (name.endsWith('s')) add(`${name}'`, target, `q:${country.code}`);
    }
  }
  for (const q of dictionary.qualifiers) {
    add(q.word, { type: 'qualifier', country: null, means: q.means === null ? null : (groups.get(q.means) ?? null) }, `q:${q.word}`);
  }
  for (const group of dictionary.nouns) {
    const alone: Target = { type: 'noun', group, standalone: true };
    const after: Target = { type: 'noun', group, standalone: false };
    for (const w of group.words) add(w, alone, `n:${group.id}`);
    for (const w of group.qualified) add(w, after, `n:${group.id}`);
  }
  const modifier: Target = { type: 'modifier' };
  for (const m of dictionary.modifiers) add(m, modifier, 'm');

  const matcher: ActorMatcher = {
    dictionary,
    trie,
    patterns,
    countries: new Map(dictionary.countries.map((c) => [c.code, c])),
    groups,
    named,
    demonymKeys: new Map(
      dictionary.countries.flatMap((c) => {
        const first = c.demonyms[0] === undefined ? undefined : nameVariants(c.demonyms[0])[0];
        return first === undefined ? [] : [[c.code, patternShape(first).key] as const];
      }),
    ),
  };
  compiled.set(dictionary, matcher);
  return matcher;
}
