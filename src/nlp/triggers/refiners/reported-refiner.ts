import type { Candidate } from '../candidate.js';
import { cueAfter, cueBefore, cueList, isStatement, qualify, type Cue } from '../cues.js';
import type { SentenceView } from '../sentence-view.js';
import type { Refiner } from './refiner.js';

const REPORTING = cueList([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'according to', 'reported', 'reporting', 'reportedly', 'stated', 'states',
  'announced', 'announces', 'added', 'adds', 'confirmed', 'confirms', 'quoted', 'quoting', 'citing', 'cited', 'wrote',
  'writes', 'tweeted', 'reports', 'report', 'insisted', 'warned', 'warns', 'estimated', 'estimates', 'suggests', 'suggested',
]);
const OPEN_QUOTES = new Set(['“', '"', '«']);
/** Only when they end the clause: "…, he added." but not "added to the fire". */
const ADDED = new Set(['added', 'adds']);
/** A statement is itself what a speaker said; only hearsay about it makes it reported. */
const HEARSAY = cueList(['reportedly', 'according to', 'is said to have', 'was said to have', 'were said to have', 'are said to have']);

/**
 * "…, an Iraqi general said", "according to Major General …", "reportedly",
 * or words inside quotation marks: the happening is told by a source. The
 * nearest cue in the sentence, either side, is kept as evidence. Statements
 * (threats, claims, denials) are the speaker's own act: only hearsay about
 * them ("reportedly") makes them reported.
 */
export const reportedRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  const isVerbCue = (first: number, end: number): boolean => {
    const word = tokens[first]!;
    if (end - first > 1 || word.norm === 'reportedly') return true;
    if (ADDED.has(word.norm)) return tokens[end] === undefined || tokens[end]!.pos === 'PUNCT' || tokens[end]!.norm === 'that';
    return word.pos !== 'NOUN';
  };
  for (const c of candidates) {
    if (isStatement(c)) {
      const hearsay = cueBefore(view, c, HEARSAY, { max: tokens.length }) ?? cueAfter(view, c, HEARSAY, { max: tokens.length });
      if (hearsay) qualify(c, view, 'reported', hearsay, 'modality/reported');
      continue;
    }
    const before = cueBefore(view, c, REPORTING, { max: tokens.length, reject: (f, e) => !isVerbCue(f, e) });
    const after = cueAfter(view, c, REPORTING, { max: tokens.length, reject: (f, e) => !isVerbCue(f, e) });
    const cue = nearest(c, before, after) ?? quoteMark(view, c);
    if (cue) qualify(c, view, 'reported', cue, 'modality/reported');
    else if (tokens[c.first]!.quoted) qualify(c, view, 'reported', null, 'modality/quoted');
  }
  return candidates;
};

function nearest(c: Candidate, before: Cue | null, after: Cue | null): Cue | null {
  if (!before || !after) return before ?? after;
  return c.first - before.end <= after.first - c.end ? before : after;
}

function quoteMark(view: SentenceView, c: Candidate): Cue | null {
  if (!view.tokens[c.first]!.quoted) return null;
  for (let k = c.first - 1; k >= 0; k--) if (OPEN_QUOTES.has(view.tokens[k]!.surface)) return { first: k, end: k + 1 };
  return null;
}
