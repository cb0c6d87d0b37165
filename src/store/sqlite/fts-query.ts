/**
 * Turns user text into an FTS5 query that means "all these words". Every word
 * becomes a quoted string, so FTS5 syntax in the input (`"`, `-`, `AND`, `NEAR`,
 * `col:`, parentheses) is searched for as text instead of breaking the query.
 * A trailing `*` is kept as a prefix search, the one operator worth offering.
 */

const CONTROL = /\p{Cc}/gu;
const WORD = /\S+/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** The MATCH expression, or null when the text holds nothing searchable (only punctuation, say). */
export function ftsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const [raw] of text.replace(CONTROL, ' ').matchAll(WORD)) {
    const word = raw.replace(/\*+$/u, '');
    if (!SEARCHABLE.test(word)) continue;
    terms.push(`"${word.replaceAll('"', '""')}"${word.length < raw.length ? '*' : ''}`);
  }
  return terms.length > 0 ? terms.join(' ') : null;
}
