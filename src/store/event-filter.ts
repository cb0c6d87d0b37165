/**
 * Checks an EventFilter once, for every dialect, and turns it into plain
 * bounds: a filter a user typed must fail with a message saying which value is
 * wrong, not with a database error.
 */
import { boundingBox, type BoundingBox } from './geo.js';
import { StoreError, type EventFilter } from './store.js';

export interface CheckedEventFilter {
  /** Inclusive lower bound for the event's end date. */
  from: string | null;
  /** Exclusive upper bound for the event's start date (the day after `until`). */
  before: string | null;
  types: Array<{ exact: string; family: string | null }>;
  near: { lat: number; lon: number; km: number; box: BoundingBox } | null;
  text: string | null;
  docId: string | null;
  limit: number | null;
  offset: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function checkEventFilter(filter: EventFilter): CheckedEventFilter {
  const since = filter.since === undefined ? null : parseDate('since', filter.since);
  const until = filter.until === undefined ? null : parseDate('until', filter.until);
  if (since && until && since.first > until.last) {
    throw new StoreError(`event filter: since ${filter.since} is after until ${filter.until}`);
  }
  return {
    from: since?.first ?? null,
    before: until ? nextDay(until.last) : null,
    types: (filter.types ?? []).map(checkType),
    near: filter.near === undefined ? null : checkNear(filter.near),
    text: filter.text === undefined || filter.text.trim() === '' ? null : filter.text,
    docId: filter.docId ?? null,
    limit: filter.limit === undefined ? null : count('limit', filter.limit),
    offset: filter.offset === undefined ? 0 : count('offset', filter.offset),
  };
}

/** First and last day covered by `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function parseDate(name: string, value: string): { first: string; last: string } {
  const bad = new StoreError(`event filter: ${name} '${value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const m = DATE.exec(value);
  if (!m) throw bad;
  const [, y = '', mm, dd] = m;
  if (mm === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const month = Number(mm);
  if (month < 1 || month > 12) throw bad;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (dd === undefined) return { first: `${y}-${mm}-01`, last: `${y}-${mm}-${days}` };
  const day = Number(dd);
  if (day < 1 || day > days) throw bad;
  return { first: value, last: value };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function checkType(type: string): { exact: string; family: string | null } {
  if (typeof type !== 'string' || type.trim() === '') throw new StoreError('event filter: empty event type');
  return { exact: type, family: type.includes('.') ? null : type };
}

function checkNear(near: { lat: number; lon: number; km: number }): CheckedEventFilter['near'] {
  const { lat, lon, km } = near;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw new StoreError(`event filter: near latitude ${lat} is not between -90 and 90`);
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) throw new StoreError(`event filter: near longitude ${lon} is not between -180 and 180`);
  if (!Number.isFinite(km) || km <= 0) throw new StoreError(`event filter: near radius ${km} km must be a positive number`);
  return { lat, lon, km, box: boundingBox(lat, lon, km) };
}

function count(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new StoreError(`event filter: ${name} ${value} must be a whole number >= 0`);
  return value;
}
