/**
 * Reported speech: "X said (that) …", "…, officials said", "according to X",
 * "X told Reuters …", "CNN reported …", "the BBC is reporting that …". Each
 * gives the content span with the speaker and the outlet that carried it.
 */
import { wordAt } from '../people/context.js';
import { cueAt, cueWidth, speakerOfCue, subjectAfter } from './clause.js';
import { mayCue } from './cue-lexicon.js';
import type { Via } from './layers.js';
import { phraseAfter } from './noun-phrase.js';
import type { Found, Scope } from './speaker.js';
import { carrierIn, outletIn } from './via.js';

export interface Reported {
  /** Character range of the content. */
  start: number;
  end: number;
  found: Found;
  cueWord: number;
  cueEnd: number;
  via: Via | null;
}

const TAIL_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PUNCT', 'PART', 'CCONJ']);
const PP_WORDS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);
const TRAILING = /[\s.,;:!?"“”'’)—–-]+$/u;
const MIN_WORDS = 2;
/** Words an attribution between commas may take ("…, state television reported, …"). */
const ASIDE_WORDS = 6;

/** Words worth a closer look for reported speech: possible cues, outside quotations. */
export function cueCandidates(scope: Scope): number[] {
  const { ctx } = scope;
  const out: number[] = [];
  for (let w = 0; w < ctx.words.length; w++) {
    const key = ctx.words[w]!.key;
    if (mayCue(key) && ctx.quoteOf[w]! < 0) out.push(w);
  }
  return out;
}

/** The reported speech cued by word `w`, if it is a cue ("said", "according to") naming a speaker or an outlet. */
export function reportedAt(scope: Scope, w: number): Reported | null {
  const { ctx } = scope;
  const W = ctx.words;
  const si = W[w]!.sentence;
  const s = ctx.sentences[si]!;
  if (s.role === 'title' || s.role === 'headline') return null;
  const according = W[w]!.key === 'according' && W[w + 1]?.key === 'to' && W[w + 1]!.sentence === si;
  const cue = according ? null : cueAt(scope, w);
  if (!according && !cue?.clause) return null;
  const found = according ? subjectAfter(scope, w + 1, s.endWord) : speakerOfCue(scope, w, s.firstWord, s.endWord);
  if (!found || (!found.speaker && !found.via)) return null;
  const cueEnd = w + (according ? 2 : cueWidth(scope, w));
  const content = contentOf(scope, si, w, cueEnd, found, cue?.lemma === 'tell');
  if (!content) return null;
  const via = found.via ?? (cue?.lemma === 'tell' ? outletIn(scope, cueEnd, s.endWord) : null) ?? carrierIn(scope, s.firstWord, s.endWord);
  return { ...content, found, cueWord: w, cueEnd, via };
}

/**
 * The words reported: before the attribution when it closes the sentence or
 * stands between commas ("…, officials said."), after it otherwise ("X said
 * on Friday that …", "X told Reuters …").
 */
function contentOf(scope: Scope, si: number, cueWord: number, cueEnd: number, found: Found, tell: boolean): { start: number; end: number } | null {
  const { ctx } = scope;
  const W = ctx.words;
  const s = ctx.sentences[si]!;
  let blockStart = Math.min(cueWord, wordAt(ctx, found.start));
  while (blockStart > s.firstWord && (W[blockStart - 1]!.pos === 'DET' || W[blockStart - 1]!.pos === 'NUM')) blockStart--;
  let blockEnd = Math.max(cueEnd, wordAt(ctx, found.end - 1) + 1);
  // An inverted subject runs to the end of its phrase ("according to a report from state-run Anadolu Agency").
  if (found.start >= W[cueWord]!.start) blockEnd = Math.max(blockEnd, phraseAfter(ctx, scope.people, cueEnd, s.endWord));
  const commaBefore = blockStart > s.firstWord && W[blockStart - 1]!.text === ',';
  let tail = blockEnd;
  while (tail < s.endWord && TAIL_POS.has(W[tail]!.pos) && W[tail]!.text !== ',') tail++;
  const closes = tail >= s.endWord || W[tail]!.text === ',';
  if (commaBefore && closes) return range(ctx, s.firstWord, withoutAttribution(scope, s.firstWord, blockStart - 1));
  let c = blockEnd;
  if (tell) c = Math.max(c, phraseAfter(ctx, scope.people, c, s.endWord));
  for (let pp = 0; pp < 2 && c < s.endWord && W[c]!.pos === 'ADP' && W[c]!.key !== 'that'; pp++) {
    const k = objectEnd(ctx, c + 1, s.endWord);
    if (k === c + 1) break;
    c = k;
  }
  if (W[c]?.key === 'as' && W[c + 1]?.key === 'saying') c += 2;
  if (c < s.endWord && (W[c]!.key === 'that' || W[c]!.text === ',' || W[c]!.text === ':')) c++;
  return range(ctx, c, s.endWord);
}

/**
 * The end of content [from, to) without an attribution closing it: "Troops took
 * Palmyra, state television reported, quoting a source" reports "Troops took Palmyra".
 */
function withoutAttribution(scope: Scope, from: number, to: number): number {
  const W = scope.ctx.words;
  for (let w = to - 1; w > from && to - w <= ASIDE_WORDS; w--) {
    if (W[w]!.text !== ',') continue;
    for (let k = w + 1; k < to; k++) if (cueAt(scope, k)?.clause) return w;
  }
  return to;
}

/** End of a preposition's object: "on Thursday" in "told Reuters on Thursday the units …", "in a statement". */
function objectEnd(ctx: Scope['ctx'], from: number, to: number): number {
  const W = ctx.words;
  let k = from;
  if (k < to && W[k]!.pos === 'DET') k++;
  while (k < to && PP_WORDS.has(W[k]!.pos) && k - from < 4) k++;
  return k;
}

function range(ctx: Scope['ctx'], from: number, to: number): { start: number; end: number } | null {
  const W = ctx.words;
  if (to - from < MIN_WORDS) return null;
  const start = W[from]!.start;
  const text = ctx.text.slice(start, W[to - 1]!.end);
  const end = start + text.replace(TRAILING, '').length;
  return end > start ? { start, end } : null;
}
