/**
 * How a mention relates to its neighbours in the sentence: a relative
 * location written before it ("22km east of X", "near X", "on the eastern
 * outskirts of X"), the mention that relation locates ("Bartella, 22km east
 * of Mosul"), and the place it is said to lie in ("Geneva, Switzerland",
 * "the Karama district of Mosul"). Each regex runs on the few dozen
 * characters between two mentions, never over the document.
 */
import type { Annotation } from '../../core/layers.js';
import type { Direction } from '../numbers/layers.js';
import type { RangeRef } from '../structure/layers.js';
import type { PlaceRelative } from './layers.js';
import '../numbers/layers.js';

const DIRECTION = String.raw`north-?east|north-?west|south-?east|south-?west|north|south|east|west`;
const RELATIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?<near>near(?:by)?|close to|just outside|outside|not far from|next to|in the vicinity of)` +
    String.raw`|\b(?:(?:on|in|at|to|from)\s+)?(?:the\s+)?(?:(?<odir>${DIRECTION})(?:ern)?\s+)?(?<out>outskirts|edges?|fringes|periphery)\s+of` +
    String.raw`|\b(?:(?:in|to|from)\s+(?:the\s+)?)?(?<dir>${DIRECTION})(?:ern)?(?:\s+(?:part|parts|side))?\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$`,
  'i',
);

const ANCHOR_OF_GAP = /^\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3})?)?$/iu;
const WITHIN_GAPS: readonly RegExp[] = [
  /^\s*,\s*$/,
  /^\s+(?:in|inside)\s+(?:the\s+)?(?:(?:city|town|province|governorate|district|region|state|county)\s+of\s+)?$/i,
  /^\s*,\s*(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,4}(?:in|inside)\s+(?:the\s+)?$/iu,
];
const OF_GAP = /^\s+of\s+(?:the\s+)?$/i;
const RELATIVE_REACH = 64;
const DIRECTION_WORDS = ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'];
/** Every RELATIVE_BEFORE match ends with one of these words (then spaces and perhaps "the"), after one of the words given. */
const RELATIVE_ENDINGS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['near', null], ['nearby', null], ['outside', null],
  ['to', new Set(['close', 'next'])],
  ['from', new Set(['far'])],
  ['of', new Set([
    'outskirts', 'edge', 'edges', 'fringes', 'periphery', 'vicinity', 'part', 'parts', 'side', 'city', 'town', 'village',
    ...DIRECTION_WORDS, ...DIRECTION_WORDS.map((d) => `${d}ern`),
  ])],
]);
const SPACE = /\s/;

export function directionOf(word: string): Direction {
  const w = word.toLowerCase().replace('-', '');
  const map: Record<string, Direction> = {
    north: 'N', south: 'S', east: 'E', west: 'W', northeast: 'NE', northwest: 'NW', southeast: 'SE', southwest: 'SW',
  };
  return map[w] ?? 'N';
}

export interface MentionSpan {
  start: number;
  end: number;
}

/** The relation written before a mention, from a distance the numbers stage read or from the words before it. */
export function relativeBefore(
  text: string,
  sentenceStart: number,
  mention: MentionSpan,
  distances: readonly Annotation<'quantity'>[],
): Omit<PlaceRelative, 'anchorOf'> | null {
  for (const q of distances) {
    const a = q.attrs.anchor;
    if (a === null || a.end <= mention.start || a.start >= mention.end) continue;
    return {
      kind: 'distance',
      distanceKm: q.attrs.km,
      direction: q.attrs.direction,
      ring: q.attrs.ring,
      phrase: { start: q.start, end: trimEnd(text, q.start, mention.start) },
    };
  }
  const from = Math.max(sentenceStart, mention.start - RELATIVE_REACH);
  // The regex is tried at every offset of the window: most windows fail this word test first.
  if (!mayEndRelative(text, from, mention.start)) return null;
  const m = RELATIVE_BEFORE.exec(text.slice(from, mention.start));
  if (m === null || m.groups === undefined) return null;
  const phrase = { start: from + m.index, end: trimEnd(text, from + m.index, mention.start) };
  const { near, out, odir, dir } = m.groups;
  if (near !== undefined) return { kind: 'near', distanceKm: null, direction: null, ring: false, phrase };
  if (out !== undefined) return { kind: 'outskirts', distanceKm: null, direction: odir === undefined ? null : directionOf(odir), ring: false, phrase };
  return { kind: 'direction', distanceKm: null, direction: directionOf(dir ?? 'north'), ring: false, phrase };
}

/**
 * Whether text[from, end) ends like a RELATIVE_BEFORE match: its last two
 * words (one "the" skipped) are a pair the regex ends with. The regex's \b
 * and /i are ASCII-only, so ASCII letter runs are exactly what its words can be.
 */
function mayEndRelative(text: string, from: number, end: number): boolean {
  let last = wordBefore(text, from, end);
  if (last.word === 'the') last = wordBefore(text, from, last.start);
  const before = RELATIVE_ENDINGS.get(last.word);
  if (before === undefined) return false;
  return before === null || before.has(wordBefore(text, from, last.start).word);
}

/** The ASCII letter run before the spaces ending text[from, end), with its start; '' when no space ends it. */
function wordBefore(text: string, from: number, end: number): { word: string; start: number } {
  let e = end;
  while (e > from && SPACE.test(text.charAt(e - 1))) e--;
  if (e === end) return { word: '', start: e };
  const wordEnd = e;
  while (e > from && isAsciiLetter(text.charCodeAt(e - 1))) e--;
  return { word: text.slice(e, wordEnd).toLowerCase(), start: e };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text.charAt(e - 1))) e--;
  if (text.slice(Math.max(start, e - 3), e).toLowerCase() === 'the' && e - 3 > start) {
    e -= 3;
    while (e > start && /\s/.test(text.charAt(e - 1))) e--;
  }
  return e;
}

/** The earlier mention a relative phrase describes: "Bartella, 22km east of Mosul", "Tal El Hisn north of Aleppo". */
export function anchorOf(text: string, previous: MentionSpan | undefined, phraseStart: number): RangeRef | null {
  if (previous === undefined || previous.end > phraseStart) return null;
  return ANCHOR_OF_GAP.test(text.slice(previous.end, phraseStart)) ? { start: previous.start, end: previous.end } : null;
}

/** The following mention this one is said to lie in: "X, Y", "X in Y", "the X district of Y". */
export function withinNext(text: string, mention: MentionSpan, next: MentionSpan | undefined, described: boolean): RangeRef | null {
  if (next === undefined || next.start < mention.end || next.start - mention.end > 48) return null;
  const gap = text.slice(mention.end, next.start);
  if (WITHIN_GAPS.some((re) => re.test(gap)) || (described && OF_GAP.test(gap))) return { start: next.start, end: next.end };
  return null;
}
