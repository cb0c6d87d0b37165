import { basename } from 'node:path';
import type { MessageInput } from '../core/message.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

export interface Published {
  published: string | null;
  messages: MessageInput[];
}

/**
 * Accepts `YYYY-MM-DD` or an ISO 8601 date-time (`2016-11-01T12:32`,
 * `…:05Z`, `…+03:00`) and keeps it as given; anything else, or an impossible
 * date such as `2016-02-30`, becomes null with a warning naming `where`.
 */
export function normalisePublished(value: string | null | undefined, where: string): Published {
  if (value === null || value === undefined) return { published: null, messages: [] };
  const given = value.trim();
  if (given === '') return { published: null, messages: [] };
  if (isIsoDate(given)) return { published: given, messages: [] };
  return {
    published: null,
    messages: [
      {
        ruleId: 'ingest/bad-published',
        severity: 'warning',
        reason: `${where}: publication date "${given}" is not YYYY-MM-DD or an ISO 8601 date-time; ignored`,
      },
    ],
  };
}

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, zone, zh, zm] = m.map((x) => (x === undefined ? undefined : Number(x)));
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth(y!, mo!)) return false;
  if (h !== undefined && (h > 23 || mi! > 59 || (s !== undefined && s > 59))) return false;
  return zone === undefined || zh === undefined || (zh <= 14 && zm! <= 59);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}

const NAME_DATE = /^(\d{4}-\d{2}-\d{2})[-_ .]/;

/** Archives and scrapers often name files `2016-11-01-some-title.html`; that date is kept when real. */
export function dateInFileName(path: string): string | undefined {
  const m = NAME_DATE.exec(basename(path));
  return m?.[1] !== undefined && isIsoDate(m[1]) ? m[1] : undefined;
}
