/**
 * Characters that separate tokens without being text: whitespace (including
 * NBSP, BOM and line separators), NEL, soft hyphens, zero-width and bidi marks.
 * Wink turns some of them into tokens of their own; those are not emitted.
 */
const BLANK_CLASS = String.raw`[\s\u0085\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069]`;

const BLANK_RUN = new RegExp(`${BLANK_CLASS}*`, 'y');
const ALL_BLANK = new RegExp(`^${BLANK_CLASS}*$`);
export const HAS_BLANK = new RegExp(BLANK_CLASS);

/** Printable ASCII is never blank; checked first because it is nearly all of the text. */
function printableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** The first offset at or after `at` that is not blank. */
export function skipBlank(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  if (at >= text.length || printableAscii(text.charCodeAt(at))) return at;
  BLANK_RUN.lastIndex = at;
  BLANK_RUN.exec(text);
  return BLANK_RUN.lastIndex;
}

/** True for the empty string and strings of blanks only. */
export function isBlank(value: string): boolean {
  return !printableAscii(value.charCodeAt(0)) && ALL_BLANK.test(value);
}
