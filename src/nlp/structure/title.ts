import { isHeadingLike, TITLE_LIMITS } from './heading.js';
import type { RangeRef } from './layers.js';
import type { Line } from './lines.js';

const COMPARED_LETTERS = 24;

/**
 * The first line is the title when it reads like one: short, no closing full
 * stop, and a line break after it. A timestamp glued to its end is left out
 * (`headEnd` is where the headline before the timestamp stops). When the
 * source gave a title of its own (a feed record), the first line must repeat
 * it: records usually start straight with the story or a photo caption.
 */
export function findTitle(
  text: string,
  first: Line | undefined,
  headEnd: number | null,
  metaTitle: string | null,
): RangeRef | null {
  if (!first || text.indexOf('\n', first.end) === -1) return null;
  const end = headEnd ?? first.end;
  if (end <= first.start) return null;
  const line = text.slice(first.start, end);
  if (!isHeadingLike(line, TITLE_LIMITS)) return null;
  if (metaTitle && !sameTitle(line, metaTitle)) return null;
  return { start: first.start, end };
}

/** Compared on letters only: entities, dashes and outlet suffixes differ between a feed's title and the text. */
function sameTitle(a: string, b: string): boolean {
  const x = letters(a);
  const y = letters(b);
  const n = Math.min(COMPARED_LETTERS, x.length, y.length);
  return n > 0 && x.slice(0, n) === y.slice(0, n);
}

function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}]+/gu, '');
}
