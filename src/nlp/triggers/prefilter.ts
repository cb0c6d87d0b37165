/**
 * A cheap test on the raw tokens of a sentence: could a lexicon form start
 * here? The first word must be a form's first word, and the next word it
 * requires must follow (right after, or within reach of a gap). Most
 * sentences fail it and never get a view.
 */
import type { IndexedPattern, Lexicon } from './lexicon.js';
import { inWordSet, type Pattern, type WordSet } from './pattern.js';

export interface PlainToken {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly attrs: { readonly norm: string };
}

const HYPHENS = new Set(['-', '‐', '‑']);

/** The first word a form requires after its first one, and how many tokens on it may come. */
interface Anchor {
  words: WordSet;
  reach: number;
}

const anchors = new WeakMap<Pattern, Anchor | null>();

/** Null when the form is one word or only optional words follow. */
function anchorOf(p: Pattern): Anchor | null {
  if (anchors.has(p)) return anchors.get(p)!;
  let reach = 2;
  let result: Anchor | null = null;
  for (const part of p.parts.slice(1)) {
    if (part.kind === 'gap') reach += part.max;
    else if (part.optional) reach += 1;
    else {
      result = { words: part.words, reach };
      break;
    }
  }
  anchors.set(p, result);
  return result;
}

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || c > 127;
}

export function mayStartTrigger(lexicon: Lexicon, tokens: readonly PlainToken[], k: number, end: number): boolean {
  const t = tokens[k]!;
  const byNorm = lexicon.byFirst.get(t.attrs.norm);
  const byExact = isCapital(t.quote) ? lexicon.byFirstExact.get(t.quote) : undefined;
  if (!byNorm && !byExact) return false;
  let n = k + 1;
  if (n < end && HYPHENS.has(tokens[n]!.quote) && tokens[n]!.start === t.end) n++;
  return followed(byNorm, tokens, n, end) || followed(byExact, tokens, n, end);
}

function followed(list: readonly IndexedPattern[] | undefined, tokens: readonly PlainToken[], n: number, end: number): boolean {
  if (!list) return false;
  for (const { pattern } of list) {
    const anchor = anchorOf(pattern);
    if (!anchor) return true;
    const reach = Math.min(end, n + anchor.reach - 1);
    for (let m = n; m < reach; m++) {
      const t = tokens[m]!;
      if (inWordSet(anchor.words, t.attrs.norm, t.quote)) return true;
    }
  }
  return false;
}
