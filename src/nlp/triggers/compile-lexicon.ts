/**
 * Turns parsed classes and entries into the matcher structures the parsers
 * and refiners use: classes flattened (a class may include others), every
 * condition list compiled once, patterns indexed by their first word.
 */
import type { LexiconProblem } from './lexicon-error.js';
import type { Condition, IndexedPattern, Lexicon, Sense, TriggerEntry } from './lexicon.js';
import type { RawClass, RawCondition, RawEntry } from './parse-lexicon.js';
import { firstWords, parsePattern, type Pattern } from './pattern.js';
import { compileMatcher, type WordMatcher } from './word-matcher.js';

const BUILTINS = new Set(['NUM', 'PROPN']);
/** A name shaped like a class ("MILITARY-TARGET") that is not one is a typo, not a literal word. */
const CLASS_LIKE = /^[A-Z]{2,}(-[A-Z]{2,})+$/;

interface Flat {
  members: Set<string>;
  num: boolean;
  propn: boolean;
}

export function compileLexicon(classes: ReadonlyMap<string, RawClass>, entries: readonly RawEntry[], problems: LexiconProblem[]): Lexicon {
  const flat = new Map<string, Flat>();
  const resolve = (name: string, stack: string[]): Flat => {
    const done = flat.get(name);
    if (done) return done;
    const raw = classes.get(name)!;
    const out: Flat = { members: new Set(), num: false, propn: false };
    for (const m of raw.members) {
      if (BUILTINS.has(m)) {
        if (m === 'NUM') out.num = true;
        else out.propn = true;
      } else if (classes.has(m)) {
        if (stack.includes(m)) {
          problems.push({ ...raw.origin, entry: name, message: `classes include each other in a cycle: ${[...stack, m].join(' → ')}` });
          continue;
        }
        const inner = resolve(m, [...stack, m]);
        for (const w of inner.members) out.members.add(w);
        out.num ||= inner.num;
        out.propn ||= inner.propn;
      } else if (CLASS_LIKE.test(m)) {
        problems.push({ ...raw.origin, entry: name, message: `unknown class '${m}'` });
      } else out.members.add(m);
    }
    flat.set(name, out);
    return out;
  };
  const matchers = new Map<string, WordMatcher>();
  for (const name of classes.keys()) {
    const f = resolve(name, [name]);
    matchers.set(name, compileMatcher(f.members, f));
  }

  const compileList = (words: readonly string[], entry: RawEntry): WordMatcher => {
    const members = new Set<string>();
    let num = false;
    let propn = false;
    for (const w of words) {
      if (w === 'NUM') num = true;
      else if (w === 'PROPN') propn = true;
      else if (classes.has(w)) {
        const f = flat.get(w)!;
        for (const m of f.members) members.add(m);
        num ||= f.num;
        propn ||= f.propn;
      } else if (CLASS_LIKE.test(w) || /^[A-Z]{5,}$/.test(w)) {
        problems.push({ ...entry.origin, entry: entry.label, message: `unknown class '${w}'` });
      } else members.add(w);
    }
    return compileMatcher(members, { num, propn });
  };
  const compileCondition = (raw: RawCondition, entry: RawEntry): Condition =>
    raw.map(([key, words]) => [key, compileList(words, entry)] as const);

  const compiled: TriggerEntry[] = [];
  const byFirst = new Map<string, IndexedPattern[]>();
  const byFirstExact = new Map<string, IndexedPattern[]>();
  const index = (map: Map<string, IndexedPattern[]>, key: string, item: IndexedPattern): void => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  entries.forEach((raw, order) => {
    const patterns: Pattern[] = [];
    for (const form of raw.forms) {
      const p = parsePattern(form);
      if (typeof p === 'string') problems.push({ ...raw.origin, entry: raw.label, message: p });
      else patterns.push(p);
    }
    const senses: Sense[] = raw.senses.map((s) => ({
      type: s.type,
      altTypes: s.altTypes.filter((t) => t !== s.type),
      when: compileCondition(s.when, raw),
      unless: compileCondition(s.unless, raw),
    }));
    const entry: TriggerEntry = {
      id: raw.id,
      pos: raw.pos,
      patterns,
      senses,
      unless: compileCondition(raw.unless, raw),
      attributive: raw.attributive,
      order,
      origin: raw.origin,
    };
    compiled.push(entry);
    for (const pattern of patterns) {
      const first = firstWords(pattern);
      for (const w of first.norms) index(byFirst, w, { entry, pattern });
      for (const w of first.exacts) index(byFirstExact, w, { entry, pattern });
    }
  });
  return { entries: compiled, byFirst, byFirstExact, classes: matchers };
}
