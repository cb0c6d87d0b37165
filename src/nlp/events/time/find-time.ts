/**
 * When it happened: a date in the trigger's clause, else one elsewhere in its
 * sentence, else the live-blog entry's timestamp, else the publication date
 * widened to the week before it. Dates that belong to a reporting frame ("told
 * Reuters on Thursday", "said on Friday") date the telling, not the event.
 * A current event does not take a date of months before from another clause
 * of its sentence: that date belongs to the history told beside it.
 */
import type { Annotation } from '../../../core/layers.js';
import type { Clause } from '../clause.js';
import { tokenKinds } from '../clause.js';
import { mentionsIn, tokenAt, type EventContext } from '../context.js';
import type { EventTime } from '../layers.js';
import { containing } from '../sentence-index.js';
import { beforeTime, inferredTime, shiftDays, timeOfDate } from './date-time.js';

export interface TimeFind {
  time: EventTime | null;
  rule: string;
  strength: number;
}

/** How long before the report a date may lie and still be that of a current event from another clause. */
const STALE_DAYS = 31;

export function findTime(ctx: EventContext, clause: Clause, background: boolean, planned = false): TimeFind {
  const s = clause.sentence;
  const usable = mentionsIn(ctx.dates, s.start, s.end).filter((d) => !inReportFrame(ctx, clause, d) && (planned || !d.attrs.future));
  const inClause = usable.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const near = nearest(inClause, clause);
  if (near) return { time: timeOfDate(near, 'clause'), rule: 'time/clause', strength: 0.9 };
  const reference = referenceDay(ctx, clause.start);
  const fresh = background || reference === null ? usable : usable.filter((d) => (d.attrs.end ?? d.attrs.start ?? '') >= shiftDays(reference, -STALE_DAYS));
  const other = nearest(fresh.filter((d) => !referencePoint(ctx, clause, d)), clause);
  if (other) return { time: timeOfDate(other, 'sentence'), rule: 'time/sentence', strength: 0.7 };
  const entry = entryDay(ctx, clause.start);
  if (background) return { time: reference ? beforeTime(reference) : null, rule: 'time/before-report', strength: 0.2 };
  if (entry) return { time: inferredTime(entry, 'entry'), rule: 'time/entry', strength: 0.6 };
  const published = publishedDay(ctx);
  if (published) return { time: inferredTime(published, 'publication'), rule: 'time/publication', strength: 0.4 };
  return { time: null, rule: 'time/none', strength: 0 };
}

function nearest(dates: readonly Annotation<'date'>[], clause: Clause): Annotation<'date'> | undefined {
  const at = clause.sentence.tokens[clause.head.from]?.start ?? clause.start;
  let best: Annotation<'date'> | undefined;
  for (const d of dates) {
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best;
}

/**
 * "since the offensive began over two weeks ago", "after talks collapsed on
 * Monday": a date in another clause opened by since/after/before/until is the
 * point the event is measured from, not its date.
 */
function referencePoint(ctx: EventContext, clause: Clause, date: Annotation<'date'>): boolean {
  const s = clause.sentence;
  const kinds = tokenKinds(ctx, s);
  for (let j = tokenAt(s, date.start) - 1; j >= 0; j--) {
    const k = kinds[j];
    if (k === 'opener') return REFERENCE_OPENERS.has(s.tokens[j]?.norm ?? '');
    if (k !== 'word' && k !== 'verb') return false;
  }
  return false;
}

const REFERENCE_OPENERS = new Set(['since', 'after', 'before', 'until']);

/** "told Reuters on Thursday", "said in a statement on Friday": a reporting verb a few words before. */
function inReportFrame(ctx: EventContext, clause: Clause, date: Annotation<'date'>): boolean {
  const s = clause.sentence;
  const kinds = tokenKinds(ctx, s);
  const i = tokenAt(s, date.start);
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (kinds[j] === 'report') return !(date.start >= clause.start && date.end <= clause.end && j >= clause.from);
    if (kinds[j] === 'verb' || kinds[j] === 'comma' || kinds[j] === 'quote') return false;
  }
  return false;
}

/** The day of the live-blog entry's timestamp, when the trigger sits in a dated entry. */
function entryDay(ctx: EventContext, offset: number): string | null {
  const entry = containing(ctx.doc.layer('entry'), offset);
  if (!entry) return null;
  const stamp = mentionsIn(ctx.doc.layer('timestamp'), entry.start, entry.end).find((t) => t.attrs.date !== null);
  return stamp?.attrs.date ?? null;
}

function publishedDay(ctx: EventContext): string | null {
  const p = ctx.doc.meta.published;
  return p && /^\d{4}-\d{2}-\d{2}/.test(p) ? p.slice(0, 10) : null;
}

/** The day relative dates are read against: the entry's timestamp, else the publication date. */
function referenceDay(ctx: EventContext, offset: number): string | null {
  return entryDay(ctx, offset) ?? publishedDay(ctx);
}
