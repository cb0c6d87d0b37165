/**
 * Lexicon forms: words separated by spaces, alternatives by `|`, a trailing
 * `?` for an optional word, `*` for a gap of 0–3 words and `+` for 1–3
 * ("take|took|taken control", "under + control", "blew himself|themselves up").
 * A hyphen inside a word splits it as the sentence view does.
 */
import type { ViewToken } from './sentence-view.js';
import { splitMember } from './word-matcher.js';

/** The spellings a word of a form may have: lower-case forms, and forms matched exactly as written. */
export interface WordSet {
  readonly norms: ReadonlySet<string>;
  readonly exacts: ReadonlySet<string>;
}

export type PatternPart =
  | { readonly kind: 'word'; readonly words: WordSet; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly min: number; readonly max: number };

export interface Pattern {
  readonly source: string;
  readonly parts: readonly PatternPart[];
  /** Required words only, no gaps: matched by a plain loop. */
  readonly plain: boolean;
}

export interface PatternMatch {
  /** Token index after the last matched token. */
  readonly end: number;
  /** Token ranges the gaps covered, in order. */
  readonly gaps: ReadonlyArray<readonly [number, number]>;
}

const GAP_MAX = 3;

/** Parses one form; returns an error message instead when it cannot be used. */
export function parsePattern(source: string): Pattern | string {
  const parts: PatternPart[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '*' || raw === '+') {
      parts.push({ kind: 'gap', min: raw === '+' ? 1 : 0, max: GAP_MAX });
      continue;
    }
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = optional ? raw.slice(0, -1) : raw;
    const alternatives = body.split('|').filter((a) => a !== '');
    if (alternatives.length === 0) return `empty word in '${source}'`;
    const split = alternatives.map(splitMember);
    if (split.some((s) => s.length === 0)) return `empty word in '${source}'`;
    if (alternatives.length === 1 && split[0]!.length > 1) {
      for (const piece of split[0]!) parts.push({ kind: 'word', words: wordSet([piece]), optional });
      continue;
    }
    if (split.some((s) => s.length > 1)) return `a hyphenated word cannot be one of several alternatives in '${source}'`;
    parts.push({ kind: 'word', words: wordSet(split.map((s) => s[0]!)), optional });
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return 'empty form';
  if (first.kind !== 'word' || first.optional) return `'${source}' must start with a required word`;
  if (last.kind !== 'word' || (last.optional && parts.length === 1)) return `'${source}' must end with a word`;
  return { source, parts, plain: parts.every((p) => p.kind === 'word' && !p.optional) };
}

function wordSet(words: readonly string[]): WordSet {
  const capital = (w: string) => /\p{Lu}/u.test(w);
  return { norms: new Set(words.filter((w) => !capital(w))), exacts: new Set(words.filter(capital)) };
}

/** Spellings of the first word, for the index. */
export function firstWords(p: Pattern): WordSet {
  const first = p.parts[0];
  return first?.kind === 'word' ? first.words : { norms: new Set(), exacts: new Set() };
}

const GAP_STOP = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '“', '”', '"', '—', '–']);

export function inWordSet(words: WordSet, norm: string, surface: string): boolean {
  return words.norms.has(norm) || words.exacts.has(surface);
}

const NO_GAPS: PatternMatch['gaps'] = [];

/** Longest match of the pattern starting at token `i`, or null. Gaps never cross punctuation. */
export function matchPattern(p: Pattern, tokens: readonly ViewToken[], i: number): PatternMatch | null {
  if (p.plain) {
    for (let k = 0; k < p.parts.length; k++) {
      const t = tokens[i + k];
      const part = p.parts[k] as { words: WordSet };
      if (!t || !inWordSet(part.words, t.norm, t.surface)) return null;
    }
    return { end: i + p.parts.length, gaps: NO_GAPS };
  }
  let best: PatternMatch | null = null;
  const walk = (part: number, at: number, gaps: Array<readonly [number, number]>): void => {
    if (part === p.parts.length) {
      if (!best || at > best.end) best = { end: at, gaps: [...gaps] };
      return;
    }
    const spec = p.parts[part]!;
    if (spec.kind === 'word') {
      const t = tokens[at];
      if (t && inWordSet(spec.words, t.norm, t.surface)) walk(part + 1, at + 1, gaps);
      if (spec.optional) walk(part + 1, at, gaps);
      return;
    }
    for (let n = spec.min; n <= spec.max; n++) {
      if (n > 0) {
        const t = tokens[at + n - 1];
        if (!t || GAP_STOP.has(t.surface)) break;
      }
      walk(part + 1, at + n, [...gaps, [at, at + n] as const]);
    }
  };
  walk(0, i, []);
  return best;
}
