import { cueAfter, cueBefore, cueList, isStatement, qualify } from '../cues.js';
import type { Refiner } from './refiner.js';

const DENY = cueList([
  'deny', 'denies', 'denied', 'denying', 'refuted', 'refutes', 'rejected reports', 'rejects reports', 'rejected claims',
  'rejects claims', 'dismissed reports', 'dismisses reports', 'dismissed claims', 'dismisses claims',
]);
/** Denying these leaves the happening itself asserted ("denied responsibility for the attack"). */
const NOT_THE_FACT = new Set(['responsibility', 'involvement', 'role', 'any', 'bail', 'charges', 'access', 'entry', 'visa', 'permission']);
const UNTRUE = cueList(['not true', 'untrue', 'false', 'baseless', 'fabricated', 'unfounded', 'groundless', 'a lie', 'lies', 'fake']);

/**
 * "denied that its jets bombed the market" or "reports that refugees were
 * shot were not true": the happening is denied. Statement triggers are left
 * alone: a denial is itself asserted.
 */
export const denialRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  for (const c of candidates) {
    if (isStatement(c)) continue;
    const before = cueBefore(view, c, DENY, { max: 15, reject: (_first, end) => NOT_THE_FACT.has(tokens[end]?.norm ?? '') });
    const cue = before ?? cueAfter(view, c, UNTRUE, { max: 10 });
    if (cue) qualify(c, view, 'denied', cue, 'modality/denied');
  }
  return candidates;
};
