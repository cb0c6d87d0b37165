import type { AnnotationInput } from '../../core/layers.js';
import type { RangeRef } from './layers.js';
import { isSpace } from './lines.js';

const CANDIDATE = /["“”„‟?]/g;
const OPENS_AFTER = new Set(['(', '[', '{', '—', '–', '-', '/']);
const CLOSES_BEFORE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-']);
const WORD = /[\p{L}\p{N}]/u;
const ENDS_QUOTED = /[\p{L}\p{N}.,!?)'’]/u;

type Mark = AnnotationInput<'quote-mark'>;

/**
 * Double quotation marks in the given paragraphs (sorted, not overlapping).
 * Straight quotes take their role from the characters around them, or
 * alternate when those say nothing. A `?` stands for a curly quote lost to
 * encoding only in pairs: one glued to the start of a word after a space, and
 * a later one after a word or after `.`/`,`/`!` — "?surrender or die.?". A
 * `?` with no such partner is a question mark.
 */
export function findQuoteMarks(text: string, paragraphs: readonly RangeRef[]): Mark[] {
  const marks: Mark[] = [];
  let p = 0;
  let bucket: number[] = [];
  const flush = (para: RangeRef | undefined): void => {
    if (para && bucket.length > 0) marksIn(text, para, bucket, marks);
    bucket = [];
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    while (p < paragraphs.length && (paragraphs[p] as RangeRef).end <= m.index) {
      flush(paragraphs[p]);
      p++;
    }
    const para = paragraphs[p];
    if (para && para.start <= m.index) bucket.push(m.index);
  }
  flush(paragraphs[p]);
  return marks;
}

function marksIn(text: string, para: RangeRef, positions: number[], out: Mark[]): void {
  let inside = false;
  let openQuestion = -1;
  const paired: Mark[] = [];
  for (const at of positions) {
    const ch = text[at];
    const before = at > para.start ? (text[at - 1] as string) : '';
    const after = at + 1 < para.end ? (text[at + 1] as string) : '';
    if (ch === '?') {
      if (openQuestion === -1 && opensWord(before, after)) openQuestion = at;
      else if (openQuestion !== -1 && closesWord(before, after)) {
        paired.push(mark(openQuestion, 'open', true), mark(at, 'close', true));
        openQuestion = -1;
      }
      continue;
    }
    let role: 'open' | 'close';
    if (ch === '”') role = 'close';
    else if (ch !== '"') role = 'open';
    else {
      const spaceBefore = before === '' || isSpace(before.charCodeAt(0)) || OPENS_AFTER.has(before);
      const spaceAfter = after === '' || isSpace(after.charCodeAt(0)) || CLOSES_BEFORE.has(after);
      role = spaceBefore && !spaceAfter ? 'open' : !spaceBefore && spaceAfter ? 'close' : inside ? 'close' : 'open';
    }
    inside = role === 'open';
    paired.push(mark(at, role, false));
  }
  paired.sort((a, b) => a.start - b.start);
  for (const m of paired) out.push(m);
}

function opensWord(before: string, after: string): boolean {
  const startOk = before === '' || isSpace(before.charCodeAt(0)) || before === '(' || before === '[';
  return startOk && (WORD.test(after) || after === '(');
}

function closesWord(before: string, after: string): boolean {
  if (before === '' || !ENDS_QUOTED.test(before)) return false;
  return after === '' || isSpace(after.charCodeAt(0)) || CLOSES_BEFORE.has(after) || after === '"' || after === '”';
}

function mark(at: number, role: 'open' | 'close', recovered: boolean): Mark {
  return { start: at, end: at + 1, attrs: { role, recovered } };
}
