/**
 * Chrono-style parts: each parser owns one precompiled global pattern and turns
 * its matches into readings (or, for non-quantity parsers, into spans that must
 * not be read as quantities); refiners then merge, extend and filter them.
 */
import type { Reading } from './reading.js';

export interface QuantityParser {
  readonly name: string;
  /** Global (`g`) regex, compiled once and shared: callers reset `lastIndex`. */
  readonly pattern: RegExp;
  /** True when the pattern cannot match text without a digit, so such segments skip it. */
  readonly needsDigit: boolean;
  extract(match: RegExpExecArray, text: string): Reading | null;
}

/** Dates, times, identifiers, scores: numbers that are not quantities. */
export interface NonQuantityParser {
  readonly name: string;
  readonly pattern: RegExp;
  readonly needsDigit: boolean;
  /** Checks context the pattern cannot; absent means every match blocks. */
  accept?(match: RegExpExecArray, text: string): boolean;
}

export interface Blocked {
  start: number;
  end: number;
  /** The non-quantity parser that found it. */
  by: string;
}

export interface RefineContext {
  readonly text: string;
  readonly blocked: readonly Blocked[];
}

export type Refiner = (readings: Reading[], ctx: RefineContext) => Reading[];
