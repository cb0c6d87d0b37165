/**
 * Does the clause around a date read as future? News narrates the past, so a
 * bare weekday or day-month means the last one before publication unless the
 * clause holding it says otherwise ("will", "is due to", "is expected to").
 * Text-only on purpose: it must work on any sentence without a parser.
 */

/** Punctuation and words that open a new clause; a cue beyond them belongs to another verb. */
const BOUNDARY =
  /[;:()[\]\u2014\u2013,"\u201c\u201d]|[.!?](?=\s+["\u201c]?\p{Lu})|\b(?:said|says|say|told|tells|added|adding|that|which|who|whom|whose|where|while|whereas|but|although|though|because|when|after|before|as|if|unless|since)\b/giu;

/** Words that may stand before a date at the head of a clause ("but on Monday, …"). */
const CLAUSE_HEAD =
  /^\s*(?:(?:that|which|and|but|or|when|while|as|if|because|although|though|whereas|after|before|unless|where|since|then|also|on|in|at|by|from|early|late|the|of)\s+)*$/i;

const FUTURE_CUE = new RegExp(
  [
    String.raw`\b(?:will|shall|won['\u2019]t|would)\b`,
    String.raw`\bmust\b(?!\s+have\b)|\b(?:has|have|need|needs)\s+to\b`,
    String.raw`['\u2019]ll\b`,
    String.raw`\b(?:is|are|am|['\u2019]s|['\u2019]re)\s+(?:to|due|expected|scheduled|set|slated|poised|going|planning|likely)\b`,
    String.raw`\b(?:due|slated|scheduled)\s+(?:on|in|by|for|to)\b`,
    String.raw`\b(?:plans?|intends?|aims?|hopes?)\s+to\b`,
    String.raw`\bto\s+be\s+held\b`,
    String.raw`\bupcoming\b`,
  ].join('|'),
  'gi',
);

/** Auxiliaries that turn a cue into a past statement: "was due to", "had planned to". */
const PAST_BEFORE_CUE = /\b(?:was|were|had|been)\s+(?:\w+ly\s+)?$/i;

/** A past-tense verb heading the clause after a leading date ("warned", "was", "took"). */
const PAST_VERB =
  /\b(?:was|were|had|did|said|told|took|began|fled|fought|struck|hit|left|met|rose|fell|won|lost|came|went|saw|made|gave|held|[a-z]+ed)\b/;

/** "a program launched on Monday": a past participle right before the date owns it, whatever else the clause says. */
const PARTICIPLE_BEFORE =
  /(?:^|\s)(?!(?:be|been|being|have|has|is|are|am|was|were)\s)\S+\s+(?:[a-z]+ed|took|began|fled|fought|struck|held|met|won|lost|left)\s+(?:(?:on|at|in|early|late)\s+)?$/;

export function readsAsFuture(text: string, start: number, end: number): boolean {
  const clauseStart = lastBoundary(text, start);
  const left = text.slice(clauseStart, start);
  if (PARTICIPLE_BEFORE.test(left)) return false;
  if (hasFutureCue(left)) return true;
  if (!CLAUSE_HEAD.test(left)) return false;
  let stop = nextBoundary(text, end);
  // "On Monday, troops will …": a date heading the sentence belongs to the clause after its comma.
  if (text.slice(end, stop).trim() === '' && text[stop] === ',') stop = nextBoundary(text, stop + 1);
  // The clause's own verb comes first: in "On Monday it warned growth would slow" the cue is in another clause.
  const right = text.slice(end, stop);
  const past = PAST_VERB.exec(right);
  return hasFutureCue(past ? right.slice(0, past.index) : right);
}

function hasFutureCue(clause: string): boolean {
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(clause); m; m = FUTURE_CUE.exec(clause)) {
    if (!PAST_BEFORE_CUE.test(clause.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}

/** Start of the clause ending at `pos`: just after a punctuation boundary, or at a boundary word. */
function lastBoundary(text: string, pos: number): number {
  const before = text.slice(0, pos);
  let at = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) {
    at = /\w/.test(m[0]) ? m.index : m.index + m[0].length;
  }
  return at;
}

function nextBoundary(text: string, pos: number): number {
  BOUNDARY.lastIndex = pos;
  const m = BOUNDARY.exec(text);
  return m ? m.index : text.length;
}
