/**
 * Speakers of direct quotations: the reporting verb after the quotation
 * ("“…,” he said", "“…,” said X") or before it ("X said: “…”", "called it
 * “sad”"), and for quotations without one, the speaker of the quotation or
 * paragraph just before ("“A,” he said. “B.”").
 */
import { wordAt } from '../people/context.js';
import { cueAt, cueWidth, speakerOfCue, subjectAfter } from './clause.js';
import type { QuoteKind, Via } from './layers.js';
import { quoteKind } from './quote-kind.js';
import type { QuoteSpan } from './quote-spans.js';
import type { Found, Scope } from './speaker.js';
import { carrierIn } from './via.js';

export interface QuoteFinding {
  span: QuoteSpan;
  /** Word indices of the opening mark and of the closing mark (or the word after the last one quoted). */
  openWord: number;
  closeWord: number;
  kind: QuoteKind;
  found: Found | null;
  /** Word index of the cue (the first word of "according to"), or -1. */
  cueWord: number;
  cueEnd: number;
  inherited: boolean;
  via: Via | null;
}

/** Words an attribution after a quotation may take before its verb ("Jens Laerke spokesman for the UN … said"). */
const AFTER_REACH = 16;
/** What may follow an attribution standing as a sentence of its own: "on Twitter", "later", ".". */
const AFTER_ATTRIBUTION = new Set(['ADP', 'ADV', 'PUNCT']);

export function findQuoteSpeakers(scope: Scope): QuoteFinding[] {
  const { ctx } = scope;
  return ctx.quotes.map((span, q) => {
    const openWord = wordAt(ctx, span.open);
    const closeWord = span.close !== null ? wordAt(ctx, span.close) : wordAt(ctx, span.end - 1) + 1;
    const kind = quoteKind(ctx, openWord, closeWord);
    const finding: QuoteFinding = { span, openWord, closeWord, kind, found: null, cueWord: -1, cueEnd: -1, inherited: false, via: null };
    if (kind === 'term') return finding;
    const before = ctx.words[openWord - 1];
    const atStart = before === undefined || before.sentence !== ctx.words[openWord]!.sentence;
    const hit = (atStart ? null : cueBefore(scope, q, openWord)) ?? cueAfter(scope, q, closeWord);
    if (hit) {
      finding.found = hit.found;
      finding.cueWord = hit.word;
      finding.cueEnd = hit.end;
      const s = ctx.sentences[ctx.words[hit.word]!.sentence]!;
      finding.via = hit.found?.via ?? carrierIn(scope, s.firstWord, s.endWord);
    }
    return finding;
  });
}

interface Hit {
  word: number;
  end: number;
  found: Found | null;
}

function cueAfter(scope: Scope, q: number, closeWord: number): Hit | null {
  const { ctx } = scope;
  const W = ctx.words;
  const close = W[closeWord];
  if (!close) return null;
  const sentence = ctx.sentences[close.sentence]!;
  const hit = cueInClause(scope, q, closeWord + 1, sentence.endWord);
  if (hit || !endsSentence(scope, closeWord)) return hit;
  // "…America!" Trump said on Twitter. — split after the quotation's own "!": the next sentence is all attribution.
  const next = ctx.sentences[close.sentence + 1];
  if (!next || next.paragraph !== sentence.paragraph) return null;
  const attribution = cueInClause(scope, q, next.firstWord, next.endWord);
  if (!attribution?.found || !cueAt(scope, attribution.word)?.clause) return null;
  // Only "X said on Twitter." or "said X.": after cue and speaker, no object and no other verb ("She called Wichs a …").
  const rest = Math.max(attribution.end, wordAt(ctx, attribution.found.end - 1) + 1);
  if (rest < next.endWord && !AFTER_ATTRIBUTION.has(W[rest]!.pos)) return null;
  for (let w = rest; w < next.endWord; w++) if (W[w]!.pos === 'VERB' || cueAt(scope, w)) return null;
  return attribution;
}

function endsSentence(scope: Scope, closeWord: number): boolean {
  const W = scope.ctx.words;
  const s = scope.ctx.sentences[W[closeWord]!.sentence]!;
  for (let w = closeWord + 1; w < s.endWord; w++) if (W[w]!.pos !== 'PUNCT') return false;
  return true;
}

/** The first cue in words [from, end) before any other verb, with the speaker it names after the quotation. */
function cueInClause(scope: Scope, q: number, from: number, end: number): Hit | null {
  const { ctx } = scope;
  const W = ctx.words;
  for (let w = from; w < end && w - from < AFTER_REACH; w++) {
    if (ctx.quoteOf[w]! >= 0 && ctx.quoteOf[w] !== q) break;
    // A person's description holds verbs of its own: "Kevin Singleton, whose mother was among those killed, told …".
    const person = scope.people.byExtentStart.get(w);
    const last = person === undefined ? w : wordAt(ctx, scope.people.mentions[person]!.attrs.extent.end - 1);
    if (last > w) {
      w = last;
      continue;
    }
    const word = W[w]!;
    if (word.key === 'according' && W[w + 1]?.key === 'to') return { word: w, end: w + 2, found: subjectAfter(scope, w + 1, end) };
    if (cueAt(scope, w)) return { word: w, end: w + cueWidth(scope, w), found: speakerOfCue(scope, w, from, end) };
    // A participle inside the subject ("a statement released by the president's office said") does not end the search.
    // Nor does a capitalised word the tagger took for a verb ("Ford Fusion marketing manager …").
    if (word.pos === 'VERB' && !word.cap && W[w + 1]?.key !== 'by') break;
  }
  return null;
}

function cueBefore(scope: Scope, q: number, openWord: number): Hit | null {
  const { ctx } = scope;
  const W = ctx.words;
  const from = ctx.sentences[W[openWord]!.sentence]!.firstWord;
  for (let w = openWord - 1; w >= from; w--) {
    if (ctx.quoteOf[w]! >= 0 && ctx.quoteOf[w] !== q) break;
    if (W[w]!.key === 'to' && W[w - 1]?.key === 'according') return { word: w - 1, end: w + 1, found: subjectAfter(scope, w, openWord) };
    if (cueAt(scope, w)) {
      const found = speakerOfCue(scope, w, from, openWord);
      if (found?.speaker) return { word: w, end: w + cueWidth(scope, w), found };
    }
  }
  return null;
}

/** A speaker named for a paragraph's words: by a quotation or by reported speech. */
export interface Spoken {
  paragraph: number;
  end: number;
  found: Found;
}

/**
 * Quotations without a cue of their own take the speaker of the quotation
 * before them in the paragraph when they open a sentence ("“A,” he said.
 * “B.”"), or of the paragraph before when they open the paragraph; one left
 * open at a paragraph's end takes the speaker of the next paragraph's.
 */
export function inheritSpeakers(scope: Scope, findings: QuoteFinding[], spoken: readonly Spoken[]): void {
  const { ctx } = scope;
  for (const [i, f] of findings.entries()) {
    if (f.found?.speaker || f.cueWord >= 0 || f.kind !== 'full') continue;
    const open = ctx.words[f.openWord]!;
    const sentence = ctx.sentences[open.sentence]!;
    if (sentence.role === 'title' || sentence.role === 'headline' || sentence.firstWord !== f.openWord) continue;
    const prev = findings[i - 1];
    let source: Found | null = null;
    if (prev && prev.span.paragraph === f.span.paragraph && prev.found?.speaker) source = prev.found;
    else if (opensParagraph(scope, f)) source = lastSpokenBefore(scope, spoken, open.sentence);
    if (source) {
      f.found = source;
      f.inherited = true;
    }
  }
  for (const [i, f] of findings.entries()) {
    const next = findings[i + 1];
    if (f.found?.speaker || f.span.close !== null || !next?.found?.speaker || !opensParagraph(scope, next)) continue;
    f.found = next.found;
    f.inherited = true;
  }
}

function opensParagraph(scope: Scope, f: QuoteFinding): boolean {
  const { ctx } = scope;
  const s = ctx.words[f.openWord]!.sentence;
  const prev = ctx.sentences[s - 1];
  return ctx.sentences[s]!.firstWord === f.openWord && (prev === undefined || prev.paragraph !== f.span.paragraph);
}

/** The last speaker of the readable paragraph before sentence `s`. */
function lastSpokenBefore(scope: Scope, spoken: readonly Spoken[], s: number): Found | null {
  const { ctx } = scope;
  let p = s - 1;
  while (p >= 0 && ctx.sentences[p]!.role !== 'body') p--;
  if (p < 0) return null;
  const paragraph = ctx.sentences[p]!.paragraph;
  let best: Spoken | null = null;
  for (const x of spoken) if (x.paragraph === paragraph && (!best || x.end > best.end)) best = x;
  return best?.found ?? null;
}
