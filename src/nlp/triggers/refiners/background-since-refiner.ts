import type { Candidate } from '../candidate.js';
import { cueAfter, cueBefore, cueList, cueSpan } from '../cues.js';
import type { Refiner, SentenceDate } from './refiner.js';

const SINCE = cueList(['since', 'ever since']);
const PERFECT = new Set(['has', 'have', 'had', "'s", "'ve"]);

function isPerfect(tokens: readonly { norm: string; pos: string }[], c: Candidate): boolean {
  for (let k = c.first - 1; k >= 0 && c.first - k <= 4; k--) {
    const t = tokens[k]!;
    if (PERFECT.has(t.norm)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * "since the Iraqi offensive began", "have been killed since the conflict
 * began": a happening inside a since-clause is the start of a period, and a
 * perfect tense measured from such a clause is a tally of the period. Dates
 * after "since" are left to the date refiner.
 */
export const backgroundSinceRefiner: Refiner = (candidates, { view, dates }) => {
  const startsDate = (first: number, end: number) => dates.some((d: SentenceDate) => d.first >= first && d.first <= end);
  for (const c of candidates) {
    if (c.background) continue;
    const inside = cueBefore(view, c, SINCE, { max: 6, clause: true, reject: startsDate });
    const tally = inside ? null : isPerfect(view.tokens, c) ? cueAfter(view, c, SINCE, { max: 8, reject: startsDate }) : null;
    const cue = inside ?? tally;
    if (!cue) continue;
    c.background = true;
    c.backgroundCue = cueSpan(view, cue);
    c.rules.push(inside ? 'background/since-clause' : 'background/since-tally');
  }
  return candidates;
};
