/**
 * Sentence words for name scanning. The tokenizer splits "al-Zahra" into
 * "al", "-", "Zahra"; a place name is read over whole written words, so
 * tokens glued by a hyphen are joined back ("al-Zahra", "Winston-Salem",
 * "State-held"). Punctuation tokens are kept as breaks: a name never spans
 * a comma.
 */
import type { Annotation } from '../../core/layers.js';
import '../sentences/layers.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, typographic apostrophes made straight. */
  lower: string;
  /** Part of speech of the word's last token (the head of "al-Zahra"). */
  pos: string;
  /** Starts with a capital letter, after an Arabic article ("al-Zahra" is capitalised). */
  cap: boolean;
  /** Written in capitals throughout (two letters or more). */
  upper: boolean;
  /** A punctuation mark: names and cues do not reach across it. */
  punct: boolean;
  /** Index of the word in its sentence. */
  index: number;
  /** The capitalised pieces of a hyphen compound ("Iran" of "Iran-allied", both of "U.S.-Mexico"); empty otherwise. */
  parts: { start: number; end: number; text: string }[];
}

export interface SentenceWords {
  start: number;
  end: number;
  words: Word[];
  /** Capitals carry no information here: a headline in title case or capitals. */
  titleCase: boolean;
}

const LETTER = /\p{L}/u;
const UPPER_START = /^(?:(?:al|el|ad|ar|as|an|at|az|ash|ath|adh|ul)-)?[\p{Lu}]/u;
const HAS_LOWER = /\p{Ll}/u;
/** Hyphen compounds with a lower-case tail are adjectives: "US-led", "State-held", "Aleppo-based". */
const LOWER_TAIL = /-\p{Ll}+$/u;

/** Groups the token layer by sentence and joins hyphen-glued tokens into words. */
export function sentenceWords(
  text: string,
  sentences: readonly Annotation<'sentence'>[],
  tokens: readonly Annotation<'token'>[],
): SentenceWords[] {
  const out: SentenceWords[] = sentences.map((s) => ({ start: s.start, end: s.end, words: [], titleCase: false }));
  // The word being built, as plain variables: one object per token would be garbage at once.
  let pending = false;
  let sentence = 0;
  let start = 0;
  let end = 0;
  let pos = '';
  const flush = (): void => {
    const target = out[sentence];
    if (target !== undefined) target.words.push(makeWord(text, start, end, pos, target.words.length));
  };
  for (const t of tokens) {
    const glued = pending && sentence === t.attrs.sentence && end === t.start;
    if (glued && (t.quote === '-' || text.charCodeAt(t.start - 1) === 45)) {
      end = t.end;
      if (t.quote !== '-') pos = t.attrs.pos;
      continue;
    }
    if (pending) flush();
    pending = true;
    sentence = t.attrs.sentence;
    start = t.start;
    end = t.end;
    pos = t.attrs.pos;
  }
  if (pending) flush();
  for (const s of out) s.titleCase = isTitleCase(s.words);
  return out;
}

function makeWord(text: string, start: number, end: number, pos: string, index: number): Word {
  // A dangling hyphen ("Mosul-" before a space) is punctuation left on the word.
  let e = end;
  while (e > start + 1 && text.charAt(e - 1) === '-') e--;
  const surface = text.slice(start, e);
  const shape = asciiShape(surface) ?? unicodeShape(surface, start);
  return { start, end: e, parts: shape.parts, text: surface, lower: shape.lower, pos, cap: shape.cap, upper: shape.upper, punct: shape.punct, index };
}

/** What a word's surface alone decides. */
type Shape = Pick<Word, 'lower' | 'cap' | 'upper' | 'punct' | 'parts'>;

/**
 * Most words are plain ASCII without a hyphen or backtick: one pass over
 * their characters decides what the Unicode regexes of `unicodeShape` would.
 * Null for any other word.
 */
function asciiShape(surface: string): Shape | null {
  let letters = 0;
  let lowers = 0;
  let digits = 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      letters++;
      lowers++;
    } else if (c >= 65 && c <= 90) letters++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c > 126 || c === 45 || c === 96) return null;
  }
  const first = surface.charCodeAt(0);
  const cap = first >= 65 && first <= 90;
  return {
    lower: lowers === surface.length ? surface : surface.toLowerCase(),
    cap,
    upper: cap && surface.length > 1 && lowers === 0,
    punct: letters === 0 && digits === 0,
    parts: NO_PARTS,
  };
}

function unicodeShape(surface: string, start: number): Shape {
  const hasLetter = LETTER.test(surface);
  const cap = hasLetter && UPPER_START.test(surface) && !LOWER_TAIL.test(surface);
  return {
    lower: surface.toLowerCase().replace(/[’‘ʼ`]/g, "'"),
    cap,
    upper: cap && surface.length > 1 && !HAS_LOWER.test(surface),
    punct: !hasLetter && !/\d/.test(surface),
    parts: hyphenParts(surface, start),
  };
}

const ARTICLE = /^(?:al|el|ad|ar|as|an|at|az|ash|ath|adh|ul)$/i;

const NO_PARTS: Word['parts'] = [];

function hyphenParts(surface: string, start: number): Word['parts'] {
  if (!surface.includes('-')) return NO_PARTS;
  const out: Word['parts'] = [];
  let at = 0;
  for (const piece of surface.split('-')) {
    if (piece !== '' && /^\p{Lu}/u.test(piece) && !(out.length === 0 && ARTICLE.test(surface.slice(0, at).replace(/-$/, '')))) {
      out.push({ start: start + at, end: start + at + piece.length, text: piece });
    }
    at += piece.length + 1;
  }
  return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'from', 'with', 'as', 'into', 'near', 'over']);

/** Most longer words capitalised: a headline, where capitals do not mark names. */
function isTitleCase(words: readonly Word[]): boolean {
  let content = 0;
  let capitalised = 0;
  for (const w of words) {
    if (w.punct || w.index === 0 || SMALL_WORDS.has(w.lower) || w.text.length < 3 || !LETTER.test(w.text)) continue;
    content++;
    if (w.cap) capitalised++;
  }
  return content >= 3 && capitalised / content >= 0.75;
}
