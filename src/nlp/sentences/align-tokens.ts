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

/** Wink tokens not yet placed, waiting for the next placed token to bound their gap. */
interface Pending {
  winkIndex: number[];
  chars: number;
}

function fits(text: string, to: number, value: string, at: number): boolean {
  return at + value.length <= to && text.startsWith(value, at);
}

/**
 * Places the pending tokens on the gap `[from, to)`: a single token takes the
 * gap when it holds one word; anything else is reported as unplaced.
 */
function settle(text: string, from: number, to: number, pending: Pending, out: Alignment, pos: readonly string[]): void {
  const start = skipBlank(text, from);
  let end = to;
  while (end > start && isBlank(text.charAt(end - 1))) end--;
  const only = pending.winkIndex.length === 1 ? pending.winkIndex[0] : undefined;
  if (only !== undefined && end > start && !HAS_BLANK.test(text.slice(start, end))) {
    out.tokens.push({ start, end, pos: pos[only] ?? 'X' });
    out.index[only] = out.tokens.length - 1;
  } else if (end > start) {
    out.unplaced.push({ start, end });
  }
  pending.winkIndex = [];
  pending.chars = 0;
}

/**
 * Places wink's tokens of `text.slice(from, to)` on the document text. Each
 * token is accepted only where its value occurs verbatim; a token whose value
 * wink altered is placed on the gap between its aligned neighbours when it is
 * alone there, and dropped (reported in `unplaced`) otherwise. Positions come
 * from skipping blanks, not from wink's `precedingSpaces`, which loses NBSP
 * runs, BOM, NEL and line separators.
 */
export function alignTokens(text: string, from: number, to: number, wink: Pick<WinkAnalysis, 'values' | 'pos'>): Alignment {
  const out: Alignment = { tokens: [], index: new Array<number>(wink.values.length).fill(-1), unplaced: [] };
  const pending: Pending = { winkIndex: [], chars: 0 };
  let cursor = from;
  for (let i = 0; i < wink.values.length; i++) {
    const value = wink.values[i] ?? '';
    if (isBlank(value)) continue;
    let at = skipBlank(text, cursor);
    if (!fits(text, to, value, at)) {
      // Only after an unplaceable token may the text run ahead of wink's values.
      const window = Math.min(to, cursor + 2 * pending.chars + 16 + value.length);
      const found = pending.winkIndex.length > 0 ? text.slice(cursor, window).indexOf(value) : -1;
      at = found >= 0 ? cursor + found : -1;
    }
    if (at < 0) {
      pending.winkIndex.push(i);
      pending.chars += value.length + 1;
      continue;
    }
    if (pending.winkIndex.length > 0) settle(text, cursor, at, pending, out, wink.pos);
    out.tokens.push({ start: at, end: at + value.length, pos: wink.pos[i] ?? 'X' });
    out.index[i] = out.tokens.length - 1;
    cursor = at + value.length;
  }
  if (pending.winkIndex.length > 0) settle(text, cursor, to, pending, out, wink.pos);
  return out;
}
