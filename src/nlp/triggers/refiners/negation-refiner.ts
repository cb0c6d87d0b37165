import { cueBefore, cueList, qualify } from '../cues.js';
import type { Refiner } from './refiner.js';

const NEGATORS = cueList([
  'not', "n't", 'never', 'no', 'nobody', 'none', 'no one', 'neither', 'nor', 'without', 'no longer',
  'failed to', 'fail to', 'fails to', 'failing to', 'unable to', 'refused to', 'refuse to', 'refuses to', 'refusing to',
]);

/**
 * "did not enter", "No civilians were killed", "there were no air strikes",
 * "failed to capture": a negator governing the trigger, with no other full
 * verb or clause between them, makes it negated.
 */
export const negationRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  for (const c of candidates) {
    const cue = cueBefore(view, c, NEGATORS, {
      max: 6,
      clause: true,
      subordinate: true,
      verbs: true,
      reject: (first) => tokens[first + 1]?.norm === 'only' || tokens.slice(first, c.first).some((t) => t.norm === 'but'),
    });
    if (cue) qualify(c, view, 'negated', cue, 'modality/negated');
  }
  return candidates;
};
