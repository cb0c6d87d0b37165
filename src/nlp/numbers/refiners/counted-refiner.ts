/**
 * Finds what a number counts: the noun phrase right after it ("3000-5000
 * fighters", "about 1000 foreign fighters", "at least 14 people were killed"),
 * or after a partitive "of" ("dozens of civilians", "50 of its own militants").
 * Without part-of-speech tags it stops at function words and punctuation and
 * ends on a word that can head a noun phrase.
 */
import type { QuantityKind } from '../layers.js';
import type { Refiner } from '../parser.js';
import type { WordAt } from '../text-context.js';
import { looksPlural, wordsFrom } from '../text-context.js';

const COUNTING = new Set<QuantityKind>(['count', 'range', 'vague', 'age']);
const PARTITIVE = /^\s+of\s+(?:(the|its|their|his|her|our|these|those|them|us|whom|which|it)\s+)?(?:own\s+)?/i;
const PRONOUNS = new Set(['them', 'us', 'whom', 'which', 'it']);

/** Words that end a noun phrase: determiners, prepositions, conjunctions, auxiliaries, pronouns, reporting verbs. */
const STOP = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'of', 'in',
  'on', 'at', 'to', 'from', 'for', 'with', 'by', 'near', 'into', 'onto', 'across', 'around', 'after', 'before',
  'during', 'since', 'under', 'over', 'per', 'than', 'as', 'about', 'including', 'between', 'among', 'against',
  'toward', 'towards', 'inside', 'outside', 'through', 'without', 'within', 'along', 'behind', 'beyond', 'upon', 'via',
  'and', 'or', 'but', 'nor', 'while', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how', 'if', 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
  'must', 'can', 'shall', 'do', 'does', 'did', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'them', 'him', 'us', 'not',
  'no', 'also', 'still', 'each', 'all', 'both', 'so', 'too', 'very', 'only', 'just', 'said', 'says', 'say', 'told',
  'according', 'ago', 'earlier', 'later', 'last', 'next', 'less', 'fewer', 'there', 'here', 'then', 'now', 'already',
  'yet', 'even', 'again', 'away', 'out', 'up', 'down', 'off', 'back', 'percent', 'fled', 'left', 'lost', 'took', 'went',
  'came', 'fell', 'ran', 'got', 'gave', 'saw', 'held', 'hit', 'fought', 'sought', 'brought', 'made', 'won', 'began',
  'remain', 'remains', 'died', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'either', 'such', 'some', 'any', 'many', 'most', 'much', 'own', 'soon', 'today', 'yesterday', 'tomorrow',
  'recently', 'instead', 'once', 'twice', 'himself', 'herself', 'itself', 'themselves', 'ourselves', 'together', 'apiece', 'overall', 'altogether', 'respectively', 'alone', 'times',
]);
/** A phrase cannot end on these: "14 people killed", "one of the largest", "five more". */
const NOT_HEAD = /(?:ly|ed|est)$|^(?:dead|alive|missing|hurt|more|other|additional|further|new)$/i;
/** Nor on a participle after a noun ("50 militants fighting"), though "one building" is a noun phrase. */
const PARTICIPLE = /ing$/i;
/** After "of the", these are nouns: "ten of the dead", "two of the wounded". */
const NOMINAL = /^(?:dead|wounded|injured|missing|displaced|detained|accused|deceased|killed)$/i;
const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Plurals that often modify a following noun, so do not end the phrase: "police officers", "special forces soldiers". */
const NOUN_MODIFIERS = new Set(['police', 'militia', 'staff', 'crew', 'youth', 'aircraft', 'security', 'forces', 'arms', 'rights', 'goods', 'sales', 'news', 'customs']);

/**
 * The words that plausibly form the counted noun phrase: up to a stop word;
 * after a possessive the phrase starts again ("Clinton's work emails" counts
 * "work emails"); a plural noun ends it ("people reached Europe"); a
 * capitalised word after lower-case ones starts something else ("at one point
 * Chipotle employees"), and for a person's age so does a lower-case word after
 * the name ("20-year-old Brenda Ramirez thinks").
 */
function nounPhrase(words: WordAt[], singular: boolean, person: boolean): WordAt[] {
  const phrase: WordAt[] = [];
  for (const w of words) {
    const lower = w.text.toLowerCase();
    // "IS fighters", "US troops": an acronym is never the function word it spells.
    if ((STOP.has(lower) && !ACRONYM.test(w.text)) || /^\d/.test(w.text)) break;
    if (/['’]s$/.test(lower)) {
      phrase.length = 0;
      continue;
    }
    const previous = phrase[phrase.length - 1];
    const capital = CAPITAL.test(w.text);
    if (previous && capital !== CAPITAL.test(previous.text) && (capital || person)) break;
    // A participle modifies only at the front ("wounded soldiers", "heavily armed men"); later it is the verb.
    if (previous && /ed$/.test(lower) && !/ly$/.test(previous.text)) break;
    phrase.push(w);
    if (!singular && looksPlural(lower) && !NOUN_MODIFIERS.has(lower)) break;
  }
  return phrase;
}

function endsBadly(phrase: WordAt[], partitive: boolean): boolean {
  const w = phrase[phrase.length - 1]?.text ?? '';
  if (partitive && phrase.length === 1 && NOMINAL.test(w)) return false;
  return NOT_HEAD.test(w) || (phrase.length > 1 && PARTICIPLE.test(w));
}

export const countedRefiner: Refiner = (readings, { text }) => {
  for (const r of readings) {
    if (!COUNTING.has(r.kind) || r.counted) continue;
    const partitive = r.kind === 'age' ? null : PARTITIVE.exec(text.slice(r.end, r.end + 30));
    if (partitive && PRONOUNS.has((partitive[1] ?? '').toLowerCase())) continue;
    const from = r.end + (partitive ? partitive[0].length : 0);
    const phrase = nounPhrase(wordsFrom(text, from, 5), r.value === 1, r.kind === 'age');
    while (phrase.length > 0 && endsBadly(phrase, partitive !== null)) phrase.pop();
    const first = phrase[0];
    const last = phrase[phrase.length - 1];
    if (first && last) r.counted = { start: first.start, end: last.end };
  }
  return readings;
};
