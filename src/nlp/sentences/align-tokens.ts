import { HAS_BLANK, isBlank, skipBlank } from './blank.js';
import type { Token } from './piece.js';
import type { WinkAnalysis } from './wink.js';

export interface Alignment {
  tokens: Token[];
  /** For each wink token, the index of its placed token, or -1 when it was dropped. */
  index: number[];
  /** Text that holds wink tokens which could not be placed one by one. */
  unplaced: { start: number; end: number }[];
}

/**
 * Places wink's tokens of `text.slice(from, to)` on the document text. Each
 * token is accepted only where its value occurs verbatim; a token whose value
 * wink altered is placed on the gap between its aligned neighbours when it is
 * alone there, and dropped (reported in `unplaced`) otherwise. Positions come
 * from skipping blanks, not from wink's `precedingSpaces`, which loses NBSP
 * runs, BOM, NEL and line separators.
 */
export function alignTokens(
  text: string,
  from: number,
  to: number,
  wink: Pick<WinkAnalysis, 'values' | 'pos'>,
): Alignment {
  const tokens: Token[] = [];
  const index: number[] = new Array<number>(wink.values.length).fill(-1);
  const unplaced: { start: number; end: number }[] = [];
  let cursor = from;
  let pending: number[] = [];
  let pendingChars = 0;

  const fits = (value: string, at: number): boolean => at + value.length <= to && text.startsWith(value, at);

  const settle = (gapEnd: number): void => {
    const start = skipBlank(text, cursor);
    let end = gapEnd;
    while (end > start && isBlank(text.charAt(end - 1))) end--;
    const only = pending.length === 1 ? pending[0] : undefined;
    if (only !== undefined && end > start && !HAS_BLANK.test(text.slice(start, end))) {
      tokens.push({ start, end, pos: wink.pos[only] ?? 'X' });
      index[only] = tokens.length - 1;
    } else if (end > start) {
      unplaced.push({ start, end });
    }
    pending = [];
    pendingChars = 0;
  };

  for (let i = 0; i < wink.values.length; i++) {
    const value = wink.values[i] ?? '';
    if (isBlank(value)) continue;
    let at = skipBlank(text, cursor);
    if (!fits(value, at)) {
      // Only after an unplaceable token may the text run ahead of wink's values.
      const window = Math.min(to, cursor + 2 * pendingChars + 16 + value.length);
      const found = pending.length > 0 ? text.slice(cursor, window).indexOf(value) : -1;
      at = found >= 0 ? cursor + found : -1;
    }
    if (at < 0) {
      pending.push(i);
      pendingChars += value.length + 1;
      continue;
    }
    if (pending.length > 0) settle(at);
    tokens.push({ start: at, end: at + value.length, pos: wink.pos[i] ?? 'X' });
    index[i] = tokens.length - 1;
    cursor = at + value.length;
  }
  if (pending.length > 0) settle(to);
  return { tokens, index, unplaced };
}
