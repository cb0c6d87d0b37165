/**
 * Fatalities, injured, displaced and captured, read from the quantity layer
 * inside the trigger's clause and its tail (", killing at least 19 people"):
 * a number right before a cue ("at least 27 killed", "13 people were
 * killed", "dozens dead") or right after one ("killed 50", "death toll rose
 * to 85"). The number must count people: "150 sheep" is no toll. Words that
 * say nobody suffered ("nobody was killed", "no casualties", "seemingly
 * unharmed") give zero.
 */
import type { Annotation } from '../../../core/layers.js';
import type { ActorRef, Count } from '../../../core/records.js';
import type { Clause } from '../clause.js';
import { mentionsIn, type EventContext, type Token } from '../context.js';
import { BRIDGE_AFTER_CUE, BRIDGE_AFTER_NUMBER, CIVILIAN_NOUNS, COUNT_CUES, PEOPLE_NOUNS, ZERO_WORDS, type CountField } from './cues.js';
import { countOf } from './count-of.js';

export interface Counts {
  fatalities: Count | null;
  injured: Count | null;
  displaced: Count | null;
  captured: Count | null;
  /** Civilians counted among the victims ("killed 13 people"), for an event without a named target. */
  victims: ActorRef[];
  rules: string[];
}

const COUNTABLE = new Set(['count', 'range', 'vague']);

export function findCounts(ctx: EventContext, clause: Clause): Counts {
  const out: Counts = { fatalities: null, injured: null, displaced: null, captured: null, victims: [], rules: [] };
  const tokens = clause.sentence.tokens;
  const ranges = [{ from: clause.from, to: clause.to }, ...(clause.tail ? [clause.tail] : [])];
  for (const range of ranges) {
    const first = tokens[range.from];
    const last = tokens[range.to - 1];
    if (!first || !last) continue;
    const quantities = mentionsIn(ctx.quantities, first.start, last.end).filter((q) => COUNTABLE.has(q.attrs.kind));
    for (const q of quantities) {
      if (!countsPeople(ctx, q)) continue;
      const found = cueOf(tokens, q, range);
      if (!found || out[found.field] !== null) continue;
      out[found.field] = countOf(q);
      out.rules.push(`count/${found.field}-${found.side}`);
      const noun = q.attrs.counted && ctx.text.slice(q.attrs.counted.start, q.attrs.counted.end);
      if (found.field === 'fatalities' && noun && CIVILIAN_NOUNS.has(noun.toLowerCase())) {
        out.victims.push({ name: noun, canonical: 'civilians', side: 'CIV', kind: 'civilians' });
      }
    }
  }
  // Nobody hurt is said after the event, often in its own clause: "…, but nobody was killed".
  for (let i = clause.from; i < tokens.length; i++) zero(tokens, i, out);
  return out;
}

/** The cue next to a number: before it ("killed 50") or after it ("50 killed"). */
function cueOf(tokens: readonly Token[], q: Annotation<'quantity'>, range: { from: number; to: number }): { field: CountField; side: 'before' | 'after' } | null {
  let i = tokens.findIndex((t) => t.start >= q.start);
  if (i < 0) return null;
  let j = i;
  while (j < tokens.length && (tokens[j]?.end ?? 0) <= q.end) j++;
  const countedEnd = q.attrs.counted?.end ?? q.end;
  for (let k = j, n = 0; k < range.to && n < 6; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.start < countedEnd) continue;
    const field = COUNT_CUES.get(t.norm);
    if (field) return { field, side: 'after' };
    if (!BRIDGE_AFTER_NUMBER.has(t.norm) && t.pos !== 'ADV') break;
    n++;
  }
  let tollVerb = false;
  for (i = i - 1; i >= range.from && i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    const field = COUNT_CUES.get(t.norm);
    if (field) return { field, side: 'before' };
    if (TOLL_VERBS.has(t.norm)) tollVerb = true;
    if (!BRIDGE_AFTER_CUE.has(t.norm) && t.pos !== 'ADV') break;
  }
  // "the death toll from the air strike has risen to 85": the toll's own words stand between.
  if (tollVerb) {
    for (let k = i; k >= range.from && k > i - 8; k--) if (tokens[k]?.norm === 'toll') return { field: 'fatalities', side: 'before' };
  }
  return null;
}

const TOLL_VERBS = new Set(['risen', 'rose', 'rises', 'climbed', 'reached', 'stood', 'stands', 'jumped', 'increased']);

/** A number of people: its counted noun is a person noun or an actor, or it counts nothing named. */
function countsPeople(ctx: EventContext, q: Annotation<'quantity'>): boolean {
  const counted = q.attrs.counted;
  if (!counted) return true;
  const words = ctx.text.slice(counted.start, counted.end).toLowerCase().split(/\s+/);
  if (words.some((w) => PEOPLE_NOUNS.has(w))) return true;
  return mentionsIn(ctx.actors, counted.start - 40, counted.end + 40).some((a) => a.start <= counted.start && counted.end <= a.end + 1);
}

/** "nobody was killed", "no one was hurt", "no casualties", "seemingly unharmed": a toll of zero. */
function zero(tokens: readonly Token[], i: number, out: Counts): void {
  const t = tokens[i];
  if (!t) return;
  let word = t.norm;
  if (word === 'no' && tokens[i + 1]?.norm === 'one') word = 'nobody';
  if (word === 'no' && /^(?:casualties|deaths|fatalities|injuries)$/.test(tokens[i + 1]?.norm ?? '')) {
    const next = tokens[i + 1]?.norm;
    setZero(out, next === 'injuries' ? 'injured' : 'fatalities', 'count/zero-no');
    if (next === 'casualties') setZero(out, 'injured', 'count/zero-no');
    return;
  }
  if (!ZERO_WORDS.has(word)) return;
  if (word === 'nobody') {
    for (let k = i + 1; k < i + 5 && k < tokens.length; k++) {
      const field = COUNT_CUES.get(tokens[k]?.norm ?? '');
      if (field) return setZero(out, field, 'count/zero-nobody');
    }
    return;
  }
  setZero(out, 'fatalities', 'count/zero-unharmed');
  setZero(out, 'injured', 'count/zero-unharmed');
}

function setZero(out: Counts, field: CountField, rule: string): void {
  if (out[field] !== null) return;
  out[field] = { low: 0, best: 0, high: 0 };
  out.rules.push(rule);
}
