import { isHeadingLike, TITLE_LIMITS } from './heading.js';
import type { Line } from './lines.js';

/** A date/time written at the end of a headline or on a furniture line of its own. */
export interface FoundTimestamp {
  start: number;
  end: number;
  value: string;
  date: string | null;
  time: string | null;
  yearInferred: boolean;
  /** Where the headline before the timestamp ends (trimmed); equals the line start on a timestamp-only line. */
  headEnd: number;
  /** Which written form it had; 'bare' is a clock time alone on its line. */
  shape: Shape;
  /** Why the value is less than the text says, for a diagnostic: the year or the day/month order was unknowable. */
  note: 'year-unknown' | 'day-month-ambiguous' | null;
}

export interface PublishedDate {
  year: number;
  month: number;
  day: number;
}

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const AMPM = '(?:\\s*([ap])\\.?\\s?m\\.?)?';
const ZONE = '(?:\\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|AST|IST|[ECMP][SD]?T|AE[DS]T)(?:[+-]\\d{1,2})?)?';
const LEAD = '(?<=^|[\\s,;|–—-])';
const SEP = '(?:,?\\s+|\\s*[,|–—-]\\s*)(?:at\\s+)?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
const TIME = `(\\d{1,2}):(\\d{2})${AMPM}${ZONE}`;

export type Shape = 'glued' | 'month-day' | 'day-month' | 'time-first' | 'numeric' | 'iso' | 'labelled' | 'bare';

/** Tried in order; each is anchored at the end of the line, so body sentences that merely mention a time never reach them. */
const SHAPES: Array<[Shape, RegExp]> = [
  ['iso', new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?$`)],
  ['numeric', new RegExp(`${LEAD}(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})${SEP}${TIME}$`, 'i')],
  // "November 0112:32": the day is always two digits, so the rest is the time.
  ['glued', new RegExp(`${LEAD}${MONTH}\\s+(\\d{2})(\\d{1,2}):(\\d{2})${AMPM}${ZONE}$`, 'i')],
  ['month-day', new RegExp(`${LEAD}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${SEP}${TIME}$`, 'i')],
  ['day-month', new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?${SEP}${TIME}$`, 'i')],
  // "2:35 am, Friday, January 15, 2016"
  ['time-first', new RegExp(`${LEAD}${TIME},?\\s+(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i')],
  ['labelled', new RegExp(`(?<=(?:^|\\s)(?:(?:last\\s+)?updated|published|posted|first\\s+published|last\\s+(?:changed|modified))(?:\\s+(?:on|at))?:?\\s+)${TIME}$`, 'i')],
  ['bare', new RegExp(`^${TIME}$`, 'i')],
];

/** What may precede a timestamp on a line of its own: "Updated", "Posted: Thursday,". */
const LABEL_ONLY = new RegExp(
  `^(?:(?:(?:last\\s+)?updated|published|posted|first\\s+published|last\\s+(?:changed|modified))(?:\\s+(?:on|at))?:?\\s*)?(?:${WEEKDAY})?$`,
  'i',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAX_LINE = 300;

/** Reads `YYYY-MM-DD…` from document metadata; null when absent or unreadable. */
export function parsePublished(published: string | null): PublishedDate | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return validDate(date.year, date.month, date.day) ? date : null;
}

/**
 * The timestamp ending a line, when what comes before it is a headline, a
 * label such as "Updated", or nothing. Lines that read as sentences are left
 * alone whatever numbers they end with.
 */
export function findLineTimestamp(text: string, line: Line, published: PublishedDate | null): FoundTimestamp | null {
  if (line.end - line.start > MAX_LINE) return null;
  const s = text.slice(line.start, line.end);
  if (!s.includes(':')) return null;
  for (const [shape, re] of SHAPES) {
    const m = re.exec(s);
    if (!m) continue;
    const head = s.slice(0, m.index).replace(/[\s,;|–—-]+$/, '');
    if (head !== '' && !LABEL_ONLY.test(head) && !isHeadingLike(head, TITLE_LIMITS)) return null;
    const read = interpret(shape, m, published);
    if (!read) return null;
    const headEnd = head === '' || LABEL_ONLY.test(head) ? line.start : line.start + head.length;
    return { start: line.start + m.index, end: line.end, headEnd, shape, ...read };
  }
  return null;
}

type Reading = Pick<FoundTimestamp, 'value' | 'date' | 'time' | 'yearInferred' | 'note'>;

function interpret(shape: Shape, m: RegExpExecArray, published: PublishedDate | null): Reading | null {
  const g = (i: number): string | undefined => m[i];
  switch (shape) {
    case 'iso':
      return reading(Number(g(1)), Number(g(2)), Number(g(3)), clock(g(4), g(5), undefined), published);
    case 'numeric': {
      const [a, b, y] = [Number(g(1)), Number(g(3)), Number(g(4))];
      const time = clock(g(5), g(6), g(7));
      if (a > 12) return reading(y, b, a, time, published);
      if (b > 12) return reading(y, a, b, time, published);
      const dayFirst = reading(y, b, a, time, published);
      if (a === b) return dayFirst;
      const monthFirst = reading(y, a, b, time, published);
      // 01/11/2016 is 1 November in most of the world and 11 January in the US: let the publication date decide.
      if (!published) return dayFirst && { ...dayFirst, note: 'day-month-ambiguous' };
      if (!dayFirst || !monthFirst) return dayFirst ?? monthFirst;
      return distance(dayFirst, published) <= distance(monthFirst, published) ? dayFirst : monthFirst;
    }
    case 'glued':
      return reading(null, month(g(1)), Number(g(2)), clock(g(3), g(4), g(5)), published);
    case 'month-day':
      return reading(year(g(3)), month(g(1)), Number(g(2)), clock(g(4), g(5), g(6)), published);
    case 'day-month':
      return reading(year(g(3)), month(g(2)), Number(g(1)), clock(g(4), g(5), g(6)), published);
    case 'time-first':
      return reading(Number(g(6)), month(g(4)), Number(g(5)), clock(g(1), g(2), g(3)), published);
    case 'labelled':
    case 'bare': {
      const time = clock(g(1), g(2), g(3));
      return time ? { value: `T${time}`, date: null, time, yearInferred: false, note: null } : null;
    }
  }
}

function reading(
  stated: number | null,
  mon: number,
  day: number,
  time: string | null,
  published: PublishedDate | null,
): Reading | null {
  if (time === null || mon < 1) return null;
  if (stated === null && !published) {
    return validDate(2000, mon, day) ? { value: `T${time}`, date: null, time, yearInferred: false, note: 'year-unknown' } : null;
  }
  const year = stated ?? nearestYear(mon, day, published as PublishedDate);
  if (!validDate(year, mon, day)) return null;
  const date = `${year}-${pad(mon)}-${pad(day)}`;
  return { value: `${date}T${time}`, date, time, yearInferred: stated === null, note: null };
}

/** The year that puts month/day closest to the publication date: a "December 31" entry in a January 2 report is last year's. */
function nearestYear(mon: number, day: number, published: PublishedDate): number {
  const pub = Date.UTC(published.year, published.month - 1, published.day);
  let best = published.year;
  for (const y of [published.year - 1, published.year + 1]) {
    if (Math.abs(Date.UTC(y, mon - 1, day) - pub) < Math.abs(Date.UTC(best, mon - 1, day) - pub)) best = y;
  }
  return best;
}

function distance(r: Reading, published: PublishedDate): number {
  const [y, mo, d] = (r.date ?? '').split('-').map(Number);
  return Math.abs(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1) - Date.UTC(published.year, published.month - 1, published.day));
}

function clock(h: string | undefined, min: string | undefined, ampm: string | undefined): string | null {
  let hour = Number(h);
  const minute = Number(min);
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || minute > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    if (ampm.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (ampm.toLowerCase() === 'a' && hour === 12) hour = 0;
  }
  return hour > 23 ? null : `${pad(hour)}:${pad(minute)}`;
}

function month(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function year(y: string | undefined): number | null {
  return y === undefined ? null : Number(y);
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
