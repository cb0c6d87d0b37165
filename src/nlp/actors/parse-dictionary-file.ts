import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import {
  ACTOR_KINDS,
  COUNTRY_ROLES,
  NOUN_ROLES,
  OUTLET_KINDS,
  type ActorEntry,
  type CountryEntry,
  type NounGroup,
  type Origin,
  type OutletEntry,
  type Qualifier,
} from './dictionary.js';
import type { DictionaryProblem } from './dictionary-error.js';

/** An actor as written: `side` is undefined when the file leaves it to the parent. */
export type RawActor = Omit<ActorEntry, 'side' | 'country' | 'generated'> & {
  side: string | null | undefined;
  country: string | null | undefined;
};

export interface RawFile {
  actors: RawActor[];
  extend: Array<{ id: string; aliases: string[]; origin: Origin; entry: string }>;
  outlets: OutletEntry[];
  countries: CountryEntry[];
  qualifiers: Array<Qualifier & { origin: Origin; entry: string }>;
  nouns: NounGroup[];
  modifiers: Array<{ text: string; origin: Origin }>;
}

const SECTIONS = ['actors', 'extend', 'outlets', 'countries', 'qualifiers', 'nouns', 'modifiers'] as const;
type Section = (typeof SECTIONS)[number];

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const SIDE = /^[A-Z][A-Z0-9/-]*$/;
const COUNTRY = /^[A-Z]{2}$/;

/** Reads one dictionary file; every problem found is appended to `problems`. */
export function parseDictionaryFile(file: string, text: string, problems: DictionaryProblem[]): RawFile {
  const out: RawFile = { actors: [], extend: [], outlets: [], countries: [], qualifiers: [], nouns: [], modifiers: [] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number | null =>
    node?.range ? lines.linePos(node.range[0]).line : null;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0].line ?? null, entry: null, message: `invalid YAML: ${e.message.split('\n')[0]}` });
    return out;
  }
  const root = doc.contents;
  if (root === null) return out;
  if (!isMap(root)) {
    problems.push({ file, line: lineOf(root), entry: null, message: `expected a mapping with keys ${SECTIONS.join(', ')}` });
    return out;
  }
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const value = pair.value as Node | null;
    if (!(SECTIONS as readonly string[]).includes(key)) {
      problems.push({ file, line: lineOf(pair.key as Node), entry: null, message: `unknown key '${key}' (expected ${SECTIONS.join(', ')})` });
      continue;
    }
    if (value === null || !isSeq(value)) {
      problems.push({ file, line: lineOf(value ?? (pair.key as Node)), entry: null, message: `'${key}' must be a list` });
      continue;
    }
    value.items.forEach((item, i) => {
      const node = item as Node;
      const origin = { file, line: lineOf(node) ?? 0 };
      readItem(key as Section, i, node.toJSON(), origin, out, problems);
    });
  }
  return out;
}

function readItem(section: Section, index: number, value: unknown, origin: Origin, out: RawFile, problems: DictionaryProblem[]): void {
  if (section === 'modifiers' || (section === 'qualifiers' && typeof value === 'string')) {
    const entry = `${section}[${index}]`;
    if (typeof value !== 'string' || value.trim() === '') problems.push({ file: origin.file, line: origin.line, entry, message: 'must be a non-empty string' });
    else if (section === 'modifiers') out.modifiers.push({ text: value.trim(), origin });
    else out.qualifiers.push({ word: value.trim(), means: null, origin, entry });
    return;
  }
  const r = new EntryReader(section, index, value, origin, problems);
  if (!r.ok) return;
  switch (section) {
    case 'qualifiers': {
      r.known(['word', 'means']);
      const qualifier = { word: r.text('word'), means: r.optionalId('means'), origin, entry: r.label };
      if (r.valid) out.qualifiers.push(qualifier);
      return;
    }
    case 'actors': {
      r.known(['id', 'name', 'aliases', 'kind', 'side', 'parent', 'country', 'personal-name']);
      const actor = {
        id: r.id('id'),
        name: r.text('name'),
        aliases: r.list('aliases'),
        kind: r.oneOf('kind', ACTOR_KINDS),
        side: r.code('side', SIDE, 'a side code such as IRQ-GOV'),
        parent: r.optionalId('parent'),
        country: r.code('country', COUNTRY, 'an ISO 3166-1 alpha-2 code such as IQ'),
        personalName: r.flag('personal-name'),
        origin,
      };
      if (r.valid) out.actors.push(actor as RawActor);
      return;
    }
    case 'extend': {
      r.known(['id', 'aliases']);
      const entry = { id: r.id('id'), aliases: r.list('aliases', true), origin, entry: r.label };
      if (r.valid) out.extend.push(entry);
      return;
    }
    case 'outlets': {
      r.known(['id', 'name', 'aliases', 'kind', 'side', 'country']);
      const outlet = {
        id: r.id('id'),
        name: r.text('name'),
        aliases: r.list('aliases'),
        kind: r.oneOf('kind', OUTLET_KINDS),
        side: r.code('side', SIDE, 'a side code such as IS') ?? null,
        country: r.code('country', COUNTRY, 'an ISO 3166-1 alpha-2 code such as IQ') ?? null,
        origin,
      };
      if (r.valid) out.outlets.push(outlet as OutletEntry);
      return;
    }
    case 'countries': {
      r.known(['code', 'names', 'demonyms', 'side', ...COUNTRY_ROLES]);
      const roles: CountryEntry['roles'] = {};
      for (const role of COUNTRY_ROLES) {
        const id = r.optionalId(role);
        if (id !== null) roles[role] = id;
      }
      const code = r.code('code', COUNTRY, 'an ISO 3166-1 alpha-2 code such as IQ', true);
      const side = r.code('side', SIDE, 'a side code such as IRQ-GOV', true);
      const country = { code, names: r.list('names', true), demonyms: r.list('demonyms'), side: side ?? null, roles, origin };
      if (r.valid) out.countries.push(country as CountryEntry);
      return;
    }
    case 'nouns': {
      r.known(['id', 'name', 'kind', 'side', 'role', 'words', 'qualified', 'stateless']);
      const group = {
        id: r.id('id'),
        name: r.text('name'),
        kind: r.oneOf('kind', ACTOR_KINDS),
        side: r.code('side', SIDE, 'a side code such as CIV', true) ?? null,
        role: r.oneOf('role', NOUN_ROLES),
        words: r.list('words'),
        qualified: r.list('qualified'),
        stateless: r.optionalId('stateless'),
        origin,
      };
      if (r.valid && group.words.length + group.qualified.length === 0) r.fail("needs 'words' or 'qualified'");
      if (r.valid) out.nouns.push(group as NounGroup);
      return;
    }
  }
}

/** Field access with a problem recorded for every missing or malformed field. */
class EntryReader {
  readonly ok: boolean;
  valid = true;
  readonly label: string;
  readonly #rec: Record<string, unknown>;

  constructor(
    section: string,
    index: number,
    value: unknown,
    readonly origin: Origin,
    readonly problems: DictionaryProblem[],
  ) {
    const rec = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const id = rec && typeof rec.id === 'string' ? ` '${rec.id}'` : rec && typeof rec.code === 'string' ? ` '${rec.code}'` : '';
    this.label = `${section}[${index}]${id}`;
    this.#rec = rec ?? {};
    this.ok = rec !== null;
    if (!this.ok) this.fail('must be a mapping of fields');
  }

  fail(message: string): void {
    this.valid = false;
    this.problems.push({ file: this.origin.file, line: this.origin.line, entry: this.label, message });
  }

  known(fields: readonly string[]): void {
    for (const k of Object.keys(this.#rec)) if (!fields.includes(k)) this.fail(`unknown field '${k}' (expected ${fields.join(', ')})`);
  }

  text(field: string): string {
    const v = this.#rec[field];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    this.fail(v === undefined ? `missing field '${field}'` : `'${field}' must be a non-empty string`);
    return '';
  }

  id(field: string): string {
    const v = this.text(field);
    if (v !== '' && !ID.test(v)) this.fail(`'${field}' must be lower-case letters, digits, '-', '_' or '.' (got '${v}')`);
    return v;
  }

  optionalId(field: string): string | null {
    return this.#rec[field] === undefined || this.#rec[field] === null ? null : this.id(field);
  }

  list(field: string, required = false): string[] {
    const v = this.#rec[field];
    if (v === undefined || v === null) {
      if (required) this.fail(`missing field '${field}'`);
      return [];
    }
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s.trim() !== '')) {
      this.fail(`'${field}' must be a list of non-empty strings`);
      return [];
    }
    return v.map((s: string) => s.trim());
  }

  flag(field: string): boolean {
    const v = this.#rec[field];
    if (v === undefined || typeof v === 'boolean') return v === true;
    this.fail(`'${field}' must be true or false`);
    return false;
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T {
    const v = this.text(field);
    if (v !== '' && !(values as readonly string[]).includes(v)) this.fail(`'${field}' must be one of ${values.join(', ')} (got '${v}')`);
    return v as T;
  }

  /** A code or null; undefined when the field is absent (and not required). */
  code(field: string, pattern: RegExp, what: string, required = false): string | null | undefined {
    const v = this.#rec[field];
    if (v === undefined) {
      if (required) this.fail(`missing field '${field}' (${what}, or null)`);
      return undefined;
    }
    if (v === null) return null;
    if (typeof v === 'string' && pattern.test(v)) return v;
    this.fail(`'${field}' must be ${what} or null (got ${JSON.stringify(v)})`);
    return undefined;
  }
}
