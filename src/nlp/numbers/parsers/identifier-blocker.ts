/**
 * Numbers that name rather than count: "UN Resolution 2254", "Highway 1",
 * "Article 50", "Brigade 93", "Boeing 737", "page 12", "No. 10", "S&P 500".
 * Glued forms ("F-16", "Su-24", "COVID-19", "G20") never start a quantity
 * anyway (see cleanBefore in text-context.ts).
 */
import type { NonQuantityParser } from '../parser.js';

/** Capitalised labels: only their capitalised form names something ("the route 5 km east" does not). */
const LABELS = new Set(
  (
    'Resolution Highway Route Road Article Chapter Section Paragraph Clause Amendment Brigade Division Battalion ' +
    'Regiment Corps Flight Gate Terminal Platform Building Room Level Category Grade Phase Round Season Volume Issue ' +
    'Page Line Camp Checkpoint Sector Zone Block Unit Station Channel Apollo Windows iPhone Galaxy Boeing Airbus ' +
    'Formula Proposition Title Law Decree Protocol Number Model Version Mark Type Tier Squad District Ward Exit Pier ' +
    'Hangar Fortune Top Act Rule Item Figure Table Appendix Annex Part Stage Step Hill Gulfstream Cessna Antonov Tupolev'
  ).split(' '),
);
/** Labels that name something in lower case too: "page 12", "article 50", "flight 370", "no. 10". */
const LOWER_LABELS = new Set(['page', 'pages', 'p.', 'pp.', 'paragraph', 'article', 'chapter', 'resolution', 'highway', 'flight', 'no.', 'nos.']);
/** Stock indices named by a number. */
const INDEX_BEFORE = /(?:S&P|FTSE|Nikkei|DAX|CAC|Russell|STOXX|Stoxx|ASX|Nifty|Sensex)\s?$/;

/** The word (with periods: "No.", "pp.") right before `i`, across spaces. */
function labelBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) j--;
  const end = j;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, end);
}

/** Numbers are found first (they are fewer than words) and the label before them checked. */
export const identifierBlocker: NonQuantityParser = {
  name: 'identifier',
  pattern: /\b\d+[A-Za-z]?\b/g,
  needsDigit: true,
  accept(m, text) {
    const label = labelBefore(text, m.index);
    if (LABELS.has(label)) return true;
    if (LOWER_LABELS.has(label.toLowerCase())) return true;
    return INDEX_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
  },
};
