import { compileActorMatcher, type ActorMatcher } from './compile-matcher.js';
import { compose, type Candidate, type Hit } from './compose.js';
import type { ActorDictionary } from './dictionary.js';
import type { ActorAttrs, OutletAttrs } from './layers.js';
import { charTables, normalizeText, originalRange } from './normalize.js';
import { casesAgree } from './patterns.js';

export type ActorMention =
  | { layer: 'actor'; start: number; end: number; attrs: ActorAttrs }
  | { layer: 'outlet'; start: number; end: number; attrs: OutletAttrs };

/**
 * Every actor and outlet mention in `text`, in text order, non-overlapping:
 * where candidates overlap the one starting first wins, then the longest,
 * then a name over a qualified noun over a bare noun.
 */
export function matchActors(text: string, dictionaryOrMatcher: ActorDictionary | ActorMatcher): ActorMention[] {
  const matcher = 'trie' in dictionaryOrMatcher ? dictionaryOrMatcher : compileActorMatcher(dictionaryOrMatcher);
  const norm = normalizeText(text);
  const { word } = charTables();
  const hits: Hit[] = [];
  matcher.trie.scan(norm.lower, word, (start, end, values) => {
    for (const v of values) {
      const pattern = matcher.patterns[v];
      if (!pattern || !casesAgree(norm.cased, start, pattern.rules)) continue;
      hits.push({ start, end, pattern, shouted: pattern.wordLike && inCapitals(norm.cased, start, end, word) });
    }
  });
  const original = (start: number, end: number) => {
    const [from, to] = originalRange(text, norm, start, end);
    return text.slice(from, to);
  };
  return resolve(compose(hits, norm.lower, norm.cased, matcher, original)).map((c) => {
    const [start, end] = originalRange(text, norm, c.start, c.end);
    return c.layer === 'actor' ? { layer: 'actor', start, end, attrs: c.attrs } : { layer: 'outlet', start, end, attrs: c.attrs };
  });
}

function resolve(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: Candidate[] = [];
  let reach = 0;
  for (const c of candidates) {
    if (c.start < reach) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}

/** True when the word before or after `[start, end)` on the same line is written in capitals ("WHAT IS NEXT"). */
function inCapitals(cased: string, start: number, end: number, word: Uint8Array): boolean {
  return isCapitalWord(wordBefore(cased, start, word)) || isCapitalWord(wordAfter(cased, end, word));
}

function wordBefore(s: string, at: number, word: Uint8Array): string {
  let i = at - 1;
  while (i >= 0 && word[s.charCodeAt(i)] !== 1 && s[i] !== '\n') i--;
  const end = i + 1;
  while (i >= 0 && word[s.charCodeAt(i)] === 1) i--;
  return s.slice(i + 1, end);
}

function wordAfter(s: string, at: number, word: Uint8Array): string {
  let i = at;
  while (i < s.length && word[s.charCodeAt(i)] !== 1 && s[i] !== '\n') i++;
  const start = i;
  while (i < s.length && word[s.charCodeAt(i)] === 1) i++;
  return s.slice(start, i);
}

function isCapitalWord(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}
