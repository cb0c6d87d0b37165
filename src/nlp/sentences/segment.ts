import type { AnnotationInput } from '../../core/layers.js';
import type { MessageInput } from '../../core/message.js';
import type { ParagraphRole } from '../structure/layers.js';
import { alignTokens } from './align-tokens.js';
import { findDateline } from './dateline.js';
import { findEnclosures } from './enclosures.js';
import { normalise } from './norm.js';
import type { Piece, Token } from './piece.js';
import { refineSentences } from './refine.js';
import { stretches, type ParagraphInput, type Range, type Stretch } from './stretches.js';
import { analyseAll, type WinkAnalysis } from './wink.js';
import './layers.js';

export type { ParagraphInput, Range } from './stretches.js';

export interface Segmentation {
  sentences: AnnotationInput<'sentence'>[];
  tokens: AnnotationInput<'token'>[];
  datelines: AnnotationInput<'dateline'>[];
  messages: MessageInput[];
}

/** Token indices at which wink's sentences start, carried over to the placed tokens. */
function winkStarts(sentences: readonly [number, number][], index: readonly number[]): number[] {
  const starts: number[] = [];
  for (const [first, last] of sentences) {
    for (let w = first; w <= last; w++) {
      const placed = index[w] ?? -1;
      if (placed < 0) continue;
      if (placed > (starts[starts.length - 1] ?? -1)) starts.push(placed);
      break;
    }
  }
  if (starts.length > 0) starts[0] = 0;
  return starts;
}

/**
 * Splits the readable paragraphs of `text` into sentences and tokens and reads
 * datelines. `paragraphs` are in text order (sentences point at them by index);
 * text inside `skip` (boilerplate) is left out; a sentence never crosses a line
 * break.
 */
export function segment(text: string, paragraphs: readonly ParagraphInput[], skip: readonly Range[]): Segmentation {
  const out: Segmentation = { sentences: [], tokens: [], datelines: [], messages: [] };
  const firstBody = paragraphs.findIndex((p) => p.role === 'body');
  const all = stretches(text, paragraphs, skip);
  const analyses = analyseAll(all.map((s) => text.slice(s.start, s.end)));
  for (const [i, stretch] of all.entries()) {
    const wink = analyses[i];
    if (wink !== undefined) read(out, text, stretch, wink, stretch.paragraph === firstBody);
  }
  return out;
}

/** Places one stretch's tokens, reads its dateline, refines its sentences and emits them. */
function read(out: Segmentation, text: string, stretch: Stretch, wink: WinkAnalysis, firstBody: boolean): void {
  const aligned = alignTokens(text, stretch.start, stretch.end, wink);
  for (const gap of aligned.unplaced) {
    out.messages.push({
      ruleId: 'sentences/token-unaligned',
      severity: 'warning',
      reason: `wink altered the text of "${text.slice(gap.start, gap.end)}" so its tokens cannot be placed exactly; they are left out`,
      start: gap.start,
      end: gap.end,
    });
  }
  let tokens: Token[] = aligned.tokens;
  let starts = winkStarts(wink.sentences, aligned.index);
  let from = stretch.start;
  const dateline = stretch.role === 'body' && stretch.opensParagraph ? findDateline(text, stretch.start, stretch.end, tokens, firstBody) : null;
  if (dateline !== null) {
    const { place, country, agency, date } = dateline;
    out.datelines.push({ start: dateline.start, end: dateline.end, attrs: { place, country, agency, date } });
    // The dateline's tokens belong to no sentence: the first one starts after the dash.
    const dropped = tokens.findIndex((t) => t.start >= dateline.contentStart);
    tokens = dropped < 0 ? [] : tokens.slice(dropped);
    starts = [0, ...starts.map((s) => s - dropped).filter((s) => s > 0)];
    from = dateline.contentStart;
  }
  if (tokens.length === 0) return;
  const piece: Piece = { text, tokens, enclosures: findEnclosures(text, from, stretch.end) };
  emit(out, piece, refineSentences(piece, starts), stretch.paragraph, stretch.role);
}

function emit(out: Segmentation, piece: Piece, starts: readonly number[], paragraph: number, role: ParagraphRole): void {
  const { text, tokens } = piece;
  for (const [k, first] of starts.entries()) {
    const next = starts[k + 1] ?? tokens.length;
    const head = tokens[first];
    const tail = tokens[next - 1];
    if (head === undefined || tail === undefined) continue;
    const sentence = out.sentences.length;
    out.sentences.push({ start: head.start, end: tail.end, attrs: { paragraph, role } });
    for (let i = first; i < next; i++) {
      const t = tokens[i];
      if (t === undefined) continue;
      out.tokens.push({ start: t.start, end: t.end, attrs: { pos: t.pos, norm: normalise(text.slice(t.start, t.end)), sentence } });
    }
  }
}
