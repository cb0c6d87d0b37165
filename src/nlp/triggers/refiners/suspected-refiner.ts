import { cueBefore, cueList, isStatement, qualify } from '../cues.js';
import { matchAt } from '../word-matcher.js';
import type { Refiner } from './refiner.js';

const SUSPICION = cueList([
  'presumably', 'probably', 'likely', 'apparently', 'possibly', 'seemingly', 'believed to', 'thought to', 'suspected of',
  'suspected', 'feared', 'presumed', 'appeared to', 'appears to', 'seems to', 'seemed to', 'is believed', 'are believed',
  'was believed', 'were believed', 'believed', 'suspect', 'supposedly',
]);

/**
 * "presumably packed with explosives", "a suspected car bomb", "believed to
 * have killed": the source infers the happening. A cue that qualifies a person
 * instead ("suspected militants") does not count.
 */
export const suspectedRefiner: Refiner = (candidates, { view, lexicon }) => {
  const person = lexicon.classes.get('PERSON');
  const tokens = view.tokens;
  for (const c of candidates) {
    if (isStatement(c)) continue;
    const cue = cueBefore(view, c, SUSPICION, {
      max: 8,
      clause: true,
      subordinate: true,
      reject: (_first, end) => end < c.first && person !== undefined && matchAt(person, tokens, end) > 0,
    });
    if (cue) qualify(c, view, 'suspected', cue, 'modality/suspected');
  }
  return candidates;
};
