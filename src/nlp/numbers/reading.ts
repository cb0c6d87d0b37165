/**
 * A quantity while parsers and refiners work on it. Offsets are relative to the
 * segment being parsed; `low`/`high` hold only what the text states (range ends,
 * vague conventions) until `toAnnotation` applies the approximation.
 */
import type { AnnotationInput } from '../../core/layers.js';
import type { RangeRef } from '../structure/layers.js';
import type { Approx, Direction, QuantityAttrs, QuantityKind } from './layers.js';
import type { Amount } from './numerals.js';
import { tidy } from './numerals.js';

export interface Reading {
  start: number;
  end: number;
  kind: QuantityKind;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: Approx;
  unit: string | null;
  words: boolean;
  /** Kilometres per unit, for distances. */
  perKm: number | null;
  direction: Direction | null;
  anchor: RangeRef | null;
  counted: RangeRef | null;
}

export function reading(start: number, end: number, kind: QuantityKind, amount: Amount, unit: string | null = null): Reading {
  return {
    start,
    end,
    kind,
    value: amount.value,
    low: amount.low,
    high: amount.high,
    approx: amount.vague ? 'vague' : 'exact',
    unit,
    words: amount.words,
    perKm: null,
    direction: null,
    anchor: null,
    counted: null,
  };
}

const shift = (r: RangeRef | null, offset: number): RangeRef | null =>
  r && { start: r.start + offset, end: r.end + offset };

function bounds(r: Reading): [number | null, number | null] {
  if (r.value === null) return [r.low, r.high];
  switch (r.approx) {
    case 'exact':
      return [r.value, r.value];
    case 'at-least':
    case 'more-than':
      return [r.value, null];
    case 'at-most':
    case 'up-to':
    case 'less-than':
    case 'nearly':
      return [null, r.value];
    default:
      return [null, null];
  }
}

function kilometres(r: Reading): number | null {
  if (r.perKm === null) return null;
  const n = r.value ?? (r.low !== null && r.high !== null ? (r.low + r.high) / 2 : r.low);
  return n === null ? null : tidy(n * r.perKm);
}

export function toAnnotation(r: Reading, offset: number): AnnotationInput<'quantity'> {
  const [low, high] = bounds(r);
  const attrs: QuantityAttrs = {
    kind: r.kind,
    value: r.value,
    low,
    high,
    approx: r.approx,
    unit: r.unit,
    words: r.words,
    km: kilometres(r),
    direction: r.direction,
    anchor: shift(r.anchor, offset),
    ring: r.kind === 'distance' && r.anchor !== null && r.direction === null,
    counted: shift(r.counted, offset),
  };
  return { start: r.start + offset, end: r.end + offset, attrs };
}
