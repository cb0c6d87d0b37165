/**
 * Chrono runs a parser's pattern again on the text after a rejected match, so
 * a leading `\b` can fire inside a word; parsers check the real text instead.
 */
export function startsMidWord(text: string, index: number): boolean {
  return index > 0 && /[\p{L}\p{N}_]/u.test(text[index - 1]!);
}
