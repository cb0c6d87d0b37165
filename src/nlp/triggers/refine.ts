/**
 * The parsers and the ordered refiners of the triggers stage. Order matters:
 * voice before frames (the passive swaps agent and object), frames before
 * merging, merging before modality (a dropped verb needs none), and modality
 * refiners from the strongest qualification to the weakest, each leaving a
 * candidate alone once an earlier one has qualified it.
 */
import type { Candidate } from './candidate.js';
import { nounParser } from './parsers/noun-parser.js';
import { matchLexicon, type TriggerParser } from './parsers/parser.js';
import { phraseParser } from './parsers/phrase-parser.js';
import { verbParser } from './parsers/verb-parser.js';
import { allegedRefiner } from './refiners/alleged-refiner.js';
import { attributiveRefiner } from './refiners/attributive-refiner.js';
import { backgroundDateRefiner } from './refiners/background-date-refiner.js';
import { backgroundRelativeRefiner } from './refiners/background-relative-refiner.js';
import { backgroundSinceRefiner } from './refiners/background-since-refiner.js';
import { backgroundTollRefiner } from './refiners/background-toll-refiner.js';
import { denialRefiner } from './refiners/denial-refiner.js';
import { hypotheticalRefiner } from './refiners/hypothetical-refiner.js';
import { negationRefiner } from './refiners/negation-refiner.js';
import { overlapRefiner } from './refiners/overlap-refiner.js';
import { plannedRefiner } from './refiners/planned-refiner.js';
import { predicateRefiner } from './refiners/predicate-refiner.js';
import { reportedRefiner } from './refiners/reported-refiner.js';
import type { RefineContext, Refiner } from './refiners/refiner.js';
import { senseRefiner } from './refiners/sense-refiner.js';
import { suspectedRefiner } from './refiners/suspected-refiner.js';
import { titleRefiner } from './refiners/title-refiner.js';
import { voiceRefiner } from './refiners/voice-refiner.js';

export const PARSERS: readonly TriggerParser[] = [verbParser, nounParser, phraseParser];

export const REFINERS: readonly Refiner[] = [
  voiceRefiner,
  attributiveRefiner,
  senseRefiner,
  titleRefiner,
  overlapRefiner,
  predicateRefiner,
  negationRefiner,
  denialRefiner,
  hypotheticalRefiner,
  suspectedRefiner,
  plannedRefiner,
  allegedRefiner,
  reportedRefiner,
  backgroundDateRefiner,
  backgroundSinceRefiner,
  backgroundRelativeRefiner,
  backgroundTollRefiner,
];

/** The triggers of one sentence. */
export function findTriggers(ctx: RefineContext): Candidate[] {
  const matches = matchLexicon(ctx.view, ctx.lexicon);
  if (matches.length === 0) return [];
  let candidates = PARSERS.flatMap((p) => p.parse(ctx.view, matches));
  for (const refine of REFINERS) {
    if (candidates.length === 0) break;
    candidates = refine(candidates, ctx);
  }
  return candidates;
}
