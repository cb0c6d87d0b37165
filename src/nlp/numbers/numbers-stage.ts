/**
 * The numbers stage: every number expression of every sentence, read as a
 * count, range, age, percentage, distance, sum of money, ordinal, year,
 * duration or vague amount (see layers.ts), with what it counts and, for
 * distances, where it points. Sentences are parsed one by one, so no regex
 * runs over a whole document.
 */
import type { AnnotationInput } from '../../core/layers.js';
import type { Stage } from '../../core/stage.js';
import '../sentences/layers.js';
import './layers.js';
import { parseQuantities } from './parse-quantities.js';

export const numbersStage: Stage = {
  name: 'numbers',
  version: '1',
  requires: ['sentence'],
  assigns: ['quantity'],
  run(doc) {
    const quantities: AnnotationInput<'quantity'>[] = [];
    for (const s of doc.layer('sentence')) quantities.push(...parseQuantities(doc.text.slice(s.start, s.end), s.start));
    return { layers: { quantity: quantities } };
  },
};
