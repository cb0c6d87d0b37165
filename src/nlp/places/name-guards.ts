/**
 * Checks that keep gazetteer hits that are not places out: a capitalised
 * common word at a sentence start ("Reading the report…"), a surname
 * ("Boris Johnson", later "Johnson said"), a word inside a longer name
 * ("Emad Hassan", "Aleppo Media Center"), a month, a title, a demonym.
 */
import { nameKeys, normalizeName, type Candidate } from '../../geo/index.js';
import type { NameMatch } from './scan-names.js';
import { COMMON_WORD_SET, NEVER_ALONE_WORDS, SPEECH_VERBS, TITLES } from './vocabulary.js';
import type { SentenceWords, Word } from './words.js';

/** What the whole document says about its words' capitals and its people. */
export interface DocWordStats {
  /** Words written capitalised somewhere other than a sentence start or a headline. */
  readonly capsMid: ReadonlySet<string>;
  /** Words written in lower case somewhere. */
  readonly lowerSeen: ReadonlySet<string>;
  /** Last names of the people the document names. */
  readonly surnames: ReadonlySet<string>;
  /** Names written after a title ("Major General Sami al-Aridi"): never places. */
  readonly titledNames: readonly { start: number; end: number }[];
}

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'de', 'da', 'di', 'le', 'la']);
/** Words that may stand before a place name inside one capitalised run: "Northern Iraq", "Greater Damascus". */
const PLACE_QUALIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower',
  'old', 'new', 'downtown', 'rural', 'metropolitan', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'the',
]);

export function stripArticle(lower: string): string {
  return lower.replace(/^(?:al|el|ad|ar|as|an|at|az|ash)-/, '');
}

/** Capitals and surnames over the whole document; `personSpans` are people other layers found. */
export function docWordStats(sentences: readonly SentenceWords[], personSpans: readonly { start: number; end: number }[], text: string): DocWordStats {
  const capsMid = new Set<string>();
  const lowerSeen = new Set<string>();
  const surnames = new Set<string>();
  const titledNames: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const words = s.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (w.punct) {
        // "Emad Hassan, 33, a former policeman": a capitalised pair before an age is a person.
        const name = words[i - 1];
        if (w.text === ',' && name?.cap && words[i - 2]?.cap && /^\d{1,2}$/.test(words[i + 1]?.text ?? '') && words[i + 2]?.text === ',') {
          surnames.add(stripArticle(name.lower));
        }
        continue;
      }
      if (!w.cap) {
        lowerSeen.add(w.lower);
        continue;
      }
      if (!s.titleCase && !w.upper && i > 0 && !(words[i - 1] as Word).punct) capsMid.add(w.lower);
      if (!TITLES.has(w.lower)) continue;
      // "Major General Sami al-Aridi": the capitalised words after the last title are a person's name.
      let j = i + 1;
      while (j < words.length && TITLES.has((words[j] as Word).lower) && (words[j] as Word).cap) j++;
      let last = -1;
      for (let m = j; m < words.length; m++) {
        const x = words[m] as Word;
        if (x.cap && !x.punct) last = m;
        else if (!NAME_PARTICLES.has(x.lower)) break;
      }
      if (last < j) continue;
      surnames.add(stripArticle((words[last] as Word).lower));
      titledNames.push({ start: (words[j] as Word).start, end: (words[last] as Word).end });
    }
  }
  for (const p of personSpans) {
    const parts = text.slice(p.start, p.end).split(/\s+/);
    const tail = parts[parts.length - 1];
    if (parts.length > 1 && tail !== undefined) surnames.add(stripArticle(tail.toLowerCase().replace(/[’']s$/, '')));
  }
  return { capsMid, lowerSeen, surnames, titledNames };
}

/**
 * Whether a well-known place bears this very name (not as one of its
 * alternate names: "Rival" is an old name of Tallinn): a country, a region,
 * a capital, a large city, or a curated place.
 */
export function prominent(candidates: readonly Candidate[], name: string): boolean {
  const key = normalizeName(name);
  return candidates.some((c) => isProminent(c) && ownKeys(c).has(key));
}

const OWN_KEYS = new WeakMap<Candidate, ReadonlySet<string>>();

function ownKeys(c: Candidate): ReadonlySet<string> {
  let keys = OWN_KEYS.get(c);
  if (keys === undefined) {
    keys = new Set([...nameKeys(c.name), ...nameKeys(c.asciiName)]);
    OWN_KEYS.set(c, keys);
  }
  return keys;
}

function isProminent(c: Candidate): boolean {
  return [c].some(
    (c) =>
      c.featureType === 'country' ||
      c.featureType === 'admin1' ||
      (c.population ?? 0) >= 100_000 ||
      c.featureCode === 'PPLC' ||
      c.featureCode === 'PPLA' ||
      c.layer === 'theatre' ||
      c.layer === 'user',
  );
}

export interface GuardContext {
  sentence: SentenceWords;
  stats: DocWordStats;
  isDemonym: (lower: string) => boolean;
}

/** Why a match is not a place, or null to keep it. */
export function rejectMatch(m: NameMatch, ctx: GuardContext): string | null {
  const words = ctx.sentence.words;
  const word = words[m.first] as Word;
  const isPart = m.start > word.start || m.end < word.end;
  // A piece of a hyphen compound is judged as a word of its own.
  const head: Word = isPart ? { ...word, text: m.name, lower: m.name.toLowerCase(), upper: m.name.length > 1 && m.name === m.name.toUpperCase() } : word;
  const single = m.first === m.last;
  const described = m.type !== null;
  const lower = stripArticle(head.lower);
  if (ctx.isDemonym(head.lower) && (single || !prominent(m.candidates, m.name))) return 'demonym';
  if (single && !described) {
    if (NEVER_ALONE_WORDS.has(lower) || TITLES.has(lower)) return 'common-word';
    if (!head.upper && !isPart && !['PROPN', 'NOUN', 'ADJ', 'X'].includes(head.pos)) return 'part-of-speech';
    if (ctx.stats.surnames.has(lower)) return 'surname';
    const next = words[m.last + 1];
    if (next !== undefined && SPEECH_VERBS.has(next.lower) && !prominent(m.candidates, m.name)) return 'speaker';
    const atStart = m.first === 0 || (words[m.first - 1] as Word).punct;
    if (atStart || ctx.sentence.titleCase) {
      if (COMMON_WORD_SET.has(lower)) return 'common-word';
      const seenMid = ctx.stats.capsMid.has(head.lower);
      if (!seenMid && (ctx.stats.lowerSeen.has(head.lower) || !prominent(m.candidates, m.name))) return 'unsure-capital';
    }
  }
  if (isPart) return null;
  const prev = words[m.first - 1];
  if (prev !== undefined && prev.cap && TITLES.has(prev.lower)) return 'person';
  if (ctx.sentence.titleCase) return null;
  if (prev !== undefined && isNamePart(prev)) {
    const p = stripArticle(prev.lower);
    if (!PLACE_QUALIFIERS.has(p) && !ctx.isDemonym(prev.lower) && !NAME_PARTICLES.has(p)) return 'inside-longer-name';
    // "Tal El Hisn": a particle joined to a capitalised word before it.
    const before = words[m.first - 2];
    if (NAME_PARTICLES.has(p) && before !== undefined && isNamePart(before)) return 'inside-longer-name';
  }
  const afterIndex = lastWordIndex(m, words) + 1;
  const after = words[afterIndex];
  if (after !== undefined && isNamePart(after) && !after.upper) {
    if (!TITLES.has(after.lower) && !PLACE_QUALIFIERS.has(after.lower)) return 'inside-longer-name';
  }
  // "the House of Commons", "Bank of England": a name that goes on past "of".
  const ofNext = words[afterIndex + 1];
  if (after?.lower === 'of' && m.type === null && ofNext !== undefined && isNamePart(ofNext)) return 'inside-longer-name';
  return null;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/** A capitalised word that can belong to a name (not "In", "The", "From" at a sentence start). */
function isNamePart(w: Word): boolean {
  return w.cap && !w.punct && NAME_POS.has(w.pos);
}

function lastWordIndex(m: NameMatch, words: readonly Word[]): number {
  let i = m.last;
  while (i + 1 < words.length && (words[i + 1] as Word).start < m.end) i++;
  return i;
}
