/**
 * What the people and quotes stages read of a document, indexed by word:
 * the words of each sentence, which words lie inside quotation marks, and
 * which are covered by an actor or outlet mention.
 */
import type { Document } from '../../core/document.js';
import type { Annotation } from '../../core/layers.js';
import type { ParagraphRole } from '../structure/layers.js';
import { quoteSpans, type QuoteSpan } from '../quotes/quote-spans.js';
import { buildWords, type Word } from './words.js';
import '../actors/layers.js';

export interface SentenceInfo {
  start: number;
  end: number;
  role: ParagraphRole;
  paragraph: number;
  /** Word indices, half-open. */
  firstWord: number;
  endWord: number;
}

export interface TextContext {
  text: string;
  words: Word[];
  sentences: SentenceInfo[];
  quotes: QuoteSpan[];
  /** Per word: index into `quotes` of the quotation holding it (marks included), or -1. */
  quoteOf: Int32Array;
  actors: readonly Annotation<'actor'>[];
  outlets: readonly Annotation<'outlet'>[];
  /** Per word: index into `actors` / `outlets` of the mention covering it, or -1. */
  actorAt: Int32Array;
  outletAt: Int32Array;
}

const built = new WeakMap<Document, TextContext>();

/**
 * The context of a document, built once: the people and quotes stages both
 * read it. Documents are immutable and the layers it reads are set before
 * either stage runs, so the memo is a pure function of the document.
 */
export function contextOf(doc: Document): TextContext {
  let ctx = built.get(doc);
  if (!ctx) {
    ctx = buildContext(doc);
    built.set(doc, ctx);
  }
  return ctx;
}

export function buildContext(doc: Document): TextContext {
  const text = doc.text;
  const words = buildWords(text, doc.layer('token'));
  const sentences: SentenceInfo[] = doc.layer('sentence').map((s) => ({
    start: s.start,
    end: s.end,
    role: s.attrs.role,
    paragraph: s.attrs.paragraph,
    firstWord: 0,
    endWord: 0,
  }));
  let w = 0;
  for (const [i, s] of sentences.entries()) {
    while (w < words.length && words[w]!.sentence < i) w++;
    s.firstWord = w;
    while (w < words.length && words[w]!.sentence === i) w++;
    s.endWord = w;
  }
  const quotes = quoteSpans(text, doc.layer('quote-mark'), doc.layer('paragraph'));
  const actors = doc.layer('actor');
  const outlets = doc.layer('outlet');
  const [quoteOf, actorAt, outletAt] = cover(words, [quotes.map((q) => ({ start: q.open, end: q.close === null ? q.end : q.close + 1 })), actors, outlets]);
  return { text, words, sentences, quotes, quoteOf: quoteOf!, actors, outlets, actorAt: actorAt!, outletAt: outletAt! };
}

/** Index of the first word ending after `offset` (the word holding it, or the next one); words.length when none. */
export function wordAt(ctx: TextContext, offset: number): number {
  const W = ctx.words;
  let lo = 0;
  let hi = W.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (W[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each list of sorted, non-overlapping spans: per word, the index of the span covering it, or -1. One pass over the words. */
function cover(words: readonly Word[], lists: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>): Int32Array[] {
  const at = lists.map(() => new Int32Array(words.length).fill(-1));
  const next = lists.map(() => 0);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (let l = 0; l < lists.length; l++) {
      const spans = lists[l]!;
      let s = next[l]!;
      while (s < spans.length && spans[s]!.end <= word.start) s++;
      next[l] = s;
      const span = spans[s];
      if (span && span.start < word.end && word.start < span.end) at[l]![i] = s;
    }
  }
  return at;
}
