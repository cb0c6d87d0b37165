/**
 * Turns one refined chrono result into the `date` layer's attributes: what
 * was stated, what was inferred from the reference, and the bounds.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { addDays, monthBounds, monthOf, yearBounds, yearOf, type Bounds } from './calendar.js';
import { dayOf } from './components.js';
import type { DateAttrs, DateKind, DatePrecision, DateReferenceSource, PartOfDay, StatedParts } from './layers.js';
import {
  FUTURE_TAG,
  OVERNIGHT_TAG,
  RELATIVE_TAG,
  taggedKind,
  taggedPrecision,
  taggedThird,
  type Third,
} from './result-tags.js';

export interface DateReference {
  /** `YYYY-MM-DD`. */
  day: string;
  source: DateReferenceSource;
}

const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const LAST_NIGHT = /\blast\s+night\b/i;
const PART_TAGS = ['casualReference/morning', 'casualReference/afternoon', 'casualReference/evening', 'casualReference/tonight'];

export function interpret(r: ParsedResult, reference: DateReference | null): DateAttrs {
  const tags = r.tags();
  const s = r.start;
  const relative = tags.has('result/relativeDate') || tags.has(RELATIVE_TAG) || tags.has('parser/ENCasualDateParser');
  const timeStated = s.isCertain('hour') && !tags.has('result/relativeDateAndTime');
  const stated: StatedParts = {
    year: !relative && s.isCertain('year'),
    month: !relative && s.isCertain('month'),
    day: !relative && s.isCertain('day'),
    weekday: s.isCertain('weekday') && WEEKDAY_NAME.test(r.text),
    time: timeStated,
  };
  const kind = taggedKind(r) ?? baseKind(s, tags, relative, r.text);
  const third = taggedThird(r);
  const precision: DatePrecision = third ? 'range' : (taggedPrecision(r) ?? basePrecision(r, timeStated));

  let [start, end]: [string | null, string | null] = r.end
    ? [periodOf(r.start)[0], periodOf(r.end)[1]]
    : [...boundsFor(s, precision)];
  if (third) [start, end] = narrow(s, third);
  if (tags.has(OVERNIGHT_TAG)) start = addDays(start, -1);
  let value = precision === 'day' || precision === 'time' ? dayOf(s) : null;

  const yearStated = stated.year || (!relative && r.end?.isCertain('year') === true);
  const needsDay = precision === 'day' || precision === 'time';
  const statedFully =
    !relative && yearStated && (precision === 'year' || stated.month) && (!needsDay || stated.day);
  if (kind === 'since') end = reference?.day ?? null;
  if (kind === 'until') start = null;
  if (!statedFully && !reference) [value, start, end] = [null, null, null];

  const first = value ?? start ?? end;
  return {
    value,
    start,
    end,
    time: timeStated ? clock(s) : null,
    precision,
    kind,
    stated,
    reference: reference && (!statedFully || kind === 'since') ? reference.source : null,
    future: tags.has(FUTURE_TAG) || (reference !== null && first !== null && first > reference.day),
    partOfDay: needsDay ? partOfDay(r.text) : null,
  };
}

function baseKind(s: ParsedComponents, tags: Set<string>, relative: boolean, text: string): DateKind {
  if (s.isCertain('weekday') && !s.isCertain('day')) return 'weekday';
  if (PART_TAGS.some((t) => tags.has(t)) || LAST_NIGHT.test(text)) return 'part-of-day';
  return relative ? 'relative' : 'absolute';
}

function basePrecision(r: ParsedResult, timeStated: boolean): DatePrecision {
  if (r.end) return 'range';
  const s = r.start;
  const dayKnown = s.isCertain('day') || s.isCertain('weekday') || (!s.isCertain('month') && !s.isCertain('year'));
  if (dayKnown) return timeStated ? 'time' : 'day';
  return s.isCertain('month') ? 'month' : 'year';
}

/** The whole period one component set names: a day, or its month or year when no day was given. */
function periodOf(c: ParsedComponents): Bounds {
  if (c.isCertain('day') || c.isCertain('weekday')) return [dayOf(c), dayOf(c)];
  if (c.isCertain('month')) return monthBounds(c.get('year') ?? 0, c.get('month') ?? 1);
  if (c.isCertain('year')) return yearBounds(c.get('year') ?? 0);
  return [dayOf(c), dayOf(c)];
}

function boundsFor(c: ParsedComponents, precision: DatePrecision): Bounds {
  const day = dayOf(c);
  if (precision === 'month') return monthBounds(yearOf(day), monthOf(day));
  if (precision === 'year') return yearBounds(yearOf(day));
  return [day, day];
}

function narrow(c: ParsedComponents, third: Third): Bounds {
  const i = third === 'early' ? 0 : third === 'mid' ? 1 : 2;
  const day = dayOf(c);
  const year = yearOf(day);
  if (c.isCertain('month')) {
    const [first, last] = monthBounds(year, monthOf(day));
    return [addDays(first, [0, 10, 20][i]!), i === 2 ? last : addDays(first, [9, 19][i]!)];
  }
  const months = [1, 5, 9][i]!;
  return [monthBounds(year, months)[0], monthBounds(year, months + 3)[1]];
}

function clock(c: ParsedComponents): string {
  return `${String(c.get('hour') ?? 0).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
}

const PARTS: ReadonlyArray<readonly [RegExp, PartOfDay]> = [
  [/\b(?:morning|dawn|daybreak)\b|^early\b/i, 'morning'],
  [/\bafternoon\b/i, 'afternoon'],
  [/\b(?:evening|dusk)\b|^late\b/i, 'evening'],
  [/\b(?:night|tonight|overnight)\b/i, 'night'],
];

function partOfDay(text: string): PartOfDay | null {
  for (const [pattern, part] of PARTS) if (pattern.test(text)) return part;
  return null;
}
