import type { ParsedResult } from 'chrono-node';
import { referenceInstant } from './components.js';
import { interpret, type DateReference } from './interpret.js';
import type { DateAttrs } from './layers.js';
import { createNewsChrono } from './news-chrono.js';
import { mayContainDate } from './prefilter.js';

export type { DateReference } from './interpret.js';

export interface DateMention {
  /** Offsets into the text given to `findDates`. */
  start: number;
  end: number;
  attrs: DateAttrs;
}

const chrono = createNewsChrono();

/**
 * Chrono needs some reference to run; without a real one every inferred part
 * is discarded by `interpret`, so which day this is does not matter.
 */
const PLACEHOLDER_DAY = '2000-01-01';

/**
 * Date and time expressions in one sentence (or any short text), resolved
 * against `reference`; without one, only fully stated dates get a value.
 */
export function findDates(text: string, reference: DateReference | null): DateMention[] {
  if (!mayContainDate(text)) return [];
  const results: ParsedResult[] = chrono.parse(text, referenceInstant(reference?.day ?? PLACEHOLDER_DAY));
  return results.map((r) => ({ start: r.index, end: r.index + r.text.length, attrs: interpret(r, reference) }));
}

/** True when nothing could be resolved: no day, no bounds. */
export function isUnresolved(attrs: DateAttrs): boolean {
  return attrs.value === null && attrs.start === null && attrs.end === null;
}
