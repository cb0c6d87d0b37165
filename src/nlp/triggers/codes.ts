/**
 * ACLED, PLOVER and CAMEO codes of every event type, read from
 * data/events/codes.yaml (DESIGN.md §3). ACLED splits territory gains by who
 * gains: a state side "regains", a non-state actor "overtakes".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { eventsDataDir } from './data-dir.js';
import { EVENT_TYPES, isEventType, type EventType } from './event-types.js';

export interface EventCodes {
  /** "Event type/Sub-event type", e.g. "Battles/Government regains territory". */
  acled: string | null;
  /** "EVENT" or "EVENT:mode", e.g. "ASSAULT:aerial". */
  plover: string | null;
  cameo: string | null;
}

interface TypeCodes {
  acled: string | null | Readonly<Record<string, string>>;
  plover: string | null;
  cameo: string | null;
}

export class CodesError extends Error {
  override name = 'CodesError';
}

/** Reads and checks a codes file: every type of DESIGN.md §3 once, nothing else. */
export function parseCodes(text: string, file: string): ReadonlyMap<EventType, TypeCodes> {
  const raw: unknown = parse(text);
  const problems: string[] = [];
  const out = new Map<EventType, TypeCodes>();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new CodesError(`${file}: expected a mapping of event types`);
  for (const [type, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isEventType(type)) {
      problems.push(`'${type}' is not an event type of DESIGN.md §3`);
      continue;
    }
    const codes = readCodes(value);
    if (typeof codes === 'string') problems.push(`${type}: ${codes}`);
    else out.set(type, codes);
  }
  for (const type of EVENT_TYPES) if (!out.has(type) && !problems.some((p) => p.startsWith(`${type}:`))) problems.push(`${type}: missing`);
  if (problems.length > 0) throw new CodesError(`${file}: ${problems.join('; ')}`);
  return out;
}

function readCodes(value: unknown): TypeCodes | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected {acled, plover, cameo}';
  const v = value as Record<string, unknown>;
  const extra = Object.keys(v).filter((k) => !['acled', 'plover', 'cameo'].includes(k));
  if (extra.length > 0) return `unknown key(s) ${extra.join(', ')}`;
  if (!isStringOrNull(v.plover) || !isStringOrNull(v.cameo)) return 'plover and cameo must be strings or null';
  const acled = v.acled;
  if (isStringOrNull(acled)) return { acled, plover: v.plover, cameo: v.cameo };
  if (typeof acled === 'object' && !Array.isArray(acled) && Object.values(acled).every((s) => typeof s === 'string')) {
    if (!('default' in acled)) return 'an acled table needs a default';
    return { acled: acled as Record<string, string>, plover: v.plover, cameo: v.cameo };
  }
  return 'acled must be a string, null, or a table of strings by actor kind';
}

function isStringOrNull(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

let shipped: ReadonlyMap<EventType, TypeCodes> | undefined;

function shippedCodes(): ReadonlyMap<EventType, TypeCodes> {
  const file = path.join(eventsDataDir(), 'codes.yaml');
  shipped ??= parseCodes(readFileSync(file, 'utf8'), file);
  return shipped;
}

/**
 * The codes of an event type; `actorKind` is the kind of the acting actor
 * (data/actors kinds: 'state-military', 'armed-group', …), which decides the
 * ACLED sub-event of territory changes. Throws on a type outside DESIGN.md §3.
 */
export function codesFor(type: string, actorKind: string | null = null, table = shippedCodes()): EventCodes {
  if (!isEventType(type)) throw new TypeError(`unknown event type '${type}' (known: ${EVENT_TYPES.join(', ')})`);
  const codes = table.get(type);
  if (!codes) throw new TypeError(`no codes for event type '${type}'`);
  const acled =
    codes.acled === null || typeof codes.acled === 'string'
      ? codes.acled
      : (codes.acled[actorKind ?? 'default'] ?? codes.acled.default ?? null);
  return { acled, plover: codes.plover, cameo: codes.cameo };
}
