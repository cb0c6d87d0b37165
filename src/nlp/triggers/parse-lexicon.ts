/**
 * Reads the YAML of the word classes and trigger entries into plain data,
 * checking shapes, ids, event types and window names; every problem is
 * collected with its file and line.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isEventType, type EventType } from './event-types.js';
import type { LexiconProblem } from './lexicon-error.js';
import { WINDOW_KEYS, type Origin, type TriggerPos, type WindowKey } from './lexicon.js';

export type RawCondition = Array<[WindowKey, string[]]>;

export interface RawSense {
  type: EventType | null;
  altTypes: EventType[];
  when: RawCondition;
  unless: RawCondition;
}

export interface RawEntry {
  id: string;
  pos: TriggerPos;
  forms: string[];
  senses: RawSense[];
  unless: RawCondition;
  attributive: boolean;
  origin: Origin;
  /** `entries[3] 'enter'`, for messages. */
  label: string;
}

export interface RawClass {
  members: string[];
  origin: Origin;
}

const CLASS_NAME = /^[A-Z]{2,}(-[A-Z]{2,})*$/;
const ENTRY_ID = /^[a-z][a-z0-9-]*$/;
const ENTRY_KEYS = new Set(['id', 'pos', 'forms', 'type', 'altTypes', 'when', 'unless', 'senses', 'attributive']);
const SENSE_KEYS = new Set(['type', 'altTypes', 'when', 'unless']);
const POS = new Set<string>(['verb', 'noun', 'phrase']);

interface Reader {
  file: string;
  problems: LexiconProblem[];
  lineOf(node: Node | null | undefined): number | null;
}

function load(file: string, text: string, problems: LexiconProblem[]): { root: Node | null; reader: Reader } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const reader: Reader = {
    file,
    problems,
    lineOf: (node) => (node?.range ? lines.linePos(node.range[0]).line : null),
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0].line ?? null, entry: null, message: `invalid YAML: ${e.message.split('\n')[0]}` });
    return { root: null, reader };
  }
  return { root: doc.contents as Node | null, reader };
}

/** `NAME: [member, …]` mappings. */
export function parseClasses(file: string, text: string, problems: LexiconProblem[]): Map<string, RawClass> {
  const out = new Map<string, RawClass>();
  const { root, reader } = load(file, text, problems);
  if (root === null) return out;
  if (!isMap(root)) {
    problems.push({ file, line: reader.lineOf(root), entry: null, message: 'expected a mapping of class names to word lists' });
    return out;
  }
  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const name = String((keyNode as { value?: unknown }).value ?? keyNode);
    const line = reader.lineOf(keyNode) ?? 0;
    const members = (pair.value as Node | null)?.toJSON() as unknown;
    if (!CLASS_NAME.test(name)) {
      problems.push({ file, line, entry: name, message: 'class names are UPPER-CASE words joined by hyphens' });
      continue;
    }
    if (!Array.isArray(members) || members.length === 0 || !members.every((m) => typeof m === 'string' && m.trim() !== '')) {
      problems.push({ file, line, entry: name, message: 'must be a non-empty list of words' });
      continue;
    }
    out.set(name, { members: members as string[], origin: { file, line } });
  }
  return out;
}

/** `entries: [{id, pos, forms, …}]`. */
export function parseEntries(file: string, text: string, problems: LexiconProblem[]): RawEntry[] {
  const { root, reader } = load(file, text, problems);
  if (root === null) return [];
  const entries = isMap(root) ? (root.get('entries', true) as Node | undefined) : undefined;
  if (!isMap(root) || root.items.length !== 1 || !entries || !isSeq(entries)) {
    problems.push({ file, line: reader.lineOf(root), entry: null, message: "expected one key, 'entries', holding a list" });
    return [];
  }
  const out: RawEntry[] = [];
  const seen = new Set<string>();
  entries.items.forEach((item, i) => {
    const node = item as Node;
    const entry = readEntry(node.toJSON(), i, { file, line: reader.lineOf(node) ?? 0 }, reader);
    if (!entry) return;
    if (seen.has(entry.id)) {
      problems.push({ file, line: entry.origin.line, entry: entry.label, message: 'duplicate id' });
      return;
    }
    seen.add(entry.id);
    out.push(entry);
  });
  return out;
}

function readEntry(value: unknown, index: number, origin: Origin, r: Reader): RawEntry | null {
  const id = isRecord(value) && typeof value.id === 'string' ? value.id : '';
  const label = id ? `entries[${index}] '${id}'` : `entries[${index}]`;
  const fail = (message: string): null => {
    r.problems.push({ file: r.file, line: origin.line, entry: label, message });
    return null;
  };
  if (!isRecord(value)) return fail('must be a mapping');
  const unknown = Object.keys(value).filter((k) => !ENTRY_KEYS.has(k));
  if (unknown.length > 0) return fail(`unknown key(s) ${unknown.join(', ')}`);
  if (!ENTRY_ID.test(id)) return fail('id must be lower-case words joined by hyphens');
  if (typeof value.pos !== 'string' || !POS.has(value.pos)) return fail("pos must be 'verb', 'noun' or 'phrase'");
  if (!Array.isArray(value.forms) || value.forms.length === 0 || !value.forms.every((f) => typeof f === 'string')) {
    return fail('forms must be a non-empty list of strings');
  }
  const problems: string[] = [];
  let senses: RawSense[];
  if (value.senses !== undefined) {
    if (value.type !== undefined || value.altTypes !== undefined || value.when !== undefined) {
      return fail('give either senses or type/altTypes/when, not both');
    }
    if (!Array.isArray(value.senses) || value.senses.length === 0) return fail('senses must be a non-empty list');
    senses = value.senses.map((s, i) => readSense(s, `senses[${i}]`, problems));
  } else {
    senses = [readSense({ type: value.type, altTypes: value.altTypes, when: value.when }, 'entry', problems)];
  }
  const unless = readCondition(value.unless, 'unless', problems);
  if (value.attributive !== undefined && typeof value.attributive !== 'boolean') problems.push('attributive must be true or false');
  if (problems.length > 0) return fail(problems.join('; '));
  return {
    id,
    pos: value.pos as TriggerPos,
    forms: value.forms as string[],
    senses,
    unless,
    attributive: value.attributive !== false,
    origin,
    label,
  };
}

function readSense(value: unknown, where: string, problems: string[]): RawSense {
  const sense: RawSense = { type: null, altTypes: [], when: [], unless: [] };
  if (!isRecord(value)) {
    problems.push(`${where} must be a mapping`);
    return sense;
  }
  const unknown = Object.keys(value).filter((k) => !SENSE_KEYS.has(k) && value[k] !== undefined);
  if (unknown.length > 0) problems.push(`${where}: unknown key(s) ${unknown.join(', ')}`);
  if (value.type === 'none') sense.type = null;
  else if (typeof value.type === 'string' && isEventType(value.type)) sense.type = value.type;
  else problems.push(`${where}: type must be an event type of DESIGN.md §3 or 'none', not ${JSON.stringify(value.type)}`);
  if (value.altTypes !== undefined) {
    if (!Array.isArray(value.altTypes) || !value.altTypes.every((t) => typeof t === 'string' && isEventType(t))) {
      problems.push(`${where}: altTypes must be a list of event types`);
    } else sense.altTypes = value.altTypes as EventType[];
  }
  sense.when = readCondition(value.when, `${where}.when`, problems);
  sense.unless = readCondition(value.unless, `${where}.unless`, problems);
  return sense;
}

function readCondition(value: unknown, where: string, problems: string[]): RawCondition {
  if (value === undefined || value === null) return [];
  if (!isRecord(value)) {
    problems.push(`${where} must be a mapping of windows (${WINDOW_KEYS.join(', ')}) to word lists`);
    return [];
  }
  const out: RawCondition = [];
  for (const [key, words] of Object.entries(value)) {
    if (!(WINDOW_KEYS as readonly string[]).includes(key)) {
      problems.push(`${where}: unknown window '${key}' (expected ${WINDOW_KEYS.join(', ')})`);
      continue;
    }
    if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string' || typeof w === 'number')) {
      problems.push(`${where}.${key} must be a non-empty list of words or class names`);
      continue;
    }
    out.push([key as WindowKey, words.map(String)]);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
