import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { problemText } from './gold-types.js';
import { GOLD_SUFFIX, loadGold } from './load-gold.js';
import { findName } from './locate.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const goldDir = join(repo, 'gold', 'own');
const shared = resolve(repo, '..', 'shared');

// DESIGN.md §3 (event types) and §2 (modality).
const TYPES = new Set([
  'battle.clash', 'battle.territory', 'battle.withdrawal',
  'remote.airstrike', 'remote.shelling', 'remote.explosive', 'remote.suicide',
  'violence.attack', 'violence.abduction', 'violence.sexual',
  'strategic.displacement', 'strategic.fortification', 'strategic.destruction', 'strategic.arrest', 'strategic.agreement', 'strategic.other',
  'statement.threat', 'statement.demand', 'statement.accusation', 'statement.claim', 'statement.denial',
  'protest.peaceful', 'protest.riot',
]);
const MODALITIES = new Set(['asserted', 'reported', 'alleged', 'suspected', 'planned', 'hypothetical', 'denied', 'negated']);
/** Modalities of events that may lie after the report was published. */
const FUTURE = new Set(['planned', 'hypothetical']);
const WORD = /[\p{L}\p{N}]/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Names and short aliases only: a longer string would be a passage copied from the text. */
const MAX_WORDS = 7;

type Json = Record<string, unknown>;

interface CorpusRecord {
  text: string;
  published: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const show = (v: unknown): string => JSON.stringify(v) ?? 'nothing';

function isDate(v: unknown): v is string {
  return typeof v === 'string' && ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
}

function isAliasLists(v: unknown): boolean {
  return Array.isArray(v) && v.every((a) => Array.isArray(a) && a.length > 0 && a.every((s) => typeof s === 'string' && s.trim() !== ''));
}

/** The first and last day an event's date covers, or a reason it has none. */
function dateBounds(e: Json): [string, string] | string {
  const { date, date_range: range } = e;
  if ((date === undefined || date === null) === (range === undefined || range === null)) return 'give exactly one of "date" and "date_range"';
  if (date !== undefined && date !== null) return isDate(date) ? [date, date] : `"date" is not a calendar date: ${show(date)}`;
  const [from, to] = list(range);
  if (list(range).length !== 2 || !isDate(from) || !isDate(to) || from > to) return `"date_range" is not two ordered calendar dates: ${show(range)}`;
  return [from, to];
}

function eventProblems(e: Json, at: string, published: unknown): string[] {
  const out: string[] = [];
  if (typeof e.key !== 'boolean') out.push(`${at}.key: expected true or false, got ${show(e.key)}`);
  if (typeof e.background !== 'boolean') out.push(`${at}.background: expected true or false, got ${show(e.background)}`);
  if (typeof e.type !== 'string' || !TYPES.has(e.type)) out.push(`${at}.type: not a DESIGN.md §3 type: ${show(e.type)}`);
  for (const t of list(e.alt_types)) if (typeof t !== 'string' || !TYPES.has(t)) out.push(`${at}.alt_types: not a DESIGN.md §3 type: ${show(t)}`);
  if (typeof e.modality !== 'string' || !MODALITIES.has(e.modality)) out.push(`${at}.modality: not a DESIGN.md §2 modality: ${show(e.modality)}`);
  for (const m of list(e.alt_modality)) if (typeof m !== 'string' || !MODALITIES.has(m)) out.push(`${at}.alt_modality: not a modality: ${show(m)}`);
  for (const role of ['actors', 'targets']) if (!isAliasLists(e[role])) out.push(`${at}.${role}: expected lists of aliases, got ${show(e[role])}`);
  if ('evidence' in e) out.push(`${at}: holds "evidence" text; texts under ../shared are pointed at with "evidence_span", never copied`);
  const bounds = dateBounds(e);
  if (typeof bounds === 'string') out.push(`${at}: ${bounds}`);
  else if (typeof published === 'string') {
    if (bounds[0] > published) out.push(`${at}: starts ${bounds[0]}, after the report was published (${published})`);
    if (bounds[1] > published && !FUTURE.has(String(e.modality))) out.push(`${at}: ends ${bounds[1]}, after publication, but is ${show(e.modality)}, not planned or hypothetical`);
  }
  const f = e.fatalities;
  if (f !== null) {
    const count = (n: unknown): boolean => n === null || (Number.isInteger(n) && (n as number) >= 0);
    const ok = isObject(f) && count(f.low) && count(f.high) && !(typeof f.low === 'number' && typeof f.high === 'number' && f.low > f.high);
    if (!ok) out.push(`${at}.fatalities: expected null or {"low", "high"} whole numbers in order, got ${show(f)}`);
  }
  return out;
}

/** What can be checked without the texts: the fields, and that no value is a copied passage. */
function shapeProblems(gold: Json): string[] {
  const out: string[] = [];
  if (gold.format !== 'sitrep-gold/1') out.push(`format: expected "sitrep-gold/1", got ${show(gold.format)}`);
  for (const key of ['document', 'corpus']) if (typeof gold[key] !== 'string' || gold[key] === '') out.push(`${key}: expected a non-empty string`);
  if (!isDate(gold.published)) out.push(`published: expected YYYY-MM-DD, got ${show(gold.published)}`);
  const events = list(gold.events);
  if (!events.some((e) => isObject(e) && e.key === true)) out.push('events: no key event');
  const ids = new Set<unknown>();
  for (const [i, e] of events.entries()) {
    const at = `events[${i}]`;
    if (!isObject(e)) {
      out.push(`${at}: expected an object`);
      continue;
    }
    if (typeof e.id !== 'string' || ids.has(e.id)) out.push(`${at}.id: missing or repeated: ${show(e.id)}`);
    ids.add(e.id);
    out.push(...eventProblems(e, `${at} (${String(e.id)})`, gold.published));
  }
  for (const [i, q] of list(gold.quotes).entries()) {
    const ok = isObject(q) && Array.isArray(q.speaker) && q.speaker.length > 0 && q.speaker.every((s) => typeof s === 'string') && !('text' in q);
    if (!ok) out.push(`quotes[${i}]: expected {"speaker": [names], "span": [start, end]} without "text", got ${show(q)}`);
  }
  const places = placeTable(gold, out);
  for (const [i, e] of events.entries()) {
    if (!isObject(e) || e.place === null) continue;
    const p = places.get(String(e.place));
    if (p === undefined) out.push(`events[${i}].place: ${show(e.place)} is not listed in "places"`);
    else if (p.lat !== e.lat || p.lon !== e.lon) out.push(`events[${i}]: ${show(e.place)} at ${show([e.lat, e.lon])}, but "places" says ${show([p.lat, p.lon])}`);
  }
  for (const value of strings([gold.events, gold.quotes, gold.places])) {
    if (value.trim().split(/\s+/).length > MAX_WORDS) out.push(`"${value}" is more than ${MAX_WORDS} words: a passage, not a name`);
  }
  return out;
}

function placeTable(gold: Json, out: string[]): Map<string, { lat: unknown; lon: unknown }> {
  const table = new Map<string, { lat: unknown; lon: unknown }>();
  for (const [i, p] of list(gold.places).entries()) {
    if (!isObject(p) || typeof p.name !== 'string' || p.name.trim() === '') {
      out.push(`places[${i}]: expected {"name", "lat", "lon"}, got ${show(p)}`);
      continue;
    }
    const located = typeof p.lat === 'number' && typeof p.lon === 'number' && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
    if (!located && !(p.lat === null && p.lon === null)) out.push(`places[${i}] (${p.name}): expected both coordinates or both null, got ${show([p.lat, p.lon])}`);
    table.set(p.name, { lat: p.lat, lon: p.lon });
  }
  return table;
}

function* strings(v: unknown): Generator<string> {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (isObject(v)) for (const x of Object.values(v)) yield* strings(x);
}

/** A span boundary may not fall between two letters or digits. */
function onBoundary(text: string, i: number): boolean {
  return i === 0 || i === text.length || !(WORD.test(text[i - 1] ?? '') && WORD.test(text[i] ?? ''));
}

function spanProblems(span: unknown, text: string, at: string): string[] {
  const [start, end] = list(span);
  if (list(span).length !== 2 || !Number.isInteger(start) || !Number.isInteger(end)) return [`${at}: expected [start, end], got ${show(span)}`];
  const [s, e] = [start as number, end as number];
  if (!(s >= 0 && s < e && e <= text.length)) return [`${at}: [${s}, ${e}] is not a non-empty range inside the text (${text.length} characters)`];
  const quote = text.slice(s, e);
  const out: string[] = [];
  if (quote.trim() !== quote) out.push(`${at}: [${s}, ${e}] "${quote}" starts or ends with a space`);
  if (!onBoundary(text, s) || !onBoundary(text, e)) out.push(`${at}: [${s}, ${e}] "${quote}" cuts a word`);
  return out;
}

/** What needs the text: spans on word boundaries, toponyms that occur, the publication date. */
function textProblems(gold: Json, record: CorpusRecord): string[] {
  const out: string[] = [];
  if (record.published.slice(0, 10) !== gold.published) out.push(`published: ${show(gold.published)}, but the record says ${record.published}`);
  for (const [i, e] of list(gold.events).entries()) out.push(...spanProblems(isObject(e) ? e.evidence_span : null, record.text, `events[${i}].evidence_span`));
  for (const [i, q] of list(gold.quotes).entries()) out.push(...spanProblems(isObject(q) ? q.span : null, record.text, `quotes[${i}].span`));
  for (const [i, p] of list(gold.places).entries()) {
    const name = isObject(p) ? p.name : null;
    if (typeof name !== 'string' || findName(name, record.text).length === 0) out.push(`places[${i}]: ${show(name)} does not occur in the text as a whole word`);
  }
  return out;
}

const corpora = new Map<string, Map<string, CorpusRecord>>();

function corpusRecord(corpus: string, id: string): CorpusRecord | undefined {
  let records = corpora.get(corpus);
  if (records === undefined) {
    records = new Map();
    for (const line of readFileSync(join(shared, corpus), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as Json;
      if (typeof r.id === 'string' && typeof r.text === 'string') records.set(r.id, { text: r.text, published: String(r.published) });
    }
    corpora.set(corpus, records);
  }
  return records.get(id);
}

describe('our own gold (gold/own): reports from ../shared annotated by us', () => {
  const files = readdirSync(goldDir)
    .filter((name) => name.endsWith(GOLD_SUFFIX))
    .sort();

  it('holds at least 12 reports, and the scorer reads every file without a problem', async () => {
    assert.ok(files.length >= 12, `${files.length} gold files`);
    const { golds, problems } = await loadGold(goldDir);
    assert.deepEqual(problems.map(problemText), []);
    assert.equal(golds.length, files.length);
    assert.equal(new Set(golds.map((g) => g.document)).size, files.length, 'one gold file per report');
  });

  for (const name of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as Json;

    it(`${name}: events, quotes and places are well-formed`, () => {
      assert.deepEqual(shapeProblems(gold), []);
    });

    it(`${name}: spans point into the shared text on word boundaries`, (t) => {
      if (!existsSync(shared)) return t.skip(`../shared not found: ${shared}`);
      const corpus = String(gold.corpus);
      const record = corpusRecord(corpus, String(gold.document));
      assert.ok(record, `${show(gold.document)} is not a record of ${join(shared, corpus)}`);
      assert.deepEqual(textProblems(gold, record), []);
    });
  }
});
