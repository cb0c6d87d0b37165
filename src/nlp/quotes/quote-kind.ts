/**
 * What kind of quotation a pair of marks holds: a full quotation, a few of
 * someone's words inside a sentence ("called the incident “sad”"), or a term
 * or title in quotes ("the so-called “caliphate”", the film “Arrival”),
 * which is nobody's speech.
 */
import type { TextContext } from '../people/context.js';
import type { QuoteKind } from './layers.js';

/** Words right before a quotation that make it a name, not speech. */
const TERM_INTRO = new Set(['so-called', 'dubbed', 'nicknamed', 'named', 'titled', 'entitled', 'codenamed', 'code-named', 'hashtag', 'as']);
/** Nouns a quoted title follows ("the film “Arrival”", "an operation called …" is a cue, "Operation “Inherent Resolve”" a term). */
const TITLE_NOUNS = new Set(
  'film movie song album book novel documentary show series programme program play poem opera painting exhibition hashtag slogan motto nickname operation campaign exercise initiative headline column article magazine newspaper website app game brand label anthem'.split(' '),
);
const FRAGMENT_WORDS = 5;
const TITLE_CASE_WORDS = 8;
const LONG_WORD = 4;
const WORDY = /[\p{L}\p{N}]/u;
const SENTENCE_BREAK = /[.!?]\s+\S/u;

export function quoteKind(ctx: TextContext, openWord: number, closeWord: number): QuoteKind {
  const W = ctx.words;
  const open = W[openWord]!;
  const before = W[openWord - 1];
  const sameSentence = before !== undefined && before.sentence === open.sentence;
  if (sameSentence) {
    if (TERM_INTRO.has(before.key) && before.key !== 'as') return 'term';
    if (before.key === 'as' && W[openWord - 2]?.key === 'known') return 'term';
    for (let k = openWord - 1; k >= openWord - 2 && k >= 0 && W[k]!.sentence === open.sentence; k--) if (TITLE_NOUNS.has(W[k]!.key)) return 'term';
  }
  let words = 0;
  for (let w = openWord + 1; w < closeWord; w++) if (WORDY.test(W[w]!.text)) words++;
  if (words >= 2 && words <= TITLE_CASE_WORDS && titleCase(ctx, openWord + 1, closeWord)) return 'term';
  const opening = !sameSentence || before.text === ':';
  const inner = ctx.text.slice(open.end, W[closeWord - 1]?.end ?? open.end);
  if (!opening && words <= FRAGMENT_WORDS && !SENTENCE_BREAK.test(inner)) return 'fragment';
  return 'full';
}

/** Every longer word capitalised ("Pants on the Ground", "Heartbeat Song"): a title, not speech. */
function titleCase(ctx: TextContext, from: number, to: number): boolean {
  let long = 0;
  for (let w = from; w < to; w++) {
    const word = ctx.words[w]!;
    if (word.text.length < LONG_WORD || !WORDY.test(word.text)) continue;
    if (!word.cap) return false;
    long++;
  }
  return long >= 2;
}
