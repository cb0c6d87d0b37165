import type { Candidate } from '../candidate.js';
import { cueSpan, isHardBoundary } from '../cues.js';
import { isRelative } from '../noun-phrases.js';
import type { SentenceView } from '../sentence-view.js';
import type { Refiner, SentenceDate } from './refiner.js';

/** A happening dated this long before the report is history told as context. */
export const BACKGROUND_DAYS = 60;
const MAX_DISTANCE = 12;
const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** The latest day the date can mean: for "since 2014" its start, else its end. */
function latestDay(d: SentenceDate): number | null {
  const a = d.attrs;
  const iso = a.kind === 'since' ? a.start : (a.end ?? a.value ?? a.start);
  return iso === null ? null : dayNumber(iso);
}

/** The date of the trigger's own clause: the nearest one with no clause boundary or relative pronoun between. */
function clauseDate(view: SentenceView, c: Candidate, dates: readonly SentenceDate[]): SentenceDate | null {
  let best: SentenceDate | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const [lo, hi] = d.end <= c.first ? [d.end, c.first] : [c.end, d.first];
    if (d.first < c.end && c.first < d.end) continue;
    const distance = hi - lo;
    if (distance > MAX_DISTANCE || distance >= bestDistance) continue;
    const between = view.tokens.slice(lo, hi);
    if (between.some((t) => isHardBoundary(t) || isRelative(t) || (t.pos === 'SCONJ' && d.first > c.first))) continue;
    best = d;
    bestDistance = distance;
  }
  return best;
}

/**
 * "drove out … in 2014", "before Islamic State took control in June 2014",
 * "has held since 2014", "the 2008 killing": the clause's date lies more than
 * BACKGROUND_DAYS before the report.
 */
export const backgroundDateRefiner: Refiner = (candidates, { view, dates, reference }) => {
  const now = reference === null ? null : dayNumber(reference);
  if (now === null) return candidates;
  for (const c of candidates) {
    if (c.background) continue;
    const d = clauseDate(view, c, dates);
    if (!d || d.attrs.future) continue;
    const day = latestDay(d);
    if (day === null || now - day <= BACKGROUND_DAYS) continue;
    c.background = true;
    c.backgroundCue = cueSpan(view, d);
    c.rules.push('background/date');
  }
  return candidates;
};
