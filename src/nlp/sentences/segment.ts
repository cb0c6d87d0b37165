import type { AnnotationInput } from '../../core/layers.js';
import type { MessageInput } from '../../core/message.js';
import type { ParagraphRole } from '../structure/layers.js';
import { alignTokens } from './align-tokens.js';
import { HAS_BLANK } from './blank.js';
import { findDateline } from './dateline.js';
import { normalise } from './norm.js';
import type { Piece, Token } from './piece.js';
import { findEnclosures } from './enclosures.js';
import { refineSentences } from './refine.js';
import { analyseAll } from './wink.js';
import './layers.js';

export interface ParagraphInput {
  start: number;
  end: number;
  role: ParagraphRole;
}

export interface Range {
  start: number;
  end: number;
}

export interface Segmentation {
  sentences: AnnotationInput<'sentence'>[];
  tokens: AnnotationInput<'token'>[];
  datelines: AnnotationInput<'dateline'>[];
  messages: MessageInput[];
}

const READABLE = new Set<ParagraphRole>(['title', 'headline', 'body', 'caption']);
const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085]/g;

function lines(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let start = from;
  LINE_BREAK.lastIndex = from;
  for (let m = LINE_BREAK.exec(text); m !== null && m.index < to; m = LINE_BREAK.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: to });
  return out;
}

/** `range` minus the skipped ranges, trimmed of blanks; empty pieces are dropped. */
function pieces(text: string, range: Range, skip: readonly Range[]): Range[] {
  const out: Range[] = [];
  let start = range.start;
  const push = (a: number, b: number): void => {
    while (a < b && HAS_BLANK.test(text.charAt(a))) a++;
    while (b > a && HAS_BLANK.test(text.charAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const s of skip) {
    if (s.end <= start || s.start >= range.end) continue;
    push(start, Math.max(start, s.start));
    start = Math.max(start, s.end);
  }
  push(start, range.end);
  return out;
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
 * text inside `skip` (boilerplate) is left out. Wink runs on each line of a
 * paragraph separately, so a sentence never crosses a line break.
 */
export function segment(text: string, paragraphs: readonly ParagraphInput[], skip: readonly Range[]): Segmentation {
  const out: Segmentation = { sentences: [], tokens: [], datelines: [], messages: [] };
  const firstBody = paragraphs.findIndex((p) => p.role === 'body');
  const stretches: { range: Range; paragraph: number; opensParagraph: boolean }[] = [];
  for (const [paragraph, p] of paragraphs.entries()) {
    if (!READABLE.has(p.role)) continue;
    for (const [l, line] of lines(text, p.start, p.end).entries()) {
      for (const range of pieces(text, line, skip)) stretches.push({ range, paragraph, opensParagraph: l === 0 && range.start === line.start });
    }
  }
  const analyses = analyseAll(stretches.map(({ range }) => text.slice(range.start, range.end)));
  for (const [i, { range, paragraph, opensParagraph }] of stretches.entries()) {
    const wink = analyses[i];
    const role = paragraphs[paragraph]?.role;
    if (wink === undefined || role === undefined) continue;
    const aligned = alignTokens(text, range.start, range.end, wink);
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
    let from = range.start;
    if (role === 'body' && opensParagraph) {
      const dateline = findDateline(text, range.start, range.end, tokens, paragraph === firstBody);
      if (dateline !== null) {
        const { place, country, agency, date } = dateline;
        out.datelines.push({ start: dateline.start, end: dateline.end, attrs: { place, country, agency, date } });
        const dropped = tokens.findIndex((t) => t.start >= dateline.contentStart);
        tokens = dropped < 0 ? [] : tokens.slice(dropped);
        starts = [0, ...starts.map((s) => s - dropped).filter((s) => s > 0)];
        from = dateline.contentStart;
      }
    }
    if (tokens.length === 0) continue;
    const piece: Piece = { text, tokens, enclosures: findEnclosures(text, from, range.end) };
    emit(out, piece, refineSentences(piece, starts), paragraph, role);
  }
  return out;
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
