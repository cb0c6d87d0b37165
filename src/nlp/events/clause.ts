/**
 * The clause of a trigger: the tokens around it up to the nearest clause
 * boundary, where its place, time, target and counts are looked for first.
 *
 * Boundaries are quotation marks, dashes and semicolons, words that open
 * another clause ("which", "as the military edged closer", "after"), and
 * reporting frames ("…, a military statement said"). A comma is a boundary
 * only when the stretch beyond it holds a verb: "in Gogjali, on the eastern
 * outskirts of Mosul, on November 1" is one clause, "…, the statement said"
 * is not. A participle or coordinated verb phrase right after the clause
 * (", killing at least 19 people", "and wounded 15") is kept as its tail: it
 * tells the toll of the same happening.
 */
import { type EventContext, type SentenceView, tokenAt } from './context.js';
import { CLAUSE_OPENERS, HARD_PUNCTUATION, QUOTE_CHARS, REPORTING_VERBS, isVerbLike } from './words.js';

export type TokenKind = 'quote' | 'hard' | 'opener' | 'report' | 'comma' | 'coord' | 'verb' | 'word';

export interface TokenRange {
  from: number;
  to: number;
}

export interface Clause {
  sentence: SentenceView;
  /** Token range of the trigger. */
  head: TokenRange;
  /** Token range of the clause, trigger included. */
  from: number;
  to: number;
  /** Character range of the clause. */
  start: number;
  end: number;
  /** A participle or coordinated verb phrase continuing the clause, or null. */
  tail: TokenRange | null;
  /** Token index of the boundary word that opened the clause on the left ("who", "that", "as"), or -1. */
  opener: number;
}

const kindCache = new WeakMap<SentenceView, TokenKind[]>();

/** How each token of a sentence bears on clause boundaries. */
export function tokenKinds(ctx: EventContext, sentence: SentenceView): TokenKind[] {
  const cached = kindCache.get(sentence);
  if (cached) return cached;
  const tokens = sentence.tokens;
  const kinds = tokens.map((t, i): TokenKind => {
    if (QUOTE_CHARS.has(t.quote) || ctx.quoteMarks.has(t.start)) return 'quote';
    if (HARD_PUNCTUATION.has(t.quote)) return 'hard';
    if (t.quote === '-' && isSpaced(ctx.text, t.start, t.end)) return 'hard';
    if (t.quote === ',') return 'comma';
    // "jets believed to be Russian", "said to have fled": a participle, not a frame.
    if (REPORTING_VERBS.has(t.norm) && (t.pos === 'VERB' || t.norm === 'according') && tokens[i + 1]?.norm !== 'to') return 'report';
    if (isOpener(ctx, sentence, i)) return 'opener';
    if ((t.norm === 'and' || t.norm === 'or') && verbFollows(ctx, sentence, i)) return 'coord';
    if (isVerbLike(t.pos) && !hyphenated(ctx.text, t.start)) return 'verb';
    return 'word';
  });
  kindCache.set(sentence, kinds);
  return kinds;
}

/** The clause around a trigger given by its character range. */
export function clauseOf(ctx: EventContext, sentence: SentenceView, start: number, end: number): Clause {
  const tokens = sentence.tokens;
  const kinds = tokenKinds(ctx, sentence);
  const a = Math.min(tokenAt(sentence, start), tokens.length);
  let b = a;
  while (b < tokens.length && (tokens[b]?.start ?? end) < end) b++;
  if (b === a) b = Math.min(a + 1, tokens.length);

  let from = a;
  let opener = -1;
  for (let i = a - 1; i >= 0; i--) {
    const k = kinds[i];
    if (k === 'quote' || k === 'hard' || k === 'report' || k === 'opener') {
      if (k === 'opener') opener = i;
      break;
    }
    if (k === 'comma' && chunkHasVerb(kinds, chunkStart(kinds, i), i)) break;
    from = i;
  }
  let to = b;
  let tail: TokenRange | null = null;
  for (let i = b; i < tokens.length; i++) {
    const k = kinds[i];
    if (k === 'quote' || k === 'hard' || k === 'report' || k === 'opener') break;
    if (k === 'coord') {
      tail = { from: i + 1, to: tailEnd(kinds, i + 1) };
      break;
    }
    if (k === 'comma') {
      const next = chunkEnd(kinds, i + 1);
      if (chunkHasVerb(kinds, i + 1, next)) {
        if (/ing$/.test(tokens[i + 1]?.norm ?? '') && kinds[i + 1] === 'verb') tail = { from: i + 1, to: tailEnd(kinds, i + 1) };
        break;
      }
    }
    to = i + 1;
  }
  while (to > b && kinds[to - 1] === 'comma') to--;
  while (from < a && kinds[from] === 'comma') from++;
  return {
    sentence,
    head: { from: a, to: b },
    from,
    to,
    start: tokens[from]?.start ?? start,
    end: tokens[to - 1]?.end ?? end,
    tail,
    opener,
  };
}

/** First token of the comma-separated stretch ending just before `comma`. */
function chunkStart(kinds: readonly TokenKind[], comma: number): number {
  let i = comma;
  while (i > 0 && (kinds[i - 1] === 'word' || kinds[i - 1] === 'verb' || kinds[i - 1] === 'report')) i--;
  return i;
}

/** End (exclusive) of the stretch starting at `from`, up to the next comma or boundary. */
function chunkEnd(kinds: readonly TokenKind[], from: number): number {
  let i = from;
  while (i < kinds.length && (kinds[i] === 'word' || kinds[i] === 'verb' || kinds[i] === 'report')) i++;
  return i;
}

/** A tail runs on over verbless stretches: "sending its crew fleeing from the vehicle, seemingly unharmed". */
function tailEnd(kinds: readonly TokenKind[], from: number): number {
  let end = chunkEnd(kinds, from);
  while (kinds[end] === 'comma') {
    const next = chunkEnd(kinds, end + 1);
    if (next === end + 1 || chunkHasVerb(kinds, end + 1, next)) break;
    end = next;
  }
  return end;
}

function chunkHasVerb(kinds: readonly TokenKind[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (kinds[i] === 'verb' || kinds[i] === 'report') return true;
  return false;
}

function isOpener(ctx: EventContext, sentence: SentenceView, i: number): boolean {
  const t = sentence.tokens[i];
  if (!t) return false;
  if (t.norm === 'as') return asOpensClause(sentence, i);
  if (!CLAUSE_OPENERS.has(t.norm)) return false;
  // "since October 17", "until Friday": part of a date, not a clause.
  return !ctx.dateStarts.has(t.start);
}

/** "as the military edged closer" opens a clause; "as young as 9", "such as", "as well as" do not. */
function asOpensClause(sentence: SentenceView, i: number): boolean {
  const prev = sentence.tokens[i - 1]?.norm;
  const next = sentence.tokens[i + 1];
  if (!next || prev === 'such' || prev === 'so' || prev === 'well') return false;
  if (!['DET', 'PROPN', 'NOUN', 'PRON', 'NUM'].includes(next.pos)) return false;
  for (let j = i + 2; j < sentence.tokens.length && j < i + 10; j++) {
    const t = sentence.tokens[j];
    if (!t || t.quote === ',' || t.quote === '.') return false;
    if (t.pos === 'VERB') return true;
  }
  return false;
}

/** "and killed five", "and were only 800 metres": a second verb phrase, not a list of nouns. */
function verbFollows(ctx: EventContext, sentence: SentenceView, i: number): boolean {
  for (let j = i + 1; j < sentence.tokens.length && j <= i + 3; j++) {
    const t = sentence.tokens[j];
    if (!t || ctx.actorStarts.has(t.start)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV') return false;
  }
  return false;
}

function isSpaced(text: string, start: number, end: number): boolean {
  return /\s/.test(text[start - 1] ?? ' ') && /\s/.test(text[end] ?? ' ');
}

/** "US-led", "IS-held": a participle glued into a modifier is no verb of the clause. */
function hyphenated(text: string, start: number): boolean {
  return text[start - 1] === '-';
}
