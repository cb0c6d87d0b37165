/** Noun phrases over words: the subject before a reporting verb, or after it when inverted ("said Interior Ministry spokesman Sediq Sediqi"). */
import type { TextContext } from '../people/context.js';
import type { PeopleIndex } from './people-index.js';

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Prepositions inside a noun phrase: "an officer in the Counter Terrorism Service", "a statement from the group", "Trump on Saturday". */
const INNER_ADP = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'by', 'on']);
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);
/** "said her colleague Omar Nasser": a possessive opens a noun phrase like an article. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const HYPHENS = new Set(['-', '‐', '‑']);

function inPhrase(ctx: TextContext, people: PeopleIndex, w: number): boolean {
  const word = ctx.words[w]!;
  return (
    NP_POS.has(word.pos) ||
    POSSESSIVE.has(word.key) ||
    POSSESSIVE_PRONOUNS.has(word.key) ||
    HYPHENS.has(word.text) ||
    // Compounds the tagger reads as verbs: "Britain-based", "U.S.-led", "state-run".
    (word.text.length > 2 && word.text.includes('-')) ||
    ctx.actorAt[w]! >= 0 ||
    ctx.outletAt[w]! >= 0 ||
    people.at[w]! >= 0
  );
}

/** First word of the noun phrase ending before word `end`, not before `from`; `end` when there is none. */
export function phraseBefore(ctx: TextContext, people: PeopleIndex, end: number, from: number): number {
  const W = ctx.words;
  let b = end;
  while (b > from) {
    const w = W[b - 1]!;
    if (ctx.quoteOf[b - 1]! >= 0) break;
    // A determiner opens its phrase: "late on Tuesday | the Syrian Civil Defence", but "the head of | the Islamic State" goes on.
    if (b < end && W[b]!.pos === 'DET' && !INNER_ADP.has(w.key)) break;
    if (inPhrase(ctx, people, b - 1)) b--;
    else if (b < end && b - 1 > from && (INNER_ADP.has(w.key) || w.key === 'and') && inPhrase(ctx, people, b - 2)) b--;
    else break;
  }
  while (b < end && (INNER_ADP.has(W[b]!.key) || W[b]!.key === 'and')) b++;
  return b;
}

/** End (exclusive) of the noun phrase starting at word `start`, not past `to`; `start` when there is none. */
export function phraseAfter(ctx: TextContext, people: PeopleIndex, start: number, to: number): number {
  const W = ctx.words;
  let e = start;
  while (e < to) {
    if (ctx.quoteOf[e]! >= 0) break;
    // A determiner after a noun opens the next phrase: "told Reuters on Thursday | the convoy had …".
    if (e > start && W[e]!.pos === 'DET' && !INNER_ADP.has(W[e - 1]!.key)) break;
    if (inPhrase(ctx, people, e)) e++;
    else if (e > start && e + 1 < to && (INNER_ADP.has(W[e]!.key) || W[e]!.key === 'and') && inPhrase(ctx, people, e + 1)) e++;
    else break;
  }
  while (e > start && (INNER_ADP.has(W[e - 1]!.key) || W[e - 1]!.key === 'and')) e--;
  return e;
}

/** End (exclusive) of the phrase's head: the words before its first inner preposition. */
export function headEnd(ctx: TextContext, start: number, end: number): number {
  for (let w = start; w < end; w++) if (INNER_ADP.has(ctx.words[w]!.key) && ctx.actorAt[w]! < 0 && ctx.outletAt[w]! < 0) return w;
  return end;
}
