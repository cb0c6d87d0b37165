/**
 * Where each frame condition looks (see WINDOW_KEYS in lexicon.ts), computed
 * from the candidate's position, reading (verb or noun) and voice. A window
 * is a set of phrase heads, tested on the word that ends there, and token
 * ranges, tested anywhere inside.
 */
import type { Candidate } from './candidate.js';
import type { WindowKey } from './lexicon.js';
import { isNominal, isPossessive, phraseAfter, phraseAfterWord, subjectOf, type Phrase } from './noun-phrases.js';
import type { SentenceView, ViewToken } from './sentence-view.js';

export interface Window {
  readonly heads: ReadonlyArray<{ head: number; from: number }>;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

const EMPTY: Window = { heads: [], ranges: [] };
const CLAUSE_STOP = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"', '?', '!', '.']);
const PERSONAL = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'who', 'which', 'that', 'this']);
const BY = new Set(['by']);
const MEANS = new Set(['with', 'using', 'by', 'from']);
const NOUN_OBJECT = new Set(['of', 'on', 'against', 'at', 'targeting', 'into', 'in', 'for', 'near', 'inside', 'upon']);
const VERB_OBJECT = new Set(['against', 'on', 'upon', 'at', 'into', 'toward', 'towards', 'with']);
/** Particles of phrasal verbs before their object ("shot down a helicopter"). */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'over']);
const SPAN = 8;
const NEAR = 10;

function clauseBefore(tokens: readonly ViewToken[], first: number): readonly [number, number] {
  let lo = first;
  while (lo > 0 && first - lo < SPAN && !CLAUSE_STOP.has(tokens[lo - 1]!.surface)) lo--;
  return [lo, first];
}

function clauseAfter(tokens: readonly ViewToken[], end: number): readonly [number, number] {
  let hi = end;
  while (hi < tokens.length && hi - end < SPAN && !CLAUSE_STOP.has(tokens[hi]!.surface)) hi++;
  return [end, hi];
}

function fromPhrase(p: Phrase | null): Window {
  return p ? { heads: [{ head: p.head, from: p.start }], ranges: [] } : EMPTY;
}

function isPersonal(tokens: readonly ViewToken[], p: Phrase | null): boolean {
  return p !== null && p.start === p.head && PERSONAL.has(tokens[p.head]!.norm);
}

/** The run of noun-phrase words right before the trigger ("Iraqi artillery, tank and machine gun"). */
function premodRange(tokens: readonly ViewToken[], first: number): readonly [number, number] {
  let lo = first;
  while (lo > 0 && first - lo < 8) {
    const t = tokens[lo - 1]!;
    const linking = (t.pos === 'CCONJ' || t.surface === ',' || t.surface === '/') && isNominal(tokens[lo - 2]);
    if (isNominal(t) || isPossessive(t) || linking || (t.pos === 'VERB' && t.joined)) lo--;
    else break;
  }
  return [lo, first];
}

function objectPhrase(tokens: readonly ViewToken[], c: Candidate, limit: number): Phrase | null {
  const gap = c.gaps.find(([a, b]) => b > a);
  if (gap) return phraseAfter(tokens, gap[0], gap[1]);
  let k = c.end;
  const coordinated = tokens[k + 1];
  if (tokens[k]?.pos === 'CCONJ' && coordinated && (coordinated.pos === 'VERB' || /(ed|ing)$/.test(coordinated.norm))) k += 2;
  if (PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k + 1] && tokens[k + 1]!.pos !== 'ADP') k++;
  const direct = phraseAfter(tokens, k, limit);
  if (direct) return direct;
  return tokens[k] && VERB_OBJECT.has(tokens[k]!.norm) ? phraseAfter(tokens, k + 1, limit) : null;
}

function agentWindow(view: SentenceView, c: Candidate, limit: number): Window {
  const tokens = view.tokens;
  if (c.nominal) {
    const by = phraseAfterWord(tokens, c.end, BY, 3, limit);
    return { heads: by ? [{ head: by.head, from: by.start }] : [], ranges: [premodRange(tokens, c.first)] };
  }
  if (c.voice === 'passive' || c.attributive) {
    const by = phraseAfterWord(tokens, c.end, BY, 3, limit);
    return by ? fromPhrase(by) : EMPTY;
  }
  const subject = subjectOf(tokens, c.first);
  if (!subject || isPersonal(tokens, subject)) return { heads: [], ranges: [clauseBefore(tokens, c.first)] };
  return fromPhrase(subject);
}

function objectWindow(view: SentenceView, c: Candidate, limit: number): Window {
  const tokens = view.tokens;
  if (c.nominal) return fromPhrase(phraseAfterWord(tokens, c.end, NOUN_OBJECT, 1, limit));
  if (c.attributive) return fromPhrase(phraseAfter(tokens, c.end, limit));
  if (c.voice === 'passive') return fromPhrase(subjectOf(tokens, c.first));
  return fromPhrase(objectPhrase(tokens, c, limit));
}

function meansWindow(view: SentenceView, c: Candidate, limit: number): Window {
  const agent = agentWindow(view, c, limit);
  const tokens = view.tokens;
  const heads = [...agent.heads];
  for (let k = c.end; k < Math.min(limit, c.end + SPAN); k++) {
    if (!MEANS.has(tokens[k]!.norm)) continue;
    const p = phraseAfter(tokens, k + 1, limit);
    if (p) heads.push({ head: p.head, from: p.start });
  }
  return { heads, ranges: agent.ranges };
}

export function windowOf(key: WindowKey, view: SentenceView, c: Candidate): Window {
  const tokens = view.tokens;
  const n = tokens.length;
  const limit = clauseAfter(tokens, c.end)[1];
  switch (key) {
    case 'agent':
      return agentWindow(view, c, limit);
    case 'object':
      return objectWindow(view, c, limit);
    case 'means':
      return meansWindow(view, c, limit);
    case 'before':
      return { heads: [], ranges: [clauseBefore(tokens, c.first)] };
    case 'after':
      return { heads: [], ranges: [clauseAfter(tokens, c.end)] };
    case 'near':
      return { heads: [], ranges: [[Math.max(0, c.first - NEAR), c.first], [c.end, Math.min(n, c.end + NEAR)]] };
    case 'sentence':
      return { heads: [], ranges: [[0, c.first], [c.end, n]] };
    case 'premod':
      return { heads: [], ranges: [premodRange(tokens, c.first)] };
    case 'prev':
      return { heads: [], ranges: [[Math.max(0, c.first - 2), c.first]] };
    case 'next':
      return { heads: [], ranges: [[c.end, Math.min(n, c.end + 2)]] };
  }
}
