import type { LayerTypes } from '../../core/layers.js';
import { findCreditAtEnd, wholeLineCredit, type CreditMatch } from './credit.js';
import type { RangeRef } from './layers.js';
import { isSpace, type Line } from './lines.js';

export interface MediaFound {
  start: number;
  end: number;
  attrs: LayerTypes['media'];
  /** The credit with its label ("Picture: AP Photo/Felipe Dana"): furniture that later stages skip. */
  furniture: RangeRef;
}

/** What the stage already knows about each line when it looks for captions. */
export interface MediaContext {
  /** Where each line's content ends, before any glued "Source:" tag. */
  contentEnd: readonly number[];
  /** Lines that can hold a caption or credit (not the title, a byline or furniture). */
  eligible: readonly boolean[];
  /** Whole-line furniture ("hide caption") that may sit between a caption and its credit. */
  boilerplate: readonly boolean[];
}

const VIDEO = /\b(?:videos?|footage|broadcast|filmed|livestream(?:ed)?|clip)\b/i;
const PHOTO_MARKER = /\b(?:pictures?|photos?|photograph)\b/i;
/** A sentence that introduces the picture or clip: "This video shows…", "In this file photo, …". */
const MEDIA_REF =
  /^(?:FILE\s*[-–—]\s*)?(?:In\s+(?:this|these|an?)\s+(?:[\w.,'’ -]{0,40}?\s)?(?:photos?|images?|pictures?|video|still|frame|screen\s?grab)\b|(?:This|The|These|A|An)\s+(?:[\w-]+\s+){0,2}?(?:videos?|footage|photos?|photographs?|pictures?|images?|clip|livestream|broadcast|still|screengrab)\b|(?:Video|Footage|Photo|Picture|Image|Pictured|Above|Below)\b)/i;
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
/** "Lt.", "Gen.", "U.S.": a full stop that does not end a sentence. */
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}\p{L}{0,2}|(?:\p{L}\.){1,3}\p{L})\.$/u;
const MAX_CAPTION_HOPS = 3;

/**
 * Photo and video captions with their credits. A credit ends a line, either
 * after the caption on the same line or alone under it; the caption is the
 * text before it, narrowed to the sentences about the picture when the line
 * also carries story text.
 */
export function findMedia(text: string, lines: readonly Line[], ctx: MediaContext): MediaFound[] {
  const found: MediaFound[] = [];
  const credited = new Set<number>();
  for (const [i, line] of lines.entries()) {
    if (!ctx.eligible[i]) continue;
    const end = ctx.contentEnd[i] ?? line.end;
    const credit = creditLine(text, line.start, end) ?? findCreditAtEnd(text, line.start, end);
    if (!credit) continue;
    credited.add(i);
    const caption =
      credit.start === line.start ? captionAbove(lines, i, ctx, credited) : captionBefore(text, line.start, credit.start);
    found.push({
      start: caption?.start ?? credit.start,
      end: credit.end,
      furniture: { start: credit.start, end: credit.end },
      attrs: {
        kind: kindOf(credit, caption ? text.slice(caption.start, caption.end) : '', text.slice(credit.creditStart, credit.creditEnd)),
        caption,
        credit: { start: credit.creditStart, end: credit.creditEnd },
        ...credit.parsed,
      },
    });
  }
  return found;
}

function creditLine(text: string, start: number, end: number): CreditMatch | null {
  const found = wholeLineCredit(text.slice(start, end));
  return found ? { start, end, creditStart: start, creditEnd: end, ...found } : null;
}

/** A credit alone on its line belongs to the caption on the line above, past any "hide caption" furniture. */
function captionAbove(lines: readonly Line[], i: number, ctx: MediaContext, credited: Set<number>): RangeRef | null {
  let j = i - 1;
  while (j >= 0 && i - j <= MAX_CAPTION_HOPS && ctx.boilerplate[j]) j--;
  const above = lines[j];
  if (!above || i - j > MAX_CAPTION_HOPS || !ctx.eligible[j] || credited.has(j)) return null;
  return { start: above.start, end: ctx.contentEnd[j] ?? above.end };
}

/**
 * The caption ending where the credit starts. A line with several sentences
 * may be story text with a caption at its end: the caption then starts at the
 * last sentence that introduces the picture, or is the last sentence.
 */
function captionBefore(text: string, lineStart: number, creditStart: number): RangeRef | null {
  let end = creditStart;
  while (end > lineStart && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === lineStart) return null;
  const s = text.slice(lineStart, end);
  const starts = sentenceStarts(s);
  let from = starts.length <= 2 ? 0 : (starts.at(-1) ?? 0);
  for (let k = starts.length - 1; k >= 0; k--) {
    const at = starts[k] ?? 0;
    if (MEDIA_REF.test(s.slice(at, at + 80))) {
      from = at;
      break;
    }
  }
  return { start: lineStart + from, end };
}

function sentenceStarts(s: string): number[] {
  const starts = [0];
  for (const m of s.matchAll(SENTENCE_BREAK)) {
    if (ABBREVIATION.test(s.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

function kindOf(credit: CreditMatch, caption: string, creditText: string): 'photo' | 'video' | 'image' {
  const marker = credit.marker ?? '';
  if (/\b(?:video|footage)/.test(marker)) return 'video';
  if (VIDEO.test(caption) || VIDEO.test(creditText) || credit.parsed.origin === 'YouTube') return 'video';
  if (credit.marker === null || PHOTO_MARKER.test(marker) || PHOTO_MARKER.test(creditText)) return 'photo';
  return 'image';
}
