/**
 * Finding the words that qualify a trigger ("allegedly", "will be", "did
 * not", "according to") in the stretch of sentence that governs it. Cue
 * lists are compiled word matchers, so multi-word cues work as in the lexicon.
 */
import { spanOfTokens, type Candidate } from './candidate.js';
import type { CueSpan } from './layers.js';
import { isRelative } from './noun-phrases.js';
import type { SentenceView, ViewToken } from './sentence-view.js';
import { compileMatcher, matchAt, type WordMatcher } from './word-matcher.js';

export function cueList(words: readonly string[]): WordMatcher {
  return compileMatcher(words, { num: false, propn: false });
}

const HARD = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"', '?', '!', '.']);
/** After a comma these start a new clause; other words continue a list or an apposition. */
const CLAUSE_OPENERS = new Set(['CCONJ', 'SCONJ', 'ADV', 'PRON', 'VERB', 'AUX']);

export function isHardBoundary(t: ViewToken): boolean {
  return HARD.has(t.surface);
}

function isClauseComma(tokens: readonly ViewToken[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t?.surface === ',' && (next === undefined || CLAUSE_OPENERS.has(next.pos) || isRelative(next));
}

export interface ScanOptions {
  /** How many tokens back (or ahead) to look. */
  max: number;
  /** Stop at a comma that opens a new clause. */
  clause?: boolean;
  /** Stop at subordinating conjunctions and relative pronouns. */
  subordinate?: boolean;
  /** Stop at a full verb (not an auxiliary): the cue must govern this verb, not another. */
  verbs?: boolean;
  /** Skip a cue when this says so (e.g. "suspected militants"). */
  reject?: (first: number, end: number) => boolean;
}

export interface Cue {
  readonly first: number;
  readonly end: number;
}

/** The nearest cue ending before the candidate, within the options' stretch. */
export function cueBefore(view: SentenceView, c: Candidate, cues: WordMatcher, o: ScanOptions): Cue | null {
  const tokens = view.tokens;
  for (let k = c.first - 1; k >= 0 && c.first - k <= o.max; k--) {
    const len = matchAt(cues, tokens, k, c.first);
    if (len > 0 && !o.reject?.(k, k + len)) return { first: k, end: k + len };
    const t = tokens[k]!;
    if (isHardBoundary(t)) return null;
    if (o.clause && isClauseComma(tokens, k)) return null;
    if (o.subordinate && (t.pos === 'SCONJ' || isRelative(t))) return null;
    if (o.verbs && t.pos === 'VERB') return null;
  }
  return null;
}

/** The nearest cue starting after the candidate, within the options' stretch. */
export function cueAfter(view: SentenceView, c: Candidate, cues: WordMatcher, o: ScanOptions): Cue | null {
  const tokens = view.tokens;
  for (let k = c.end; k < tokens.length && k - c.end < o.max; k++) {
    const len = matchAt(cues, tokens, k);
    if (len > 0 && !o.reject?.(k, k + len)) return { first: k, end: k + len };
    const t = tokens[k]!;
    if (isHardBoundary(t) && !(t.surface === '”' || t.surface === '"')) return null;
    if (o.clause && isClauseComma(tokens, k)) return null;
  }
  return null;
}

export function cueSpan(view: SentenceView, cue: Cue): CueSpan {
  return spanOfTokens(view, cue.first, cue.end);
}

/** Sets the modality when no earlier refiner did. */
export function qualify(c: Candidate, view: SentenceView, modality: NonNullable<Candidate['modality']>, cue: Cue | null, rule: string): void {
  if (c.modality !== null) return;
  c.modality = modality;
  c.modalityCue = cue ? cueSpan(view, cue) : null;
  c.rules.push(rule);
}

export function isStatement(c: Candidate): boolean {
  return c.type !== null && c.type.startsWith('statement.');
}
