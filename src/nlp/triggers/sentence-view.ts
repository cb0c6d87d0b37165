/**
 * A sentence as the trigger rules read it: its tokens, with hyphens inside a
 * word dropped ("car-bomb" reads as "car bomb", "U.S.-led" as "U.S. led"), so
 * that lexicon forms and word classes match either spelling.
 */
export interface ViewToken {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly norm: string;
  /** Universal POS tag from the token layer. */
  readonly pos: string;
  /** Glued to the previous word by a hyphen: part of one compound word. */
  readonly joined: boolean;
  /** Inside quotation marks (direct speech or a quoted title). */
  readonly quoted: boolean;
}

export interface SentenceView {
  /** Index into the sentence layer. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly role: string;
  readonly tokens: readonly ViewToken[];
  /** Headline-style capitals, where part-of-speech tags are unreliable. */
  readonly titleCase: boolean;
}

export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly pos: string;
  readonly norm: string;
  readonly quoted: boolean;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'from', 'with', 'as', 'near', 'after', 'over']);

export function buildView(index: number, start: number, end: number, role: string, raw: readonly RawToken[]): SentenceView {
  const tokens: ViewToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const prev = raw[i - 1];
    const next = raw[i + 1];
    const gluedHyphen = HYPHENS.has(t.quote) && prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start;
    if (gluedHyphen) continue;
    const joined = prev !== undefined && HYPHENS.has(prev.quote) && prev.end === t.start && (raw[i - 2]?.end ?? -1) === prev.start;
    tokens.push({ start: t.start, end: t.end, surface: t.quote, norm: t.norm, pos: t.pos, joined, quoted: t.quoted });
  }
  const headline = role === 'title' || role === 'headline';
  let titleCase: boolean | undefined;
  return {
    index,
    start,
    end,
    role,
    tokens,
    get titleCase() {
      titleCase ??= headline || looksTitleCase(tokens);
      return titleCase;
    },
  };
}

function looksTitleCase(tokens: readonly ViewToken[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (!/^\p{L}/u.test(t.surface) || SMALL_WORDS.has(t.norm)) continue;
    words++;
    if (/^\p{Lu}/u.test(t.surface)) capitals++;
  }
  return words >= 3 && capitals / words >= 0.8;
}
