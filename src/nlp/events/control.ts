/**
 * The share of a place an actor controls, when a territorial event states it:
 * "which they say is now 90% under their control", "control of 60 percent of
 * the city", "70% of the district has been retaken".
 */
import type { Clause } from './clause.js';
import { mentionsIn, type EventContext } from './context.js';

const AFTER = /^\s*(?:percent|per cent)?\s*(?:of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:is\s+|was\s+|are\s+|has been\s+|had been\s+)?(?:now\s+)?(?:under\s+(?:\p{L}+\s+){0,3}control|(?:re)?(?:taken|captured|liberated|secured|cleared|controlled|recaptured))/iu;
const BEFORE = /\b(?:control(?:led|s)?|controlling|retook|recaptured|captured|seized|liberated|secured|cleared)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;

export function findControl(ctx: EventContext, clause: Clause): number | null {
  const s = clause.sentence;
  for (const q of mentionsIn(ctx.quantities, s.start, s.end)) {
    if (q.attrs.kind !== 'percent' || q.attrs.value === null || q.attrs.value > 100) continue;
    const after = ctx.text.slice(q.end, Math.min(s.end, q.end + 60));
    const before = ctx.text.slice(Math.max(s.start, q.start - 40), q.start);
    if (AFTER.test(after) || BEFORE.test(before)) return q.attrs.value / 100;
  }
  return null;
}
