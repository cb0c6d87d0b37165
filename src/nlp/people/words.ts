/**
 * Words over the token layer: wink splits "al-Abadi" into three tokens and
 * "Maj." into two, but names and titles are read word by word.
 */
import type { Annotation } from '../../core/layers.js';
import { titleKey } from './lexicon.js';
import '../sentences/layers.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Title-lexicon key: lower case, no dots ("Lt." → "lt"). */
  key: string;
  /** Part of speech of the last token ("al-Abadi" is PROPN, "U.S.-led" VERB). */
  pos: string;
  /** Index into the sentence layer. */
  sentence: number;
  /** Starts with a capital letter, after an Arabic article ("al-Abadi", "Al-Awqati"). */
  cap: boolean;
  /** Two or more letters, all capitals ("ISIS", "UPDATE"). */
  allCaps: boolean;
  /** True for the first word of its sentence. */
  first: boolean;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ez|an)[-‐‑]/iu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

type Token = Annotation<'token'>;

/** Groups tokens into words: hyphenated parts join, and a dot glued to a word inside a sentence is an abbreviation's. */
export function buildWords(text: string, tokens: readonly Token[]): Word[] {
  // Indexed loops into a preallocated array: this runs on every token of every document.
  const words = new Array<Word>(tokens.length);
  let count = 0;
  let sentence = -1;
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    const attrs = first.attrs;
    let last = i;
    let posFrom = i;
    const after = tokens[i + 1];
    if (after !== undefined && after.start === first.end) {
      for (let j = i + 1; j < tokens.length; ) {
        const t = tokens[j]!;
        if (t.start !== tokens[last]!.end || t.attrs.sentence !== attrs.sentence || !isWordy(tokens[last]!.quote)) break;
        const next = tokens[j + 1];
        const glued = next !== undefined && next.attrs.sentence === t.attrs.sentence;
        if (HYPHENS.has(t.quote) && glued && next.start === t.end) {
          last = posFrom = j + 1;
          j += 2;
        } else {
          if (t.quote === '.' && glued && next.start > t.end) last = j;
          break;
        }
      }
    }
    const single = last === i;
    const end = single ? first.end : tokens[last]!.end;
    const surface = single ? first.quote : text.slice(first.start, end);
    const cap = isCapitalised(surface);
    words[count++] = {
      start: first.start,
      end,
      text: surface,
      key: single ? keyOfNorm(attrs.norm) : titleKey(surface),
      pos: single ? attrs.pos : tokens[posFrom]!.attrs.pos,
      sentence: attrs.sentence,
      cap,
      allCaps: cap && isAllCaps(surface),
      first: attrs.sentence !== sentence,
    };
    sentence = attrs.sentence;
    i = last + 1;
  }
  words.length = count;
  return words;
}

function keyOfNorm(norm: string): string {
  return norm.includes('.') ? norm.replace(/\./g, '') : norm;
}

function isWordy(s: string): boolean {
  const ch = s.charAt(s.length - 1);
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** Starts with a capital, after an Arabic article ("al-Abadi"); ASCII first, as this runs on every word. */
function isCapitalised(word: string): boolean {
  const c0 = word.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) return true;
  if (c0 >= 97 && c0 <= 122) {
    const hyphen = word.indexOf('-');
    if ((c0 !== 97 && c0 !== 101) || hyphen < 2 || hyphen > 3) return false;
    const article = ARTICLE.exec(word);
    return article !== null && isUpper(word.charAt(article[0].length));
  }
  return c0 >= 128 && UPPER.test(word.charAt(0));
}

function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
    } else if (LOWER.test(ch)) return false;
    else if (UPPER.test(ch)) letters++;
  }
  return letters >= 2;
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
}
