import type { Range, Snippet } from './gold-types.js';

export type Located = { ok: true; ranges: Range[]; quote: string } | { ok: false; reason: string };

const SHOWN_CHARS = 80;

/**
 * Where a gold snippet sits in the text: every occurrence of a verbatim
 * snippet (a repeated sentence is a position either way), or the offsets given.
 */
export function locateSnippet(snippet: Snippet, text: string): Located {
  if (snippet.span !== null) {
    const [start, end] = snippet.span;
    if (end > text.length) return { ok: false, reason: `[${start}, ${end}] is outside the text (${text.length} characters)` };
    return { ok: true, ranges: [snippet.span], quote: text.slice(start, end) };
  }
  const ranges: Range[] = [];
  for (let at = text.indexOf(snippet.text); at !== -1; at = text.indexOf(snippet.text, at + snippet.text.length)) {
    ranges.push([at, at + snippet.text.length]);
  }
  if (ranges.length === 0) return { ok: false, reason: `not found verbatim in the text: "${shorten(snippet.text)}"` };
  return { ok: true, ranges, quote: snippet.text };
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Occurrences of a place name as a whole word, in any case ("ANKARA" in a
 * dateline is Ankara), so that "Syria" is not found inside "Syrian".
 */
export function findName(name: string, text: string): Range[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.trim().replace(SPECIAL, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const);
}

export function overlapsAny(start: number, end: number, ranges: readonly Range[]): boolean {
  return ranges.some(([s, e]) => start < e && s < end);
}

export function shorten(text: string, max = SHOWN_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
