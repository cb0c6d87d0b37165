import type { ParagraphRole } from '../structure/layers.js';
import { HAS_BLANK } from './blank.js';

export interface Range {
  start: number;
  end: number;
}

export interface ParagraphInput extends Range {
  role: ParagraphRole;
}

/** A stretch of text wink reads on its own: one line of a readable paragraph, minus boilerplate. */
export interface Stretch extends Range {
  /** Index of its paragraph in the paragraph list. */
  paragraph: number;
  role: ParagraphRole;
  /** True when it starts its paragraph, where a dateline may stand. */
  opensParagraph: boolean;
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

/** `[a, b)` trimmed of blanks, or null when nothing is left. */
function trimmed(text: string, a: number, b: number): Range | null {
  while (a < b && HAS_BLANK.test(text.charAt(a))) a++;
  while (b > a && HAS_BLANK.test(text.charAt(b - 1))) b--;
  return b > a ? { start: a, end: b } : null;
}

/** `line` minus the skipped ranges (sorted by start, from `first` on), trimmed of blanks. */
function pieces(text: string, line: Range, skip: readonly Range[], first: number): Range[] {
  const out: Range[] = [];
  let start = line.start;
  for (let i = first; i < skip.length; i++) {
    const s = skip[i] as Range;
    if (s.start >= line.end) break;
    if (s.end <= start) continue;
    const piece = trimmed(text, start, Math.max(start, s.start));
    if (piece) out.push(piece);
    start = Math.max(start, s.end);
  }
  const last = trimmed(text, start, line.end);
  if (last) out.push(last);
  return out;
}

/**
 * The stretches of the readable paragraphs (title, headline, body, caption),
 * in text order. Each line is a stretch of its own because wink joins a
 * headline to the caption on the next line; `skip` (boilerplate, in any
 * order) cuts lines.
 */
export function stretches(text: string, paragraphs: readonly ParagraphInput[], skip: readonly Range[]): Stretch[] {
  const out: Stretch[] = [];
  const sorted = [...skip].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const [paragraph, { start, end, role }] of paragraphs.entries()) {
    if (!READABLE.has(role)) continue;
    for (const [l, line] of lines(text, start, end).entries()) {
      while (first < sorted.length && (sorted[first]?.end ?? Infinity) <= line.start) first++;
      for (const piece of pieces(text, line, sorted, first)) {
        out.push({ ...piece, paragraph, role, opensParagraph: l === 0 && piece.start === line.start });
      }
    }
  }
  return out;
}
