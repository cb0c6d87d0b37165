import type { AnnotationInput } from '../../core/layers.js';
import type { MessageInput } from '../../core/message.js';
import type { Stage, StageOutput } from '../../core/stage.js';
import { lineBoilerplate, tailBoilerplate } from './boilerplate.js';
import { parseByline } from './byline.js';
import { entryHead, entrySpans, type EntryHead } from './entries.js';
import { isHeadingLike } from './heading.js';
import type { ParagraphRole } from './layers.js';
import { isSpace, splitLines, type Line } from './lines.js';
import { findMedia, type MediaFound } from './media.js';
import { findQuoteMarks } from './quote-marks.js';
import { findLineTimestamp, parsePublished, type FoundTimestamp, type PublishedDate } from './timestamp.js';
import { findTitle } from './title.js';

/**
 * The shape of a report: paragraphs and their roles, title, furniture
 * timestamps, bylines, captions with credits, live-blog entries, boilerplate
 * and quotation marks. Later stages read only what this stage calls content.
 */
export const structureStage: Stage = {
  name: 'structure',
  version: '1',
  requires: [],
  assigns: ['paragraph', 'title', 'timestamp', 'byline', 'media', 'entry', 'boilerplate', 'quote-mark'],
  run: (doc) => analyseStructure(doc.text, doc.meta.published, doc.meta.title),
};

/** What the first pass learns about each line. */
interface LineFacts {
  role: Array<ParagraphRole | null>;
  /** Where each line's content ends, before glued furniture such as "Source:AP". */
  contentEnd: number[];
  /** Whole-line furniture. */
  furniture: boolean[];
  /** Lines that may hold a caption or credit. */
  eligible: boolean[];
  stamps: Array<FoundTimestamp | null>;
  boilerplate: AnnotationInput<'boilerplate'>[];
  bylines: AnnotationInput<'byline'>[];
}

/** The detectors, combined: each line is furniture, a byline, a caption, a headline or body text. */
function analyseStructure(text: string, published: string | null, metaTitle: string | null): StageOutput {
  const messages: MessageInput[] = [];
  const pub = parsePublished(published);
  if (published !== null && pub === null) {
    messages.push({
      ruleId: 'structure/bad-published',
      reason: `publication date '${published}' is not YYYY-MM-DD: timestamps without a year keep only their time`,
    });
  }
  const lines = splitLines(text);
  const facts = readLines(text, lines, pub);
  const { role, stamps } = facts;

  const title = role[0] === null ? findTitle(text, lines[0], stamps[0]?.headEnd ?? null, metaTitle) : null;
  if (title) {
    role[0] = 'title';
    facts.eligible[0] = false;
  }
  const media = placeMedia(text, lines, facts);
  const heads = placeHeadlines(text, lines, facts);

  const timestamps: AnnotationInput<'timestamp'>[] = [];
  for (const stamp of stamps) {
    if (!stamp) continue;
    const { start, end, value, date, time, yearInferred, note } = stamp;
    timestamps.push({ start, end, attrs: { value, date, time, yearInferred } });
    if (note) messages.push(stampMessage(text, stamp, note));
  }

  const paragraphs = lines.map((l, i) => ({ start: l.start, end: l.end, attrs: { role: role[i] ?? 'body' } }));
  const content = paragraphs.map((p) => p.attrs.role !== 'boilerplate' && p.attrs.role !== 'byline');
  return {
    layers: {
      paragraph: paragraphs,
      title: title ? [{ ...title, attrs: {} }] : [],
      timestamp: timestamps,
      byline: facts.bylines,
      media: media.map(({ start, end, attrs }) => ({ start, end, attrs })),
      entry: entrySpans(heads, lines, content),
      boilerplate: facts.boilerplate,
      'quote-mark': findQuoteMarks(
        text,
        paragraphs.filter((p) => p.attrs.role !== 'boilerplate'),
      ),
    },
    messages,
  };
}

/** First pass: whole-line and glued furniture, furniture timestamps, bylines. */
function readLines(text: string, lines: readonly Line[], pub: PublishedDate | null): LineFacts {
  const facts: LineFacts = {
    role: lines.map(() => null),
    contentEnd: lines.map((l) => l.end),
    furniture: lines.map(() => false),
    eligible: lines.map(() => true),
    stamps: lines.map(() => null),
    boilerplate: [],
    bylines: [],
  };
  const asFurniture = (i: number): void => {
    facts.role[i] = 'boilerplate';
    facts.furniture[i] = true;
    facts.eligible[i] = false;
  };
  for (const [i, line] of lines.entries()) {
    const kind = lineBoilerplate(text.slice(line.start, line.end));
    if (kind) {
      asFurniture(i);
      facts.boilerplate.push({ start: line.start, end: line.end, attrs: { kind } });
      continue;
    }
    const tail = tailBoilerplate(text, line);
    if (tail) {
      facts.boilerplate.push({ start: tail.start, end: tail.end, attrs: { kind: tail.kind } });
      if (tail.start === line.start) {
        asFurniture(i);
        continue;
      }
      facts.contentEnd[i] = trimEnd(text, line.start, tail.start);
    }
    const stamp = findLineTimestamp(text, line, pub);
    facts.stamps[i] = stamp;
    // A line that is only a date cannot be a caption.
    if (stamp?.headEnd === line.start) facts.eligible[i] = false;
    // "By Associated Press January 24 at 1:44 PM": the byline is what precedes the timestamp.
    const bylineEnd = stamp?.headEnd ?? (facts.contentEnd[i] as number);
    const byline = bylineEnd > line.start ? parseByline(text.slice(line.start, bylineEnd)) : null;
    if (byline) {
      facts.role[i] = 'byline';
      facts.eligible[i] = false;
      facts.bylines.push({ start: line.start, end: bylineEnd, attrs: byline });
    }
  }
  return facts;
}

/** Captions and credits; a credit alone on its line is furniture, its caption line a caption. */
function placeMedia(text: string, lines: readonly Line[], facts: LineFacts): MediaFound[] {
  const media = findMedia(text, lines, { contentEnd: facts.contentEnd, eligible: facts.eligible, boilerplate: facts.furniture });
  const lineAt = new Map(lines.map((l, i) => [l.start, i]));
  for (const item of media) {
    facts.boilerplate.push({ start: item.furniture.start, end: item.furniture.end, attrs: { kind: 'credit' } });
    const creditLine = lineAt.get(item.furniture.start);
    if (creditLine !== undefined) facts.role[creditLine] ??= 'boilerplate';
    const captionLine = item.attrs.caption ? lineAt.get(item.attrs.caption.start) : undefined;
    if (captionLine === undefined) continue;
    facts.role[captionLine] ??= 'caption';
    markCaptionHeading(text, lines, facts.role, captionLine);
  }
  return media;
}

/** Entry heads among the title and unassigned lines; the rest become headlines or body text. */
function placeHeadlines(text: string, lines: readonly Line[], facts: LineFacts): EntryHead[] {
  const heads: EntryHead[] = [];
  for (const [i, line] of lines.entries()) {
    const role = facts.role[i];
    if (role !== null && role !== 'title') continue;
    const stamp = facts.stamps[i] ?? null;
    const head = entryHead(text, line, i, stamp);
    if (head) heads.push(head);
    if (role !== null) continue;
    const headline = (head !== null && !head.inline) || stamp !== null || isHeadingLike(text.slice(line.start, line.end));
    facts.role[i] = headline ? 'headline' : 'body';
  }
  return heads;
}

/** "An Iraqi special forces tank" over its caption, joined by one newline: a caption title, not a story headline. */
function markCaptionHeading(text: string, lines: readonly Line[], role: Array<ParagraphRole | null>, captionLine: number): void {
  const above = lines[captionLine - 1];
  if (!above || lines[captionLine]?.breaks !== 1 || role[captionLine - 1] !== null) return;
  if (isHeadingLike(text.slice(above.start, above.end))) role[captionLine - 1] = 'caption';
}

function stampMessage(text: string, stamp: FoundTimestamp, note: NonNullable<FoundTimestamp['note']>): MessageInput {
  const quote = text.slice(stamp.start, stamp.end);
  return note === 'year-unknown'
    ? {
        ruleId: 'structure/timestamp-year-unknown',
        reason: `timestamp '${quote}' gives no year and the document has no publication date: only its time (${stamp.time}) is kept`,
        start: stamp.start,
        end: stamp.end,
      }
    : {
        ruleId: 'structure/timestamp-day-month-ambiguous',
        reason: `timestamp '${quote}' reads as day/month or month/day and the document has no publication date: read as day/month`,
        start: stamp.start,
        end: stamp.end,
      };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
