/**
 * Whether a place sits in a stretch of its sentence (between commas or clause
 * boundaries) that carries a date long before the report: "a student
 * massacre in December 2014 at a school in nearby Peshawar" tells history,
 * and its place is not where today's event happened.
 */
import { tokenKinds } from '../clause.js';
import { mentionsIn, tokenAt, type EventContext, type SentenceView } from '../context.js';
import { shiftDays } from '../time/date-time.js';

const STALE_DAYS = 62;

export function staleStretch(ctx: EventContext, sentence: SentenceView, offset: number): boolean {
  const kinds = tokenKinds(ctx, sentence);
  const i = tokenAt(sentence, offset);
  let from = i;
  while (from > 0 && (kinds[from - 1] === 'word' || kinds[from - 1] === 'verb')) from--;
  let to = i;
  while (to < kinds.length && (kinds[to] === 'word' || kinds[to] === 'verb')) to++;
  const start = sentence.tokens[from]?.start ?? offset;
  const end = sentence.tokens[to - 1]?.end ?? offset;
  const reference = ctx.doc.meta.published?.slice(0, 10);
  if (!reference) return false;
  const limit = shiftDays(reference, -STALE_DAYS);
  return mentionsIn(ctx.dates, start, end).some((d) => (d.attrs.end ?? d.attrs.start ?? limit) < limit);
}
