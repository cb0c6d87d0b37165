/**
 * Chrono costs about 0.5 µs a character; most sentences hold no date. These
 * two scans accept every sentence our parsers could find something in (a
 * superset: the refiners still decide) and reject the rest cheaply.
 */
const MONTH_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b/;

const OTHER_CUES = new RegExp(
  [
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(?:yesterday|today|tonight|tomorrow|overnight|noon|midnight|midday|weekend)\b`,
    String.raw`\b(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\s+(?:ago|earlier|before)\b`,
    String.raw`\b(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|night)\b`,
    String.raw`\bthe\s+(?:past|last)\s`,
    String.raw`\b(?:in|since|during|until|till|through|throughout|before|after|from|early|mid|late)[\s-]+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d\b`,
    String.raw`\d:\d\d|\d\s*[ap]\.?m\b|o['\u2019]clock`,
    String.raw`\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}/\d{4}\b`,
  ].join('|'),
  'i',
);

export function mayContainDate(text: string): boolean {
  return MONTH_NAME.test(text) || OTHER_CUES.test(text);
}
