/**
 * Finds gazetteer names in a sentence: at each capitalised word that can
 * open a name, the longest run of words whose key the gazetteer knows, then
 * a descriptor after it ("district", "air base") or a facility prefix before
 * it ("University of"). Most words are skipped with one Set lookup
 * (`couldStartName`); keys are built only for the runs that follow.
 */
import type { Candidate, Gazetteer } from '../../geo/index.js';
import { abbreviatedRegion } from './abbreviations.js';
import type { PlaceTypeCue } from './layers.js';
import { DESCRIPTORS_AFTER, DESCRIPTORS_BEFORE_OF, FACILITY_TYPES, NAME_CONNECTORS } from './vocabulary.js';
import type { SentenceWords, Word } from './words.js';

export interface NameMatch {
  /** Word indices of the name itself, without descriptor or prefix. */
  first: number;
  last: number;
  /** The mention's span: the name plus a descriptor after it or a facility prefix before it. */
  start: number;
  end: number;
  /** The name as written. */
  name: string;
  candidates: Candidate[];
  type: PlaceTypeCue | null;
  anchored: boolean;
}

/** Longest name tried, in words: names longer than this are rare and cost a key per extra word. */
const MAX_SPAN_WORDS = 7;

const DESCRIPTOR_WORDS = new Set(DESCRIPTORS_AFTER.flatMap(([words]) => words));

export type LookupFn = (name: string) => Candidate[];

/**
 * A `lookup` that remembers recent names (a report names its places again
 * and again) and reads abbreviated regions ("Ky.", "B.C.").
 */
export function cachedLookup(gazetteer: Gazetteer, limit = 20_000): LookupFn {
  const memo = new Map<string, Candidate[]>();
  return (name) => {
    let hit = memo.get(name);
    if (hit === undefined) {
      const region = abbreviatedRegion(name);
      hit = region === null
        ? gazetteer.lookup(name)
        : gazetteer.lookup(region.name).filter((c) => c.featureType === 'admin1' && c.country === region.country);
      if (memo.size >= limit) memo.clear();
      memo.set(name, hit);
    }
    return hit;
  };
}

/** The gazetteer tests the scanner needs, remembered by the caller. */
export interface NameTests {
  couldStart: (word: string) => boolean;
  isName: (text: string) => boolean;
  lookup: LookupFn;
}

export function scanNames(text: string, sentence: SentenceWords, k: NameTests, blocked: (w: Word) => boolean): NameMatch[] {
  const lookup = k.lookup;
  const words = sentence.words;
  const out: NameMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    if (w.lower === 'the' || blocked(w) || !(w.cap || w.parts.length > 0)) {
      i++;
      continue;
    }
    if (abbreviatedRegion(w.text) !== null) {
      out.push({ first: i, last: i, start: w.start, end: w.end, name: w.text, candidates: lookup(w.text), type: null, anchored: false });
      i++;
      continue;
    }
    if (!w.cap || !k.couldStart(w.text)) {
      out.push(...partMatches(w, k));
      i++;
      continue;
    }
    let best = -1;
    const limit = Math.min(words.length, i + MAX_SPAN_WORDS);
    for (let m = i; m < limit; m++) {
      const x = words[m] as Word;
      if (m > i && (x.punct || blocked(x))) break;
      const inner = x.cap || NAME_CONNECTORS.has(x.lower) || DESCRIPTOR_WORDS.has(x.lower);
      if (!inner) break;
      if (!x.cap && !DESCRIPTOR_WORDS.has(x.lower)) continue;
      if (k.isName(text.slice(w.start, x.end))) best = m;
    }
    if (best < 0) {
      out.push(...partMatches(w, k));
      i++;
      continue;
    }
    out.push(withContext(text, words, i, best, lookup));
    i = best + 1;
  }
  return out;
}

/** Places inside a hyphen compound that is not itself a name: "Iran-allied", "the U.S.-Mexico border". */
function partMatches(w: Word, k: NameTests): NameMatch[] {
  const out: NameMatch[] = [];
  for (const p of w.parts) {
    if (!k.isName(p.text)) continue;
    out.push({ first: w.index, last: w.index, start: p.start, end: p.end, name: p.text, candidates: k.lookup(p.text), type: null, anchored: false });
  }
  return out;
}

/** A name at words first..last, with the descriptor after it or the facility prefix before it. */
export function withContext(text: string, words: readonly Word[], first: number, last: number, lookup: LookupFn): NameMatch {
  const head = words[first] as Word;
  const tail = words[last] as Word;
  const name = text.slice(head.start, tail.end);
  const base = lookup(name);
  const after = descriptorAfter(words, last + 1);
  if (after !== null) {
    const end = (words[after.last] as Word).end;
    const described = lookup(text.slice(head.start, end));
    if (described.length > 0 && described !== base) {
      return { first, last, start: head.start, end, name, candidates: described, type: after.type, anchored: false };
    }
    const anchored = FACILITY_TYPES.has(after.type) && base.length > 0;
    return { first, last, start: head.start, end, name, candidates: anchored ? populated(base) : base, type: after.type, anchored };
  }
  const before = descriptorBeforeOf(words, first);
  if (before !== null && FACILITY_TYPES.has(before.type)) {
    const start = (words[before.first] as Word).start;
    const facility = lookup(text.slice(start, tail.end));
    if (facility.length > 0) return { first, last, start, end: tail.end, name, candidates: facility, type: before.type, anchored: false };
    return { first, last, start, end: tail.end, name, candidates: populated(base), type: before.type, anchored: base.length > 0 };
  }
  return { first, last, start: head.start, end: tail.end, name, candidates: base, type: before?.type ?? null, anchored: false };
}

const POPULATED = new Set(['city', 'town', 'village', 'neighbourhood']);

function populated(candidates: Candidate[]): Candidate[] {
  const towns = candidates.filter((c) => POPULATED.has(c.featureType));
  return towns.length > 0 ? towns : candidates;
}

/** The descriptor starting at word `at` ("air base", "district"), with its last word index. */
export function descriptorAfter(words: readonly Word[], at: number): { last: number; type: PlaceTypeCue } | null {
  for (const [seq, type] of DESCRIPTORS_AFTER) {
    let ok = true;
    for (let i = 0; i < seq.length && ok; i++) ok = words[at + i]?.lower === seq[i];
    if (ok) return { last: at + seq.length - 1, type };
  }
  return null;
}

/** Words before a descriptor that make it a description of some other place: "a suburb of Mosul", "six districts of". */
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'each', 'every', 'any', 'some', 'several', 'many', 'few', 'most', 'all', 'other', 'two', 'three', 'four', 'five', 'six']);

/**
 * "the village of X", "University of X": the descriptor two words before
 * `first`. "A suburb of Mosul" describes some other place, and a plural
 * ("the neighbourhoods of X, Y and Z") needs its article.
 */
export function descriptorBeforeOf(words: readonly Word[], first: number): { first: number; type: PlaceTypeCue } | null {
  if (words[first - 1]?.lower !== 'of') return null;
  const descriptor = words[first - 2];
  const type = DESCRIPTORS_BEFORE_OF.get(descriptor?.lower ?? '');
  if (type === undefined || descriptor === undefined) return null;
  const before = words[first - 3];
  // "the Karama neighbourhood of Mosul": the descriptor belongs to the name before it.
  if (before !== undefined && (INDEFINITE.has(before.lower) || before.pos === 'NUM' || (before.cap && before.lower !== 'the'))) return null;
  if (descriptor.lower.endsWith('s') && before?.lower !== 'the') return null;
  return { first: first - 2, type };
}
