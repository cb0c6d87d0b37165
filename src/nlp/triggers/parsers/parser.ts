/**
 * Chrono-style parsers: each turns the lexicon matches of one kind of entry
 * in a sentence into candidates; the refiners then read frames, drop, merge
 * and qualify. The lexicon is matched once per sentence (`matchLexicon`) and
 * the parsers share the result.
 */
import type { Candidate } from '../candidate.js';
import type { IndexedPattern, Lexicon, TriggerEntry, TriggerPos } from '../lexicon.js';
import { matchPattern, type PatternMatch } from '../pattern.js';
import type { SentenceView, ViewToken } from '../sentence-view.js';

export interface LexiconMatch extends PatternMatch {
  readonly entry: TriggerEntry;
  readonly first: number;
}

export interface TriggerParser {
  readonly name: string;
  parse(view: SentenceView, matches: readonly LexiconMatch[]): Candidate[];
}

/** Every match of every entry in the sentence: the longest per entry and start. */
export function matchLexicon(view: SentenceView, lexicon: Lexicon): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const from = matches.length;
    addMatches(matches, from, lexicon.byFirst.get(t.norm), tokens, i);
    if (t.surface !== t.norm) addMatches(matches, from, lexicon.byFirstExact.get(t.surface), tokens, i);
  }
  return matches;
}

function addMatches(matches: LexiconMatch[], from: number, list: readonly IndexedPattern[] | undefined, tokens: readonly ViewToken[], i: number): void {
  if (!list) return;
  for (const { entry, pattern } of list) {
    const m = matchPattern(pattern, tokens, i);
    if (!m) continue;
    let same = -1;
    for (let k = from; k < matches.length; k++) if (matches[k]!.entry === entry) same = k;
    if (same < 0) matches.push({ ...m, entry, first: i });
    else if (m.end > matches[same]!.end) matches[same] = { ...m, entry, first: i };
  }
}

export function ofPos(matches: readonly LexiconMatch[], pos: TriggerPos): LexiconMatch[] {
  return matches.filter((m) => m.entry.pos === pos);
}

/** True when an entry of `pos` matches exactly the tokens [first, end): the word has a rival reading. */
export function rivalAt(matches: readonly LexiconMatch[], pos: TriggerPos, first: number, end: number): boolean {
  return matches.some((m) => m.entry.pos === pos && m.first === first && m.end === end);
}
