/**
 * Calendar arithmetic on `YYYY-MM-DD` day strings, done in UTC so that the
 * machine's time zone and daylight-saving changes never shift a day.
 */

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Parses a `YYYY-MM-DD` string; null for anything else, including impossible days such as `2016-02-30`. */
export function parseDay(text: string): CalendarDay | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toEpochDay(day: string): number {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a YYYY-MM-DD day: '${day}'`);
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

function fromEpochDay(n: number): string {
  const date = new Date(n * DAY_MS);
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(day: string, n: number): string {
  return fromEpochDay(toEpochDay(day) + n);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday, as in `Date.getDay()` and chrono's `weekday` component. */
export function weekdayOf(day: string): number {
  return (((toEpochDay(day) + 4) % 7) + 7) % 7;
}

/** Moves a day by whole months, clamping to the end of a shorter month (Mar 31 − 1 month = Feb 29). */
export function addMonths(day: string, n: number): string {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a YYYY-MM-DD day: '${day}'`);
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDay(year, month, Math.min(d.day, daysInMonth(year, month)));
}

export type Bounds = readonly [start: string, end: string];

/** Monday to Sunday of the ISO week holding `day`. */
export function weekBounds(day: string): Bounds {
  const back = (weekdayOf(day) + 6) % 7;
  const monday = addDays(day, -back);
  return [monday, addDays(monday, 6)];
}

export function monthBounds(year: number, month: number): Bounds {
  return [formatDay(year, month, 1), formatDay(year, month, daysInMonth(year, month))];
}

export function yearBounds(year: number): Bounds {
  return [formatDay(year, 1, 1), formatDay(year, 12, 31)];
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

export function monthOf(day: string): number {
  return Number(day.slice(5, 7));
}
