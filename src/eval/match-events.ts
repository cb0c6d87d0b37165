import type { EventRecord } from '../core/records.js';
import { actorsCorrect, dateInGold, familyCorrect, MATCH_KM, placeErrorKm, typeCorrect } from './event-fields.js';
import type { GoldEvent, Range } from './gold-types.js';
import { normalizeName } from './normalize.js';

/** A gold event with the position of its evidence in the text. */
export interface LocatedGoldEvent {
  gold: GoldEvent;
  /** Empty when the evidence could not be located: then only place, date and type can match. */
  ranges: readonly Range[];
  quote: string;
}

/**
 * What became of one system event. `matched` counts for precision and recall;
 * `acceptable` (it matches a non-key gold event) leaves precision alone;
 * `duplicate`, `background` (history reported as current) and `unmatched` are
 * false positives.
 */
export type SystemOutcome =
  | { kind: 'matched' | 'acceptable' | 'duplicate' | 'background'; gold: number }
  | { kind: 'unmatched' };

export interface EventMatching {
  system: SystemOutcome[];
  /** Per gold event, the system event matched to it, or null. */
  gold: (number | null)[];
}

interface Candidate {
  gold: number;
  system: number;
  score: number;
}

/**
 * Matches per FORMAT.md: a pair is a candidate when the evidence overlaps, or
 * when place (5 km), date and type family agree. Pairs are taken best first,
 * one system event per gold event; the score ranks candidates so that, among
 * events told in one sentence (six districts taken), each finds its own.
 */
export function matchEvents(golds: readonly LocatedGoldEvent[], events: readonly EventRecord[]): EventMatching {
  const candidates: Candidate[] = [];
  for (const [g, gold] of golds.entries()) {
    for (const [s, event] of events.entries()) {
      const score = candidateScore(gold, event);
      if (score !== null) candidates.push({ gold: g, system: s, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.system - b.system);
  const goldTaken: (number | null)[] = golds.map(() => null);
  const systemTaken: (number | null)[] = events.map(() => null);
  const best: (number | null)[] = events.map(() => null);
  for (const c of candidates) {
    best[c.system] ??= c.gold;
    if (goldTaken[c.gold] !== null || systemTaken[c.system] !== null) continue;
    goldTaken[c.gold] = c.system;
    systemTaken[c.system] = c.gold;
  }
  const system = events.map((event, s): SystemOutcome => {
    const assigned = systemTaken[s] ?? null;
    const g = assigned ?? best[s] ?? null;
    const gold = g === null ? undefined : golds[g]?.gold;
    if (g === null || gold === undefined) return { kind: 'unmatched' };
    if (gold.background && !event.background) return { kind: 'background', gold: g };
    if (!gold.key) return { kind: 'acceptable', gold: g };
    return { kind: assigned === null ? 'duplicate' : 'matched', gold: g };
  });
  const gold = goldTaken.map((s) => (s !== null && system[s]?.kind === 'matched' ? s : null));
  return { system, gold };
}

/** null when the pair is no candidate; otherwise higher means a closer match. */
function candidateScore(located: LocatedGoldEvent, event: EventRecord): number | null {
  const { gold } = located;
  const overlap = evidenceOverlap(located.ranges, event);
  const km = placeErrorKm(gold, event);
  const near = km !== null && km <= MATCH_KM;
  const date = dateInGold(gold, event.time) === true;
  if (overlap === 0 && !(near && date && familyCorrect(gold, event.type))) return null;
  const sameName = gold.place !== null && [event.location?.name, event.location?.canonical].some((n) => typeof n === 'string' && normalizeName(n) === normalizeName(gold.place ?? ''));
  return (
    overlap +
    (near ? 1 - km / (2 * MATCH_KM) : 0) +
    (sameName ? 1 : 0) +
    (typeCorrect(gold, event.type) ? 1 : familyCorrect(gold, event.type) ? 0.5 : 0) +
    (date ? 0.5 : 0) +
    (event.background === gold.background ? 0.5 : 0) +
    (actorsCorrect(gold.actors, event.actors) ? 0.25 : 0) +
    (actorsCorrect(gold.targets, event.targets) ? 0.25 : 0)
  );
}

/** The largest share of the gold evidence that one system evidence span covers; 0 when none overlaps. */
function evidenceOverlap(ranges: readonly Range[], event: EventRecord): number {
  let share = 0;
  for (const [start, end] of ranges) {
    for (const e of event.evidence) {
      const common = Math.min(end, e.end) - Math.max(start, e.start);
      if (common > 0) share = Math.max(share, common / (end - start));
    }
  }
  return share;
}
