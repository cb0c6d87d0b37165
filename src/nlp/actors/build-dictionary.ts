import type { ActorDictionary, ActorEntry, CountryEntry, NounGroup, Origin, OutletEntry } from './dictionary.js';
import { DictionaryError, type DictionaryProblem } from './dictionary-error.js';
import { CaseRule, nameVariants, patternShape } from './patterns.js';
import { parseDictionaryFile, type RawActor } from './parse-dictionary-file.js';

export interface DictionarySource {
  /** Shown in error messages: a path, or a name for text given directly. */
  file: string;
  text: string;
}

/**
 * Builds the dictionary from the text of its files, in order (later files may
 * extend entries of earlier ones). Throws a DictionaryError listing every
 * problem: bad YAML, missing or malformed fields, duplicate ids, unknown or
 * circular parents, a name given to two entries.
 */
export function buildActorDictionary(sources: readonly DictionarySource[]): ActorDictionary {
  const problems: DictionaryProblem[] = [];
  const report = (origin: Origin, entry: string | null, message: string) =>
    problems.push({ file: origin.file, line: origin.line, entry, message });
  const files = sources.map((s) => parseDictionaryFile(s.file, s.text, problems));

  const defined = new Map<string, Origin>();
  const define = (id: string, origin: Origin, section: string) => {
    const first = defined.get(id);
    if (first) report(origin, `${section} '${id}'`, `duplicate id: already defined at ${first.file}:${first.line}`);
    else defined.set(id, origin);
  };
  const raw = new Map<string, RawActor>();
  const outlets = new Map<string, OutletEntry>();
  const nouns: NounGroup[] = [];
  for (const f of files) {
    for (const a of f.actors) {
      define(a.id, a.origin, 'actors');
      if (!raw.has(a.id)) raw.set(a.id, { ...a, aliases: [...a.aliases] });
    }
    for (const o of f.outlets) {
      define(o.id, o.origin, 'outlets');
      if (!outlets.has(o.id)) outlets.set(o.id, { ...o, aliases: [...o.aliases] });
    }
    for (const n of f.nouns) {
      define(n.id, n.origin, 'nouns');
      nouns.push(n);
    }
  }
  for (const e of files.flatMap((f) => f.extend)) {
    const target = raw.get(e.id) ?? outlets.get(e.id);
    if (target) target.aliases = [...target.aliases, ...e.aliases];
    else report(e.origin, e.entry, `extends unknown id '${e.id}'`);
  }

  const countries = files.flatMap((f) => f.countries);
  const byCode = new Map<string, CountryEntry>();
  for (const c of countries) {
    const first = byCode.get(c.code);
    if (first) report(c.origin, `countries '${c.code}'`, `duplicate country: already defined at ${first.origin.file}:${first.origin.line}`);
    else byCode.set(c.code, c);
  }
  for (const c of byCode.values()) addCountryRoles(c, raw, defined);

  const actors = resolveHierarchy(raw, report);
  for (const c of byCode.values()) {
    for (const [role, id] of Object.entries(c.roles)) {
      if (!actors.has(id)) report(c.origin, `countries '${c.code}'`, `${role} '${id}' is not a known actor id`);
    }
  }
  const groupIds = new Set(nouns.map((n) => n.id));
  for (const n of nouns) {
    if (n.stateless !== null && !groupIds.has(n.stateless)) report(n.origin, `nouns '${n.id}'`, `stateless '${n.stateless}' is not a noun group id`);
  }
  const qualifiers = files.flatMap((f) => f.qualifiers);
  for (const q of qualifiers) {
    if (q.means !== null && !groupIds.has(q.means)) report(q.origin, q.entry, `means '${q.means}' is not a noun group id`);
  }
  checkNames([...actors.values()], [...outlets.values()], nouns, report);
  if (problems.length > 0) throw new DictionaryError(problems);
  return {
    actors,
    outlets,
    countries: [...byCode.values()],
    qualifiers: qualifiers.map((q) => ({ word: q.word, means: q.means })),
    nouns,
    modifiers: files.flatMap((f) => f.modifiers.map((m) => m.text)),
  };
}

/** Gives a country without a government, armed forces or police a generated actor for each. */
function addCountryRoles(c: CountryEntry, raw: Map<string, RawActor>, defined: Map<string, Origin>): void {
  const name = c.names[0] ?? c.code;
  const adjective = c.demonyms[0] ?? name;
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const make = (id: string, entryName: string, kind: ActorEntry['kind'], parent: string | null): string => {
    if (!raw.has(id)) {
      raw.set(id, { id, name: entryName, aliases: [], kind, side: parent ? undefined : c.side, parent, country: c.code, personalName: false, origin: c.origin, generated: true } as RawActor);
      defined.set(id, c.origin);
    }
    return id;
  };
  c.roles.government ??= make(`government-of-${slug(name)}`, `Government of ${name}`, 'government', null);
  c.roles.military ??= make(`${slug(adjective)}-armed-forces`, `${adjective} armed forces`, 'state-military', c.roles.government);
  c.roles.police ??= make(`${slug(adjective)}-police`, `${adjective} police`, 'police', c.roles.government);
}

type Report = (origin: Origin, entry: string | null, message: string) => void;

/** Checks parents and fills in the side and country an actor inherits from its parent. */
function resolveHierarchy(raw: Map<string, RawActor>, report: Report): Map<string, ActorEntry> {
  const done = new Map<string, ActorEntry>();
  const resolve = (a: RawActor, path: string[]): ActorEntry => {
    const known = done.get(a.id);
    if (known) return known;
    let parent: ActorEntry | null = null;
    if (a.parent !== null) {
      const p = raw.get(a.parent);
      if (!p) report(a.origin, `actors '${a.id}'`, `unknown parent '${a.parent}'`);
      else if (path.includes(p.id)) report(a.origin, `actors '${a.id}'`, `circular parent chain: ${[...path, a.id, p.id].join(' → ')}`);
      else parent = resolve(p, [...path, a.id]);
    }
    if (a.side === undefined && a.parent === null) {
      report(a.origin, `actors '${a.id}'`, "missing field 'side' (a side code, null, or a parent to inherit it from)");
    }
    const entry: ActorEntry = {
      ...a,
      side: a.side !== undefined ? a.side : (parent?.side ?? null),
      country: a.country !== undefined ? a.country : (parent?.country ?? null),
      generated: (a as Partial<ActorEntry>).generated === true,
    };
    done.set(a.id, entry);
    return entry;
  };
  for (const a of raw.values()) resolve(a, []);
  return done;
}

/** A name or alias may belong to one entry only, and may not also be a generic noun. */
function checkNames(actors: ActorEntry[], outlets: OutletEntry[], nouns: NounGroup[], report: Report): void {
  const owner = new Map<string, { id: string; origin: Origin }>();
  const claim = (text: string, id: string, origin: Origin, section: string) => {
    const variant = nameVariants(text)[0];
    if (variant === undefined) return;
    // Acronyms that differ only in case ("JEM", "JeM") are different names.
    const shape = patternShape(variant);
    const key = `${shape.key}|${shape.rules.filter((r) => r.rule === CaseRule.Exact).map((r) => r.text).join(' ')}`;
    const first = owner.get(key);
    if (!first) owner.set(key, { id, origin });
    else if (first.id !== id) {
      report(origin, `${section} '${id}'`, `name '${text}' is also given to '${first.id}' (${first.origin.file}:${first.origin.line})`);
    }
  };
  for (const n of nouns) for (const w of [...n.words, ...n.qualified]) claim(w, n.id, n.origin, 'nouns');
  for (const a of actors) for (const t of [a.name, ...a.aliases]) claim(t, a.id, a.origin, 'actors');
  for (const o of outlets) for (const t of [o.name, ...o.aliases]) claim(t, o.id, o.origin, 'outlets');
}
