/**
 * One normal form for names and for text, so that a single dictionary key
 * matches "al-Nusra", "al Nusra", "Al‑Nusra", "Öcalan"/"Ocalan" and "Iraq’s"/"Iraq's":
 * diacritics are dropped, hyphens become spaces, runs of spaces collapse,
 * apostrophe look-alikes become "'", line breaks stay (names never span them).
 * Case is kept in `cased` and folded in `lower`; both have the same length,
 * and `origin` maps each of their positions back to the original text.
 */
export interface NormalizedText {
  readonly cased: string;
  readonly lower: string;
  /** `origin[i]` is the index in the original text of normalized position `i`. */
  readonly origin: Int32Array;
}

const DROP = 0;
const SPACE = 0x20;
const BREAK = 0x0a;

interface Tables {
  cased: Uint16Array;
  lower: Uint16Array;
  word: Uint8Array;
}

let tables: Tables | undefined;

/** Per UTF-16 code unit: its normal form (cased and lower) and whether it is a word character. */
export function charTables(): Tables {
  tables ??= buildTables();
  return tables;
}

function buildTables(): Tables {
  const cased = new Uint16Array(0x10000);
  const lower = new Uint16Array(0x10000);
  const word = new Uint8Array(0x10000);
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  const combining = /^\p{M}$/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      cased[c] = lower[c] = c;
      continue;
    }
    const ch = String.fromCharCode(c);
    let mapped = c;
    if (combining.test(ch) || ZERO_WIDTH.has(c)) mapped = DROP;
    else if (BREAKS.has(c)) mapped = BREAK;
    else if (SPACES.has(c) || HYPHENS.has(c) || /^\s$/u.test(ch)) mapped = SPACE;
    else if (APOSTROPHES.has(c)) mapped = 0x27;
    else if (c >= 0x80) mapped = foldLetter(ch);
    cased[c] = mapped;
    const lowered = String.fromCharCode(mapped).toLowerCase();
    lower[c] = mapped === DROP ? DROP : lowered.length === 1 ? lowered.charCodeAt(0) : mapped;
    word[c] = mapped !== DROP && letterOrDigit.test(String.fromCharCode(mapped)) ? 1 : 0;
  }
  return { cased, lower, word };
}

/** "Ş" → "S", "é" → "e", "ı" → "i": the base letter when it is a single code unit. */
function foldLetter(ch: string): number {
  const special = SPECIAL_FOLDS[ch];
  if (special !== undefined) return special.charCodeAt(0);
  const base = ch.normalize('NFD');
  return base.length > 1 && /^\p{L}\p{M}+$/u.test(base) ? base.charCodeAt(0) : ch.charCodeAt(0);
}

const SPECIAL_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h' };
const ZERO_WIDTH = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const SPACES = new Set([0x09, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, ...range(0x2000, 0x200a)]);
// En and em dashes separate clauses, not the parts of a name, so they stay.
const HYPHENS = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2043, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x02b9, 0x02bb, 0x02bc, 0x02bd, 0x02be, 0x02bf]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const decoder = new TextDecoder('utf-16le');

export function normalizeText(text: string): NormalizedText {
  const { cased: casedTable, lower: lowerTable } = charTables();
  const n = text.length;
  const cased = new Uint16Array(n);
  const lower = new Uint16Array(n);
  const origin = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = casedTable[c] ?? c;
    if (m === DROP) continue;
    if (m === SPACE && (len === 0 || cased[len - 1] === SPACE || cased[len - 1] === BREAK)) continue;
    if (m === BREAK && len > 0 && cased[len - 1] === SPACE) len--;
    cased[len] = m;
    lower[len] = lowerTable[c] ?? c;
    origin[len] = i;
    len++;
  }
  return {
    cased: decoder.decode(cased.subarray(0, len)),
    lower: decoder.decode(lower.subarray(0, len)),
    origin: origin.slice(0, len),
  };
}

/** The normal form of a dictionary name, trimmed. */
export function normalizeName(name: string): string {
  return normalizeText(name).cased.trim();
}

/** Maps a normalized `[start, end)` back to the original text, keeping trailing combining marks. */
export function originalRange(text: string, norm: NormalizedText, start: number, end: number): [number, number] {
  const from = norm.origin[start] ?? 0;
  let to = (norm.origin[end - 1] ?? from) + 1;
  const { cased } = charTables();
  while (to < text.length && cased[text.charCodeAt(to)] === DROP) to++;
  return [from, to];
}
