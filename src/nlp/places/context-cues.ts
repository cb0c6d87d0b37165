/**
 * Names the gazetteer does not know, found by the words around them: "the
 * village of X", "X district", "X, Louisiana", "near X", "in X". Each cue
 * needs a capitalised run that is not a person, an actor, a date or a common
 * word; the weakest ("in X") also needs every word of the run tagged as a
 * proper noun.
 */
import type { Annotation } from '../../core/layers.js';
import type { PlaceCue } from './layers.js';
import { relativeBefore } from './relations.js';
import { descriptorAfter, descriptorBeforeOf, type NameMatch } from './scan-names.js';
import { COMMON_WORD_SET, NEVER_ALONE_WORDS, TITLES } from './vocabulary.js';
import type { SentenceWords, Word } from './words.js';

export interface CuedName extends NameMatch {
  cue: PlaceCue;
}

export interface CueContext {
  text: string;
  sentence: SentenceWords;
  blocked: (w: Word) => boolean;
  /** Word indices already inside a gazetteer mention. */
  covered: (index: number) => boolean;
  /** Whether a gazetteer mention of a country or first-level region starts at this word. */
  regionAt: (index: number) => boolean;
  isDemonym: (lower: string) => boolean;
  surnames: ReadonlySet<string>;
  distances: readonly Annotation<'quantity'>[];
}

const MAX_RUN = 4;
const RUN_CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'du', 'la']);
const PREPOSITIONS = new Set(['in', 'at']);

export function cuedNames(ctx: CueContext): CuedName[] {
  const words = ctx.sentence.words;
  const out: CuedName[] = [];
  let i = 0;
  while (i < words.length) {
    const run = capitalRun(ctx, i);
    if (run === null) {
      i++;
      continue;
    }
    const found = cueFor(ctx, run.first, run.last);
    if (found !== null) out.push(found);
    i = run.last + 1;
  }
  return out;
}

function usable(ctx: CueContext, w: Word): boolean {
  return w.cap && !w.punct && !ctx.blocked(w) && !ctx.covered(w.index) && !TITLES.has(w.lower);
}

function capitalRun(ctx: CueContext, from: number): { first: number; last: number } | null {
  const words = ctx.sentence.words;
  const head = words[from];
  if (head === undefined || !usable(ctx, head)) return null;
  let last = from;
  for (let j = from + 1; j < words.length && j - from < MAX_RUN + 1; j++) {
    const w = words[j] as Word;
    if (usable(ctx, w)) last = j;
    else if (!(RUN_CONNECTORS.has(w.lower) && words[j + 1] !== undefined && usable(ctx, words[j + 1] as Word))) break;
  }
  if (last - from >= MAX_RUN) return null;
  // "Laurel County": the descriptor closes the run rather than belonging to the name.
  if (last > from && descriptorAfter(words, last) !== null) last--;
  return { first: from, last };
}

function cueFor(ctx: CueContext, first: number, last: number): CuedName | null {
  const { text, sentence } = ctx;
  const words = sentence.words;
  const head = words[first] as Word;
  const tail = words[last] as Word;
  const lower = head.lower;
  if (first === last && (NEVER_ALONE_WORDS.has(lower) || COMMON_WORD_SET.has(lower) || ctx.isDemonym(lower) || ctx.surnames.has(lower))) return null;
  if (first === 0 && first === last) return null;
  const name = text.slice(head.start, tail.end);
  const base = { first, last, start: head.start, end: tail.end, name, candidates: [], anchored: false };
  const after = descriptorAfter(words, last + 1);
  if (after !== null && (after.type !== 'facility' || words.slice(first, last + 1).every((w) => w.pos === 'PROPN'))) {
    return { ...base, end: (words[after.last] as Word).end, type: after.type, cue: 'descriptor' };
  }
  const before = descriptorBeforeOf(words, first);
  if (before !== null) return { ...base, type: before.type, cue: 'of-descriptor' };
  if (sentence.titleCase) return null;
  if (words[last + 1]?.text === ',' && ctx.regionAt(last + 2)) return { ...base, type: null, cue: 'comma-container' };
  const allProper = words.slice(first, last + 1).every((w) => w.pos === 'PROPN' || RUN_CONNECTORS.has(w.lower));
  if (!allProper) return null;
  if (relativeBefore(text, sentence.start, base, ctx.distances) !== null) return { ...base, type: null, cue: 'relative' };
  const prev = words[first - 1];
  const next = words[last + 1];
  const closes = next === undefined || next.punct || !next.cap;
  if (prev !== undefined && PREPOSITIONS.has(prev.lower) && closes && !/^['’]s$/.test(next?.text ?? '')) {
    return { ...base, type: null, cue: 'preposition' };
  }
  return null;
}
