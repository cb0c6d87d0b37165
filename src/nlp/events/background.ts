/**
 * History the trigger stage could not see as such: an event whose own clause
 * dates it more than a week before the report ("an October 6 attack" in a
 * report of 14 October), or whose sentence dates it more than a month before
 * ("On March 25th an IS-claimed bombing …" in a report of 30 April), is told
 * as context; and a trigger inside the clause that makes another trigger
 * history ("since the offensive began two weeks ago to drive IS from the
 * city"), in its tail, or in a relative clause of its event noun ("an
 * October 6 attack … that killed 29 rebels") shares that history.
 */
import type { Draft } from './build-event.js';
import { doneBy, inClause, inTail } from './same-happening.js';
import { shiftDays } from './time/date-time.js';

/** How long before the report a date of the event's own clause, or else of its sentence, makes it history. */
const STALE_DAYS = { clause: 7, sentence: 30 };

function staleDate(d: Draft, reference: string | null): boolean {
  const t = d.time;
  if (!reference || !t || (t.source !== 'clause' && t.source !== 'sentence')) return false;
  const latest = t.end ?? t.date ?? t.start;
  return latest !== null && latest < shiftDays(reference, -STALE_DAYS[t.source]);
}

/** Marks drafts that are history by their date or by the clause they share with history. */
export function markBackground(drafts: readonly Draft[], reference: string | null): void {
  for (const d of drafts) {
    if (d.background) continue;
    if (staleDate(d, reference)) {
      d.background = true;
      d.rules.push('background/stale-date');
      continue;
    }
    const host = drafts.find(
      (h) => h.background && h.clause.sentence === d.clause.sentence && ((h.backgroundClause && inClause(h, d)) || inTail(h, d) || doneBy(h, d)),
    );
    if (host) {
      d.background = true;
      d.rules.push('background/clause-mate');
    }
  }
}
