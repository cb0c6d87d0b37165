/**
 * Our parsers and refiners say what they found through chrono's result tags
 * (chrono style: a result carries its provenance), read back by interpret.ts.
 */
import type { ParsedResult, ParsingResult } from 'chrono-node';
import type { DateKind, DatePrecision } from './layers.js';

const KIND = 'sitrep/kind:';
const PRECISION = 'sitrep/precision:';
const THIRD = 'sitrep/third:';

export type Third = 'early' | 'mid' | 'late';

/** The clause holding the date reads as future. */
export const FUTURE_TAG = 'sitrep/future';
/** A weekend resolved by weekday rules ("over the weekend"). */
export const WEEKEND_TAG = 'sitrep/weekend';
/** "overnight": the night running into the reference day, so the bounds start a day earlier. */
export const OVERNIGHT_TAG = 'sitrep/overnight';
/** Our parsers' results that are computed from the reference date, not stated. */
export const RELATIVE_TAG = 'sitrep/relative';

/** A later tag overrides an earlier one ("since" turns a weekday into a start bound). */
export function tagKind(result: ParsingResult, kind: DateKind): void {
  result.addTag(KIND + kind);
}

export function tagPrecision(result: ParsingResult, precision: DatePrecision): void {
  result.addTag(PRECISION + precision);
}

export function taggedKind(result: ParsedResult): DateKind | null {
  return lastValue(result, KIND) as DateKind | null;
}

export function taggedPrecision(result: ParsedResult): DatePrecision | null {
  return lastValue(result, PRECISION) as DatePrecision | null;
}

/** "early 2014", "mid-October": which third of the month or year. */
export function tagThird(result: ParsingResult, third: Third): void {
  result.addTag(THIRD + third);
}

export function taggedThird(result: ParsedResult): Third | null {
  return lastValue(result, THIRD) as Third | null;
}

function lastValue(result: ParsedResult, prefix: string): string | null {
  let found: string | null = null;
  for (const t of result.tags()) if (t.startsWith(prefix)) found = t.slice(prefix.length);
  return found;
}
