import type { BoilerplateKind } from './layers.js';
import type { Line } from './lines.js';

export interface BoilerplateHit {
  start: number;
  end: number;
  kind: BoilerplateKind;
}

const SOURCE_LINE = /^sources?(?:\s*:\s*[^\n]{0,60}[^.\n]|\s+link)?$/i;
const ALSO_READ =
  /^(?:(?:also\s+read|read\s+also|read\s+more|see\s+also|more\s+reading|must\s+read|don['’]t\s+miss)(?:\s*(?::|>>?|»|…)\s*.{0,200}|\s+\S.{0,150})?|also\s*(?::|>>?|»)?(?:\s*:\s*.{1,200})?)$/i;
const RELATED =
  /^related(?:\s+(?:articles?|coverage|content|stories|story|links?|news|videos?|topics?|reading))?\s*(?:(?::|>>?|»)\s*.{0,200})?$/i;
const SHARE = new RegExp(
  '^(?:' +
    [
      'share(?:\\s+(?:this(?:\\s+(?:article|story|post|page|video))?|on\\s+\\w+|via\\s+\\w+|the\\s+story))?',
      'tweet(?:\\s+this)?',
      'email(?:\\s+this)?',
      'print(?:\\s+this)?',
      '(?:like|follow|find|join)\\s+us\\s+on\\s+.{1,80}',
      'follow\\s+(?:me|him|her|them|@\\w+)\\b.{0,100}',
      'follow\\s+\\p{Lu}[\\p{L}.\'’-]*(?:\\s+\\p{Lu}[\\p{L}.\'’-]*){0,3}\\s+on\\s+(?:twitter|facebook|instagram)\\b.{0,60}',
      'sign\\s+up\\s+(?:for|to)\\b.{0,120}',
      'subscribe\\b.{0,120}',
      'see\\s+more\\s+of\\s+our\\s+.{0,100}',
    ].join('|') +
    ')$',
  'iu',
);
/** Promotion labels in capitals before a link to another story: "RECOMMENDED: …", "PHOTOS: …". */
const PROMO_RELATED = /^(?:RECOMMENDED|MORE|PHOTOS|GALLERY|WATCH|LISTEN|TOP STORIES)\s*:\s*\S.{0,160}$/;
const PROMO_SHARE = /^(?:NEWSLETTER|APP|SIGN UP|SUBSCRIBE|FOLLOW US)\s*:\s*\S.{0,160}$/;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball\s+rights\s+reserved\b|^this\s+material\s+may\s+not\s+be\s+published/i;
/** The sentence holding "click here" to the end of the line: "For a graphic on …, click here tmsnrt.rs/…". */
const CLICK_HERE_TAIL = /(?:^|(?<=[.!?]["”’)]?\s+))[^.!?\n]*?\bclick\s+here\b[^\n]{0,150}$/i;
const OTHER = new RegExp(
  '^(?:' +
    [
      'continue\\s+reading(?:\\s+the\\s+main\\s+story)?',
      'story\\s+highlights',
      'advertisement',
      'sponsored(?:\\s+content)?',
      'hide\\s+caption',
      'toggle\\s+caption',
      'story\\s+continued\\s+below',
      '(?:go\\s+back\\s+to\\s+top|skip\\s+(?:to|article\\s+header))\\b.{0,80}',
      'autoplay',
      'show\\s+(?:thumbnails|captions)',
      '(?:last\\s+slide)?\\s*next\\s+slide',
      'previous\\s+slide',
      '(?:image|photo|video|caption|credits?)\\s*:?',
      'enlarge\\s+this\\s+image',
      'watch(?:\\s+video)?',
      'more\\s*(?:…|\\.{3})',
      '(?:view\\s+)?comments?',
      'this\\s+(?:story|article)\\s+has\\s+been\\s+updated\\.?',
      'need\\s+an\\s+account\\?.{0,40}',
      'already\\s+a\\s+(?:member|subscriber)\\?.{0,60}',
      'slide\\s*:?\\s*\\d+\\s*\\/\\s*(?:of\\s*)?\\d+\\s*\\.?',
      '[_\\-—–*=~•·|#]{1,}',
    ].join('|') +
    ')$',
  'i',
);
/** "…Felipe DanaSource:AP": a source tag glued to the end of a caption. */
const SOURCE_TAIL = /(?<=[\p{L}\p{N}.)\s])Source\s*:\s*\p{Lu}[\p{L}\p{N}&'’ -]{0,40}$/u;
const MAX_LINE = 400;
const TAIL = 60;
const CLICK_TAIL = 300;

/** The kind of furniture a whole line is, or null for a line of content. */
export function lineBoilerplate(s: string): BoilerplateKind | null {
  if (s.length > MAX_LINE) return null;
  if (SOURCE_LINE.test(s)) return 'source-line';
  if (COPYRIGHT.test(s)) return 'copyright';
  if (s.length <= 200 && ALSO_READ.test(s)) return 'also-read';
  if (s.length <= 200 && (RELATED.test(s) || PROMO_RELATED.test(s))) return 'related';
  if (PROMO_SHARE.test(s)) return 'share';
  if (s.length <= 200 && SHARE.test(s)) return 'share';
  if (s.length <= 120 && OTHER.test(s)) return 'other';
  return null;
}

/**
 * Furniture at the end of a line of content: a glued source tag, or a
 * "click here" sentence after the story's own sentences. Its words stay out of
 * the content; a hit that starts the line makes the whole line furniture.
 */
export function tailBoilerplate(text: string, line: Line): BoilerplateHit | null {
  const from = Math.max(line.start, line.end - TAIL);
  const source = SOURCE_TAIL.exec(text.slice(from, line.end));
  if (source && from + source.index > line.start && source[0].trim().split(/\s+/).length <= 6) {
    return { start: from + source.index, end: line.end, kind: 'source-line' };
  }
  const clickFrom = Math.max(line.start, line.end - CLICK_TAIL);
  const click = CLICK_HERE_TAIL.exec(text.slice(clickFrom, line.end));
  if (!click || (click.index === 0 && clickFrom > line.start)) return null;
  return { start: clickFrom + click.index, end: line.end, kind: 'other' };
}
