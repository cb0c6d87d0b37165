/**
 * A compiled set of words and word sequences (a word class, or the literal
 * list of a frame condition). Lower-case words match the token's lower-cased
 * form; words with a capital match only that spelling. NUM and PROPN are
 * built in. Matching is by token, never by regex over the text.
 */
import type { ViewToken } from './sentence-view.js';

/** One word of a sequence: matched on the lower-cased form, or exactly as written. */
export interface Word {
  readonly text: string;
  readonly exact: boolean;
}

/** What a word starts or ends: a member on its own, and the longer members it begins or closes. */
interface WordEntry {
  single: boolean;
  sequences: Word[][];
}

type Index = ReadonlyMap<string, WordEntry>;

export interface WordMatcher {
  /** By lower-cased word: members starting with it. */
  readonly byFirst: Index;
  /** By word as written (members with capitals). */
  readonly byFirstExact: Index;
  /** By last word, for head-of-phrase tests; single words are in byFirst. */
  readonly byLast: Index;
  readonly byLastExact: Index;
  readonly num: boolean;
  readonly propn: boolean;
}

export function toWord(part: string): Word {
  return /\p{Lu}/u.test(part) ? { text: part, exact: true } : { text: part, exact: false };
}

/** Splits a member such as "anti-tank" or "machine gun" into the words the sentence view has. */
export function splitMember(member: string): string[] {
  return member
    .split(/[\s\-‐‑]+/u)
    .filter((p) => p !== '')
    .map((p) => (/\p{Lu}/u.test(p) ? p : p.toLowerCase().replace(/[’‘]/g, "'")));
}

export function compileMatcher(members: Iterable<string>, builtins: { num: boolean; propn: boolean }): WordMatcher {
  const byFirst = new Map<string, WordEntry>();
  const byFirstExact = new Map<string, WordEntry>();
  const byLast = new Map<string, WordEntry>();
  const byLastExact = new Map<string, WordEntry>();
  for (const member of members) {
    const parts = splitMember(member).map(toWord);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) continue;
    const start = entryOf(first.exact ? byFirstExact : byFirst, first.text);
    if (parts.length === 1) {
      start.single = true;
      continue;
    }
    start.sequences.push(parts);
    entryOf(last.exact ? byLastExact : byLast, last.text).sequences.push(parts);
  }
  return { byFirst, byFirstExact, byLast, byLastExact, num: builtins.num, propn: builtins.propn };
}

function entryOf(map: Map<string, WordEntry>, key: string): WordEntry {
  let e = map.get(key);
  if (!e) {
    e = { single: false, sequences: [] };
    map.set(key, e);
  }
  return e;
}

export function wordIs(t: ViewToken, w: Word): boolean {
  return w.exact ? t.surface === w.text : t.norm === w.text;
}

export function isNumber(t: ViewToken): boolean {
  return t.pos === 'NUM' || /^\d/.test(t.surface);
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'of', 'and', 'but', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that']);

export function isProperNoun(tokens: readonly ViewToken[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'PROPN') return !FUNCTION_WORDS.has(t.norm);
  return i > 0 && /^\p{Lu}/u.test(t.surface) && !FUNCTION_WORDS.has(t.norm) && t.pos !== 'PUNCT';
}

function longest(e: WordEntry | undefined, tokens: readonly ViewToken[], i: number, limit: number): number {
  if (!e) return 0;
  let best = e.single ? 1 : 0;
  for (const seq of e.sequences) {
    if (seq.length <= best || i + seq.length > limit) continue;
    if (seq.every((w, j) => wordIs(tokens[i + j]!, w))) best = seq.length;
  }
  return best;
}

/** Number of tokens of the longest member starting at `i` (0 when none), not running past `limit`. */
export function matchAt(m: WordMatcher, tokens: readonly ViewToken[], i: number, limit = tokens.length): number {
  const t = tokens[i];
  if (!t || i >= limit) return 0;
  let best = longest(m.byFirst.get(t.norm), tokens, i, limit);
  // Only a word with capitals can match a member written with capitals.
  if (t.surface !== t.norm) best = Math.max(best, longest(m.byFirstExact.get(t.surface), tokens, i, limit));
  if (best > 0) return best;
  if (m.num && isNumber(t)) return 1;
  if (m.propn && isProperNoun(tokens, i)) return 1;
  return 0;
}

function endsWith(e: WordEntry | undefined, tokens: readonly ViewToken[], i: number, from: number): boolean {
  if (!e) return false;
  for (const seq of e.sequences) {
    const s = i - seq.length + 1;
    if (s >= from && seq.every((w, j) => wordIs(tokens[s + j]!, w))) return true;
  }
  return false;
}

/** True when a member ends at token `i` (a phrase's head), starting no earlier than `from`. */
export function endsAt(m: WordMatcher, tokens: readonly ViewToken[], i: number, from = 0): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (m.byFirst.get(t.norm)?.single || (t.surface !== t.norm && m.byFirstExact.get(t.surface)?.single)) return true;
  if (m.num && isNumber(t)) return true;
  if (m.propn && isProperNoun(tokens, i)) return true;
  return endsWith(m.byLast.get(t.norm), tokens, i, from) || (t.surface !== t.norm && endsWith(m.byLastExact.get(t.surface), tokens, i, from));
}

/** Index of the first token in [lo, hi) where a member starts, or -1. */
export function firstMatch(m: WordMatcher, tokens: readonly ViewToken[], lo: number, hi: number): number {
  for (let i = Math.max(0, lo); i < Math.min(hi, tokens.length); i++) if (matchAt(m, tokens, i, tokens.length) > 0) return i;
  return -1;
}
