/** Bridges between chrono's components (local-time numbers) and our `YYYY-MM-DD` days. */
import type { ParsedComponents, ParsingComponents, ParsingContext } from 'chrono-node';
import { formatDay, parseDay } from './calendar.js';

/** The day a component set points at, stated or implied. */
export function dayOf(c: ParsedComponents): string {
  return formatDay(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);
}

/** The reference day chrono was given (a local-time noon, see `referenceInstant`). */
export function referenceDayOf(context: ParsingContext): string {
  const d = context.reference.instant;
  return formatDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * Chrono reads its reference in local time; noon keeps "last night" and
 * "midnight" on the intended side of the day in any time zone.
 */
export function referenceInstant(day: string): Date {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a YYYY-MM-DD day: '${day}'`);
  const date = new Date(d.year, d.month - 1, d.day, 12);
  date.setFullYear(d.year);
  return date;
}

/**
 * Points the components at another day. Parts the text stated stay stated;
 * chrono's `imply` alone would silently ignore them.
 */
export function moveToDay(c: ParsingComponents, day: string): void {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a YYYY-MM-DD day: '${day}'`);
  for (const [part, value] of [['year', d.year], ['month', d.month], ['day', d.day]] as const) {
    if (c.isCertain(part)) c.assign(part, value);
    else c.imply(part, value);
  }
}

/** Components for a day computed by our parsers (from the reference, so never "stated"). */
export function componentsAt(context: ParsingContext, day: string): ParsingComponents {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a YYYY-MM-DD day: '${day}'`);
  return context.createParsingComponents({ year: d.year, month: d.month, day: d.day });
}
