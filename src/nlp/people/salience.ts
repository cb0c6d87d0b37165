/**
 * How prominent a mention is in its sentence, for choosing what "he" or
 * "she" points back to: the speaker of a reporting verb first, then the
 * subject of any verb, then anything else.
 */
import { cueOf } from '../quotes/cue-lexicon.js';
import type { TextContext } from './context.js';

/** The speaker of a quotation: "“…,” he said", "said X: “…”". */
const QUOTED = 4;
const SPEAKER = 3;
const SUBJECT = 2;
const OTHER = 1;

const SKIP_POS = new Set(['ADV', 'AUX', 'PART']);
const PP_WORDS = new Set(['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
/** Words a second conjunct may take ("and the Kurdish commander Karim Haddad"). */
const CONJUNCT = 6;
const BEFORE_INVERTED = new Set([',', '”', '"', '?', '—', '–']);

/** Salience of the mention covering words [start, end) of sentence words [from, to). */
export function salience(ctx: TextContext, start: number, end: number, from: number, to: number): number {
  const W = ctx.words;
  const prev = W[start - 1];
  if (start - 1 >= from && prev) {
    const cue = cueOf(prev.key);
    if (cue?.clause && start - 2 >= from && isMark(ctx, start - 2)) return QUOTED;
    if (cue?.clause && (start - 2 < from || BEFORE_INVERTED.has(W[start - 2]!.text))) return SPEAKER;
    if (prev.key === 'to' && W[start - 2]?.key === 'according') return SPEAKER;
  }
  const afterQuote = start - 1 >= from && (isMark(ctx, start - 1) || (prev?.text === ',' && start - 2 >= from && isMark(ctx, start - 2)));
  // The comma closing an apposition ("Emad Hassan, 33, a former policeman, said").
  let p = W[end]?.text === ',' && end < to ? end + 1 : end;
  for (let pp = 0; p < to; ) {
    const w = W[p]!;
    if (SKIP_POS.has(w.pos) && !cueOf(w.key)) p++;
    else if (w.pos === 'ADP' && pp === 0 && p + 1 < to && PP_WORDS.has(W[p + 1]!.pos)) {
      pp++;
      p++;
      while (p < to && PP_WORDS.has(W[p]!.pos) && p - end < 5) p++;
    } else break;
  }
  // "Ahmed Salim and Karim Haddad arrived": each conjunct is as much the subject as the other.
  if (W[p]?.key === 'and' && p < to) {
    let q = p + 1;
    while (q < to && q - p <= CONJUNCT && PP_WORDS.has(W[q]!.pos)) q++;
    if (q > p + 1) p = q;
  }
  const verb = W[p];
  if (p >= to || !verb) return OTHER;
  const cue = cueOf(verb.key);
  if (cue && !cue.participle) {
    const next = W[p + 1];
    const opens = p + 1 < to && (isMark(ctx, p + 1) || ((next?.text === ':' || next?.text === ',') && p + 2 < to && isMark(ctx, p + 2)));
    return afterQuote || opens ? QUOTED : SPEAKER;
  }
  return verb.pos === 'VERB' ? SUBJECT : OTHER;
}

/** True when word `w` is a quotation mark of a paired quotation. */
function isMark(ctx: TextContext, w: number): boolean {
  const word = ctx.words[w]!;
  return ctx.quoteOf[w]! >= 0 && (word.text === '"' || word.text === '“' || word.text === '”' || word.text === '?');
}
