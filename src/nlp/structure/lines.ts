/** A non-blank line of the text, trimmed of surrounding whitespace. */
export interface Line {
  start: number;
  end: number;
  /**
   * Line breaks between the previous line and this one: 1 when the two are
   * joined by a single newline (a headline glued to its caption), 2 or more
   * when a blank line separates them; 0 for the first line.
   */
  breaks: number;
}

/**
 * Splits on every newline. Scraped text often joins a headline and the caption
 * under it with one newline, and sentence splitters run them together, so a
 * single newline already ends a paragraph here.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let breaks = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const stop = nl === -1 ? text.length : nl;
    let start = pos;
    let end = stop;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      lines.push({ start, end, breaks: lines.length === 0 ? 0 : breaks });
      breaks = 0;
    }
    if (nl === -1) break;
    breaks++;
    pos = nl + 1;
  }
  return lines;
}

/** Whitespace as `\s` sees it, including the no-break spaces scraped pages are full of. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
