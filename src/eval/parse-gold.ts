import { GOLD_FORMAT, type EvalProblem, type GoldDocument, type GoldEvent, type GoldPlace, type GoldQuote, type Snippet } from './gold-types.js';

type Json = Record<string, unknown>;
type Fail = (at: string, reason: string) => void;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Validates one parsed gold file. Any error leaves the whole file unscored
 * (`gold: null`): scoring the valid half of a file would skew recall without
 * anyone noticing. Every error names the field at fault.
 */
export function parseGold(value: unknown, file: string): { gold: GoldDocument | null; problems: EvalProblem[] } {
  const problems: EvalProblem[] = [];
  const fail: Fail = (at, reason) => problems.push({ file, at: at === '' ? null : at, reason, severity: 'error' });
  if (!isObject(value)) {
    fail('', `a gold file must be a JSON object, got ${describe(value)}`);
    return { gold: null, problems };
  }
  if (value.format !== GOLD_FORMAT) fail('format', `expected "${GOLD_FORMAT}", got ${describe(value.format)}`);
  const document = requiredString(value, 'document', '', fail);
  const published = optionalDate(value, 'published', '', fail);
  const events = list(value, 'events', '', fail).map((e, i) => goldEvent(e, `events[${i}]`, fail));
  const quotes = list(value, 'quotes', '', fail).map((q, i) => goldQuote(q, `quotes[${i}]`, fail));
  const places = list(value, 'places', '', fail).map((p, i) => goldPlace(p, `places[${i}]`, fail));
  const ids = new Set<string>();
  for (const [i, e] of events.entries()) {
    if (e === null) continue;
    if (ids.has(e.id)) fail(`events[${i}].id`, `duplicate event id "${e.id}"`);
    ids.add(e.id);
  }
  if (problems.length > 0 || document === null) return { gold: null, problems };
  return {
    gold: {
      file,
      document,
      published,
      events: events.filter((e) => e !== null),
      quotes: quotes.filter((q) => q !== null),
      places: places.filter((p) => p !== null),
    },
    problems,
  };
}

function goldEvent(value: unknown, at: string, fail: Fail): GoldEvent | null {
  if (!isObject(value)) {
    fail(at, `an event must be an object, got ${describe(value)}`);
    return null;
  }
  const id = requiredString(value, 'id', at, fail);
  const where = id === null ? at : `${at} (${id})`;
  const key = value.key;
  if (typeof key !== 'boolean') fail(`${where}.key`, `expected true or false, got ${describe(key)}`);
  const type = requiredString(value, 'type', where, fail);
  if (type !== null && !type.includes('.')) fail(`${where}.type`, `expected "family.kind" (DESIGN.md §3), got "${type}"`);
  const modality = requiredString(value, 'modality', where, fail);
  const { lat, lon } = coordinates(value, where, fail);
  const date = optionalDate(value, 'date', where, fail);
  const dateRange = optionalDateRange(value, where, fail);
  if (date !== null && dateRange !== null) fail(`${where}.date`, 'give "date" or "date_range", not both');
  const background = value.background ?? false;
  if (typeof background !== 'boolean') fail(`${where}.background`, `expected true or false, got ${describe(background)}`);
  const evidence = snippet(value, 'evidence', 'evidence_span', where, fail);
  if (evidence === null) return null;
  return {
    id: id ?? '',
    key: key === true,
    type: type ?? '',
    altTypes: stringList(value, 'alt_types', where, fail),
    actors: actorList(value, 'actors', where, fail),
    targets: actorList(value, 'targets', where, fail),
    place: optionalString(value, 'place', where, fail),
    lat,
    lon,
    date,
    dateRange,
    modality: modality ?? '',
    altModality: stringList(value, 'alt_modality', where, fail),
    background: background === true,
    fatalities: fatalities(value, where, fail),
    evidence,
  };
}

function goldQuote(value: unknown, at: string, fail: Fail): GoldQuote | null {
  if (!isObject(value)) {
    fail(at, `a quote must be an object, got ${describe(value)}`);
    return null;
  }
  const speaker = stringList(value, 'speaker', at, fail);
  if (speaker.length === 0) fail(`${at}.speaker`, 'expected a non-empty list of the speaker\'s names');
  const quote = snippet(value, 'text', 'span', at, fail);
  return quote === null ? null : { speaker, quote };
}

function goldPlace(value: unknown, at: string, fail: Fail): GoldPlace | null {
  if (!isObject(value)) {
    fail(at, `a place must be an object, got ${describe(value)}`);
    return null;
  }
  const name = requiredString(value, 'name', at, fail);
  if (name !== null && name.trim() === '') fail(`${at}.name`, 'must not be empty');
  const { lat, lon } = coordinates(value, name === null ? at : `${at} (${name})`, fail);
  return name === null ? null : { name, lat, lon };
}

/** A snippet given as text (`textKey`) or as offsets (`spanKey`), exactly one of them. */
function snippet(value: Json, textKey: string, spanKey: string, at: string, fail: Fail): Snippet | null {
  const text = value[textKey];
  const span = value[spanKey];
  if (text !== undefined && span !== undefined) {
    fail(at, `give "${textKey}" or "${spanKey}", not both`);
    return null;
  }
  if (span !== undefined) {
    const ok = Array.isArray(span) && span.length === 2 && span.every((n) => Number.isInteger(n) && (n as number) >= 0) && (span[0] as number) < (span[1] as number);
    if (!ok) {
      fail(`${at}.${spanKey}`, `expected [start, end] with whole numbers 0 <= start < end, got ${JSON.stringify(span)}`);
      return null;
    }
    return { text: null, span: [span[0] as number, span[1] as number] };
  }
  if (typeof text !== 'string' || text.trim() === '') {
    fail(`${at}.${textKey}`, text === undefined ? `missing: give "${textKey}" (a verbatim snippet) or "${spanKey}"` : `expected a non-empty string, got ${describe(text)}`);
    return null;
  }
  return { text, span: null };
}

function coordinates(value: Json, at: string, fail: Fail): { lat: number | null; lon: number | null } {
  const lat = value.lat ?? null;
  const lon = value.lon ?? null;
  const bad = (v: unknown, limit: number): boolean => v !== null && (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > limit);
  if (bad(lat, 90)) fail(`${at}.lat`, `expected a latitude between -90 and 90 or null, got ${describe(lat)}`);
  if (bad(lon, 180)) fail(`${at}.lon`, `expected a longitude between -180 and 180 or null, got ${describe(lon)}`);
  if ((lat === null) !== (lon === null)) fail(`${at}.lat`, 'give both "lat" and "lon", or neither');
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : { lat: null, lon: null };
}

function fatalities(value: Json, at: string, fail: Fail): GoldEvent['fatalities'] {
  const f = value.fatalities ?? null;
  if (f === null) return null;
  const count = (v: unknown): boolean => v === null || v === undefined || (Number.isInteger(v) && (v as number) >= 0);
  if (!isObject(f) || !count(f.low) || !count(f.high)) {
    fail(`${at}.fatalities`, `expected null or {"low": n|null, "high": n|null} with whole numbers, got ${JSON.stringify(f)}`);
    return null;
  }
  return { low: (f.low as number | null | undefined) ?? null, high: (f.high as number | null | undefined) ?? null };
}

function optionalDateRange(value: Json, at: string, fail: Fail): readonly [string, string] | null {
  const r = value.date_range ?? null;
  if (r === null) return null;
  const ok = Array.isArray(r) && r.length === 2 && r.every((d) => typeof d === 'string' && ISO_DATE.test(d)) && (r[0] as string) <= (r[1] as string);
  if (!ok) {
    fail(`${at}.date_range`, `expected ["YYYY-MM-DD", "YYYY-MM-DD"] in order, got ${JSON.stringify(r)}`);
    return null;
  }
  return [r[0] as string, r[1] as string];
}

function optionalDate(value: Json, key: string, at: string, fail: Fail): string | null {
  const d = value[key] ?? null;
  if (d === null) return null;
  if (typeof d !== 'string' || !ISO_DATE.test(d)) {
    fail(path(at, key), `expected a date as "YYYY-MM-DD" or null, got ${describe(d)}`);
    return null;
  }
  return d;
}

function actorList(value: Json, key: string, at: string, fail: Fail): string[][] {
  const v = value[key] ?? [];
  const ok = Array.isArray(v) && v.every((a) => Array.isArray(a) && a.length > 0 && a.every((s) => typeof s === 'string'));
  if (!ok) {
    fail(path(at, key), `expected a list of alias lists, e.g. [["Islamic State", "IS"]], got ${JSON.stringify(v)}`);
    return [];
  }
  return v as string[][];
}

function stringList(value: Json, key: string, at: string, fail: Fail): string[] {
  const v = value[key] ?? [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) {
    fail(path(at, key), `expected a list of strings, got ${JSON.stringify(v)}`);
    return [];
  }
  return v as string[];
}

function list(value: Json, key: string, at: string, fail: Fail): unknown[] {
  const v = value[key] ?? [];
  if (!Array.isArray(v)) {
    fail(path(at, key), `expected a list, got ${describe(v)}`);
    return [];
  }
  return v;
}

function requiredString(value: Json, key: string, at: string, fail: Fail): string | null {
  const v = value[key];
  if (typeof v !== 'string' || v === '') {
    fail(path(at, key), v === undefined ? 'missing' : `expected a non-empty string, got ${describe(v)}`);
    return null;
  }
  return v;
}

function optionalString(value: Json, key: string, at: string, fail: Fail): string | null {
  const v = value[key] ?? null;
  if (v !== null && typeof v !== 'string') {
    fail(path(at, key), `expected a string or null, got ${describe(v)}`);
    return null;
  }
  return v;
}

function path(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}
