/** Drops readings that overlap a date, time, identifier, score or phone number. */
import type { Refiner } from '../parser.js';

export const blockRefiner: Refiner = (readings, { blocked }) =>
  blocked.length === 0 ? readings : readings.filter((r) => !blocked.some((b) => r.start < b.end && b.start < r.end));
