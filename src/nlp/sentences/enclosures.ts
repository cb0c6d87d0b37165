import type { Enclosure } from './piece.js';

type Family = 'double' | 'straight' | 'single' | 'guillemet' | 'broken' | 'paren';

const MARK = /["“”„‘’«»?()]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENER = /[\s([{—–-]/;
const SPACE_OR_CLOSER = /[\s)\]},.;:!?—–-]/;

function isWordChar(c: string): boolean {
  return c !== '' && WORD_CHAR.test(c);
}

/** The start of the text, a space or an opening bracket/dash may precede an opening mark. */
function opensAfter(c: string): boolean {
  return c === '' || SPACE_OR_OPENER.test(c);
}

function closesBefore(c: string): boolean {
  return c === '' || SPACE_OR_CLOSER.test(c);
}

/**
 * Finds quotations and parentheses inside `text.slice(from, to)`. Curly and angle quotes say
 * which way they face; straight `"` and `‘’` are read from their neighbours, and
 * a `’` between letters is an apostrophe. A `?` glued to the start of a word
 * opens a quotation whose curly marks were lost to encoding (`?surrender or
 * die.?`); the next `?` glued to the end of a word or of `.`/`,` closes it.
 * Marks left unpaired in the stretch are ignored: news paragraphs often open a
 * quotation that continues in the next paragraph.
 */
export function findEnclosures(text: string, from: number, to: number): Enclosure[] {
  const ranges: Enclosure[] = [];
  const open = new Map<Family, number>();
  const close = (family: Family, at: number): void => {
    const start = open.get(family);
    if (start === undefined) return;
    ranges.push({ open: start, close: at });
    open.delete(family);
  };
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m !== null && m.index < to; m = MARK.exec(text)) {
    const at = m.index;
    const before = at > from ? text.charAt(at - 1) : '';
    const after = at + 1 < to ? text.charAt(at + 1) : '';
    switch (m[0]) {
      case '“':
      case '„':
        open.set('double', at);
        break;
      case '”':
        close('double', at);
        break;
      case '«':
        open.set('guillemet', at);
        break;
      case '»':
        close('guillemet', at);
        break;
      case '‘':
        if (opensAfter(before) && isWordChar(after)) open.set('single', at);
        break;
      case '’':
        if (!isWordChar(after) && closesBefore(after) && before !== '' && !/\s/.test(before)) close('single', at);
        break;
      case '"':
        if (opensAfter(before) && after !== '' && !/\s/.test(after)) open.set('straight', at);
        else if (before !== '' && !/\s/.test(before) && closesBefore(after)) close('straight', at);
        break;
      case '(':
        open.set('paren', at);
        break;
      case ')':
        close('paren', at);
        break;
      case '?':
        if (opensAfter(before) && isWordChar(after)) open.set('broken', at);
        else if (open.has('broken') && (isWordChar(before) || before === '.' || before === ',' || before === '!') && closesBefore(after)) {
          close('broken', at);
        }
        break;
    }
  }
  return ranges.sort((a, b) => a.open - b.open);
}
