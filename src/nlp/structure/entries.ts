import type { AnnotationInput } from '../../core/layers.js';
import { isHeadingLike, isTitleCased, TITLE_LIMITS } from './heading.js';
import type { RangeRef } from './layers.js';
import type { Line } from './lines.js';
import type { FoundTimestamp } from './timestamp.js';

/** A line that opens a live-blog entry. */
export interface EntryHead {
  line: number;
  headline: RangeRef | null;
  timestamp: string | null;
  update: boolean;
  /**
   * The label opens a paragraph of story text ("UPDATE: The BBC is
   * reporting…"); such an entry is that paragraph alone, since nothing marks
   * where the update ends and the original story resumes.
   */
  inline: boolean;
}

/**
 * Case-sensitive on purpose: "UPDATE 2-Turkey…" is a label, "Latest-generation
 * drones…" is not. A number after UPDATE takes a dash ("UPDATE 2-"), so
 * "Updated 2:35 am" is not read as "Updated 2:".
 */
const LABEL =
  /^(?:(?:UPDATE|Update)\s+\d{1,2}\s*[-–—](?=\s*\p{Lu})|(?:UPDATE[SD]?|Update[sd]?|BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|LATEST|Latest|DEVELOPING(?: STORY)?|Developing(?: [Ss]tory)?|JUST IN|Just [Ii]n)\s*(?::|\s[-–—]\s|-(?=\p{Lu})))\s*/u;
/**
 * "ISLAMIC STATE: Iraqi Forces Advance…": a topic in capitals before a headline
 * in title case. Interview transcripts ("MINISTER: Where do you…") use the
 * same prefix before sentences, which title case tells apart.
 */
const TOPIC = /^\p{Lu}[\p{Lu}\p{N}'’&.-]*(?:\s+[\p{Lu}\p{N}][\p{Lu}\p{N}'’&.-]*){0,4}\s*:\s+\S/u;

/**
 * Whether line `index` opens an entry: an update label, a capitals topic
 * prefix on a headline, a headline ending in a timestamp, or a clock time on a
 * line of its own ("12:30 p.m.", as in running "The Latest" stories).
 */
export function entryHead(text: string, line: Line, index: number, stamp: FoundTimestamp | null): EntryHead | null {
  const s = text.slice(line.start, line.end);
  const headEnd = stamp ? stamp.headEnd : line.end;
  const heading = headEnd > line.start && isHeadingLike(text.slice(line.start, headEnd), TITLE_LIMITS);
  const timestamp = stamp?.value ?? null;
  // "Updated 14:05" or a full date on its own dates the story; only a bare clock time ("12:30 p.m.") opens an entry.
  if (stamp && headEnd === line.start) {
    return stamp.shape === 'bare' ? { line: index, headline: null, timestamp, update: false, inline: false } : null;
  }
  const label = LABEL.exec(s);
  if (label) {
    const update = /^update/i.test(label[0]);
    if (heading) return { line: index, headline: { start: line.start, end: headEnd }, timestamp, update, inline: false };
    const labelEnd = line.start + label[0].trimEnd().length;
    return { line: index, headline: { start: line.start, end: labelEnd }, timestamp, update, inline: true };
  }
  if (heading && (stamp || (TOPIC.test(s) && isTitleCased(s)))) {
    return { line: index, headline: { start: line.start, end: headEnd }, timestamp, update: false, inline: false };
  }
  return null;
}

/**
 * Each entry runs from its head to the last line of content before the next
 * head; trailing furniture and bylines are left out.
 */
export function entrySpans(
  heads: readonly EntryHead[],
  lines: readonly Line[],
  content: readonly boolean[],
): AnnotationInput<'entry'>[] {
  return heads.map((head, k) => {
    let last = head.line;
    if (!head.inline) {
      last = (heads[k + 1]?.line ?? lines.length) - 1;
      while (last > head.line && !content[last]) last--;
    }
    const first = lines[head.line] as Line;
    const end = (lines[last] as Line).end;
    return {
      start: first.start,
      end,
      attrs: { headline: head.headline, timestamp: head.timestamp, update: head.update },
    };
  });
}
