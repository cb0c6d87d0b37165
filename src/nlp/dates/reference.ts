/**
 * Which day relative dates count from: the publication date, or inside a
 * live-blog entry the date of that entry's timestamp ("November 0112:32").
 */
import { parseDay } from './calendar.js';
import type { DateReference } from './interpret.js';

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

export interface PublicationReference {
  reference: DateReference | null;
  /** Why a given publication date could not be used; null when it could, or when none was given. */
  problem: string | null;
}

/** Reads `YYYY-MM-DD` or an ISO date-time; the day is the one written, whatever the zone. */
export function publicationReference(published: string | null): PublicationReference {
  if (published === null || published.trim() === '') return { reference: null, problem: null };
  const day = ISO_DAY.exec(published.trim())?.[1];
  if (day && parseDay(day)) return { reference: { day, source: 'publication' }, problem: null };
  return {
    reference: null,
    problem: `publication date '${published}' is not a YYYY-MM-DD date or ISO date-time`,
  };
}

export interface Ranged {
  start: number;
  end: number;
}

export interface ReferenceRange extends Ranged {
  reference: DateReference;
}

/**
 * One range per entry whose own timestamp carries a date (the first such
 * timestamp inside the entry). Both inputs in text order.
 */
export function timestampReferences(
  entries: readonly Ranged[],
  timestamps: readonly (Ranged & { attrs: { date: string | null } })[],
): ReferenceRange[] {
  const ranges: ReferenceRange[] = [];
  let t = 0;
  for (const entry of entries) {
    while (t < timestamps.length && timestamps[t]!.start < entry.start) t++;
    for (let i = t; i < timestamps.length && timestamps[i]!.start < entry.end; i++) {
      const date = timestamps[i]!.attrs.date;
      if (date && parseDay(date)) {
        ranges.push({ start: entry.start, end: entry.end, reference: { day: date, source: 'timestamp' } });
        break;
      }
    }
  }
  return ranges;
}

/**
 * Walks sentences in text order and hands each its reference: the enclosing
 * entry's timestamp, else the publication date.
 */
export class ReferenceCursor {
  #i = 0;

  constructor(
    private readonly ranges: readonly ReferenceRange[],
    private readonly fallback: DateReference | null,
  ) {}

  at(span: Ranged): DateReference | null {
    while (this.#i < this.ranges.length && this.ranges[this.#i]!.end <= span.start) this.#i++;
    const range = this.ranges[this.#i];
    return range && range.start <= span.start && span.end <= range.end ? range.reference : this.fallback;
  }
}
