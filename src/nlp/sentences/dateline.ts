import { ACRONYMS, DEMONYMS, LABELS, ORGANISATION_WORDS, SHORT_PLACE_WORDS } from './dateline-lexicon.js';
import type { Token } from './piece.js';

export interface Dateline {
  start: number;
  /** End of the dateline, after its dash when it has one. */
  end: number;
  /** Where the story's own text begins. */
  contentStart: number;
  place: string;
  country: string | null;
  agency: string | null;
  /** A date written in the dateline, as written: "March 17". */
  date: string | null;
}

// Words of two or more capitals: "ST. LOUIS", "WINSTON-SALEM", but not "U.S." or "A".
const PLACE_WORD = String.raw`[A-Z]{2,}\.?(?:-[A-Z]{2,})*`;
const PLACE_WORDS = new RegExp(String.raw`^${PLACE_WORD}(?:[ /]${PLACE_WORD}){0,3}`);
const PLACE_WORD_AT = new RegExp(PLACE_WORD, 'g');
const COUNTRY_WORD = String.raw`(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]{2,}|(?:[A-Z][a-z]{0,4}\.){1,3})`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:, (?<date>${MONTH} \d{1,2}))?`;
const AGENCY = String.raw`(?:\s?\((?<agency>[A-Z][^()]{0,40})\))?`;
const DASH = String.raw`\s*(?:-\s*-|—|–|-(?=\s))\s*`;
const DASH_OR_COLON = String.raw`\s*(?:-\s*-|—|–|-(?=\s)|:(?=\s))\s*`;
const dashTail = (dash: string): RegExp =>
  new RegExp(String.raw`^(?:, (?!${MONTH} \d)(?<country>${COUNTRY_WORD}(?: ${COUNTRY_WORD}){0,2}))?${DATE}${AGENCY}${dash}(?=\S|$)`);

/** After the place: ", Iraq (Reuters) -", ", N.H. --", "—", ", March 17 -". */
const DASH_TAIL = dashTail(DASH);
/**
 * A colon ("NEW DELHI: …") is taken only in a story's first paragraph: later
 * ones use capitals and a colon for headings ("THE PLAYER: …").
 */
const DASH_OR_COLON_TAIL = dashTail(DASH_OR_COLON);

// Without a dash the country must not swallow the story's first words, so it
// is one word unless its first word usually opens a two-word name.
const TWO_WORD_COUNTRY = String.raw`(?:New|North|South|East|West|Saudi|Sri|El|Costa|Sierra|Hong|Burkina|Ivory|Puerto|Rhode|United|Papua|San|Santa|Sao|Czech|Central|Dominican) [A-Z][a-z]+`;
const DASHLESS_COUNTRY = String.raw`(?:${TWO_WORD_COUNTRY}|[A-Z][a-z]+(?:-[A-Z][a-z]+)*|(?:[A-Z][a-z]{0,4}\.){1,3}|[A-Z]{2,}(?: [A-Z]{2,})?)`;
/** A story opens with a capitalised word, a number, a quotation, or a name in capitals followed by ordinary words ("HSBC is", "LG Electronics"). */
const STORY_START = String.raw`(?:[“"‘']?(?:[A-Z][a-z]|[A-Z](?=[\s’'])|(?:[A-Z]\.){2}|\d)|(?<next>[A-Z][A-Z&]+)(?=(?:[’']s)? +(?:[A-Z][a-z]|[a-z])))`;
/** "ADEN Islamic State militants …": wire copy whose "(Reuters) -" was stripped. */
const DASHLESS_TAIL = new RegExp(
  String.raw`^(?:, (?!${MONTH} \d)(?<country>${DASHLESS_COUNTRY}))?${DATE}${AGENCY} (?=${STORY_START})`,
);

const VOWEL = /[AEIOUY]/;
const WORD_SPLIT = /[ /-]+/;
const CLOSED_CLASS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'NUM', 'PART', 'INTJ']);

/** "BAGHDAD" → "Baghdad", "SOUTH KOREA" → "South Korea"; "N.H." and "Iraq" as written. */
export function titleCase(name: string): string {
  return name.replace(/[A-Z]{2,}/g, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/** Checks any upper-case run must pass to be a place: not a label, an outlet, an acronym or unvoiced ("CNN"). */
function plausiblePlace(place: string): boolean {
  const words = place.split(WORD_SPLIT).filter((w) => w !== '');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (LABELS.has(first) || ORGANISATION_WORDS.has(last)) return false;
  if (words.length === 1 && place.length < 3) return false;
  return words.every((w) => (SHORT_PLACE_WORDS.has(w) || (w.replace('.', '').length >= 3 && VOWEL.test(w))) && !ACRONYMS.has(w));
}

/**
 * Without a dash the run must also read as a name to wink: no determiner,
 * pronoun, preposition or number ("THE Islamic State …", "ONE World Trade
 * Center …", "AFTER Monday …"), except "THE" opening a longer name ("THE
 * HAGUE"); a lone word is neither an adverb nor a demonym ("IRAQI Prime
 * Minister …"). Wink often tags capitalised places as verbs, so those pass.
 */
function plausibleWithoutDash(place: string, start: number, tokens: readonly Token[]): boolean {
  const words = place.split(WORD_SPLIT).filter((w) => w !== '');
  if (words.length === 1 && DEMONYMS.has(place)) return false;
  const end = start + place.length;
  const inside = tokens.filter((t) => t.start < end && t.end > start);
  return inside.every((t, i) => {
    if (i === 0 && t.pos === 'DET' && words.length > 1) return true;
    return !CLOSED_CLASS.has(t.pos) && !(words.length === 1 && t.pos === 'ADV');
  });
}

/** Offsets, within `head`, where the 1st, 2nd, … word of the leading upper-case run ends. */
function wordEnds(head: string): number[] {
  const run = PLACE_WORDS.exec(head)?.[0] ?? '';
  const ends: number[] = [];
  PLACE_WORD_AT.lastIndex = 0;
  for (let m = PLACE_WORD_AT.exec(run); m !== null; m = PLACE_WORD_AT.exec(run)) ends.push(m.index + m[0].length);
  return ends;
}

/**
 * Reads a dateline at `from`, the start of a body paragraph. With a dash or
 * colon ("MOSUL, Iraq —", "NEW DELHI:") it is taken in any body paragraph;
 * without one ("ADEN Islamic State …") only when `dashless` is allowed, for the
 * first paragraph of a story. `tokens` are the line's tokens, for the checks
 * of dash-less places. The longest upper-case run that makes a dateline wins.
 */
export function findDateline(text: string, from: number, to: number, tokens: readonly Token[], dashless: boolean): Dateline | null {
  const head = text.slice(from, Math.min(to, from + 160));
  const ends = wordEnds(head);
  for (const tail of dashless ? [DASH_OR_COLON_TAIL, DASHLESS_TAIL] : [DASH_TAIL]) {
    for (let n = ends.length; n >= 1; n--) {
      const placeEnd = ends[n - 1] ?? 0;
      const place = head.slice(0, placeEnd);
      const match = tail.exec(head.slice(placeEnd));
      const groups = match?.groups ?? {};
      if (!match || !plausiblePlace(place)) continue;
      if (tail === DASHLESS_TAIL) {
        if (groups.next !== undefined && ORGANISATION_WORDS.has(groups.next)) continue;
        if (!plausibleWithoutDash(place, from, tokens)) continue;
      }
      const contentStart = from + placeEnd + match[0].length;
      let end = contentStart;
      while (end > from && /\s/.test(text.charAt(end - 1))) end--;
      return {
        start: from,
        end,
        contentStart,
        place: titleCase(place),
        country: groups.country === undefined ? null : titleCase(groups.country),
        agency: groups.agency?.trim() ?? null,
        date: groups.date ?? null,
      };
    }
  }
  return null;
}
