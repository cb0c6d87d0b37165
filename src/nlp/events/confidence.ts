/**
 * How sure the record is, from the strengths of the rules that filled it: the
 * mean over trigger, roles, location and time (a finder that found nothing
 * counts as 0), discounted for second-hand or uncertain modality, and raised
 * a little for each further report of the same happening in the document.
 */
import type { Modality } from '../../core/records.js';

const MODALITY: Record<Modality, number> = {
  asserted: 1,
  reported: 0.95,
  alleged: 0.8,
  suspected: 0.75,
  planned: 0.7,
  hypothetical: 0.6,
  denied: 0.6,
  negated: 0.5,
};

/** Strength of a trigger found by the lexicon: words alone, before any argument confirms them. */
export const TRIGGER_STRENGTH = 0.7;

export function confidenceOf(strengths: readonly number[], modality: Modality, reports: number): number {
  const mean = strengths.length ? strengths.reduce((a, b) => a + b, 0) / strengths.length : 0;
  const value = mean * MODALITY[modality] + 0.05 * Math.max(0, reports - 1);
  return Math.round(Math.min(0.99, Math.max(0.01, value)) * 100) / 100;
}
