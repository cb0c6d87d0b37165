/**
 * Live-blog furniture glues a zero-padded day to a clock time: "November 0112:32"
 * is 1 November at 12:32, "November 011:00" 1 November at 1:00. The structure
 * stage owns these (layer `timestamp`); the date parsers must not read "0112"
 * as a day or "011:00" as a time, so they are found here and skipped.
 */

export interface GluedTimestamp {
  start: number;
  end: number;
  /** 1–12. */
  month: number;
  day: number;
  /** `HH:mm`. */
  time: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const GLUED =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{2})(\d{1,2}):(\d{2})(?!\d)/gi;

/** Cheap test first: almost no sentence holds three digits before a colon. */
const GLUED_DIGITS = /\d{3}:\d/;

export function findGluedTimestamps(text: string): GluedTimestamp[] {
  const found: GluedTimestamp[] = [];
  if (!GLUED_DIGITS.test(text)) return found;
  for (const m of text.matchAll(GLUED)) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2]);
    const hour = Number(m[3]);
    const minute = Number(m[4]);
    if (day < 1 || day > 31 || hour > 23 || minute > 59) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      month,
      day,
      time: `${String(hour).padStart(2, '0')}:${m[4]}`,
    });
  }
  return found;
}
