import type { Candidate } from '../candidate.js';
import { cueBefore, cueList, isStatement, qualify, type Cue } from '../cues.js';
import type { SentenceView } from '../sentence-view.js';
import type { Refiner, SentenceDate } from './refiner.js';

const FUTURE = cueList([
  'will', "'ll", 'shall', 'going to', 'plan to', 'plans to', 'planned to', 'planning to', 'intend to', 'intends to',
  'intended to', 'expected to', 'set to', 'is due to', 'are due to', 'was due to', 'were due to', 'prepare to', 'prepares to',
  'prepared to', 'preparing to', 'preparing for', 'prepare for', 'prepares for', 'about to', 'aims to', 'aim to', 'aimed to',
  'aiming to', 'scheduled to', 'vowed to', 'vows to', 'vow to', 'pledged to', 'pledges to', 'promised to', 'promises to',
  'ready to', 'poised to', 'in order to', 'would', 'about', 'aim of', 'goal of', 'bid to', 'attempt to', 'attempts to', 'effort to',
  'efforts to', 'seeking to', 'seeks to', 'seek to', 'trying to', 'tried to', 'try to', 'want to', 'wants to', 'wanted to',
]);
/** Verbs right before "to" after which the infinitive happened ("managed to enter", "began to retreat"). */
const IMPLICATIVE = new Set(['managed', 'began', 'begun', 'started', 'continued', 'went', 'used', 'able', 'had', 'ceased']);
/** Verbs whose object did what the infinitive says ("forced the occupants to flee"). */
const CAUSATIVE = new Set(['forced', 'force', 'forces', 'forcing', 'helped', 'help', 'helping', 'allowed', 'compelled', 'obliged', 'made', 'caused']);
const ASPECT = new Set(['continue', 'keep', 'start', 'begin', 'resume', 'stop']);

/**
 * "will be evacuated", "plans to attack", "a drive to retake the city", "next
 * week's withdrawal": the happening is intended or expected. A "to" infinitive
 * counts unless the verb governing it says it happened ("forced … to flee").
 */
export const plannedRefiner: Refiner = (candidates, { view, dates }) => {
  for (const c of candidates) {
    if (isStatement(c)) continue;
    const cue =
      cueBefore(view, c, FUTURE, { max: 10, clause: true, subordinate: true, reject: (first) => !governsGerund(view, first, c) }) ??
      infinitive(view, c) ??
      futureDate(view, c, dates);
    if (cue) qualify(c, view, 'planned', cue, 'modality/planned');
  }
  return candidates;
};

/** "about" only plans when a gerund trigger follows it ("serious about liberating Mosul"). */
function governsGerund(view: SentenceView, first: number, c: Candidate): boolean {
  if (view.tokens[first]!.norm !== 'about') return true;
  return first === c.first - 1 && /ing$/.test(view.tokens[c.first]!.norm);
}

function infinitive(view: SentenceView, c: Candidate): Cue | null {
  const tokens = view.tokens;
  let k = c.first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || ASPECT.has(tokens[k]!.norm))) k--;
  if (tokens[k]?.norm !== 'to' || tokens[k]?.pos === 'ADP') return null;
  if (IMPLICATIVE.has(tokens[k - 1]?.norm ?? '')) return null;
  for (let v = k - 1; v >= 0 && k - v <= 6; v--) {
    const t = tokens[v]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (CAUSATIVE.has(t.norm)) return null;
      break;
    }
  }
  return { first: k, end: k + 1 };
}

function futureDate(view: SentenceView, c: Candidate, dates: readonly SentenceDate[]): Cue | null {
  // A bare clock time ("at midnight") says nothing about tense; a future day does.
  const d = dates.find((x) => x.attrs.future && x.attrs.precision !== 'time' && x.attrs.kind !== 'part-of-day' && Math.abs(x.first - c.first) <= 8);
  return d ? { first: d.first, end: d.end } : null;
}
