/**
 * A small noun-phrase chunker over Universal POS tags: enough to find the
 * head of a subject or object ("Islamic State militants", "six districts of
 * eastern Mosul", "50 of its own militants") without a parser.
 */
import type { ViewToken } from './sentence-view.js';

export interface Phrase {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly head: number;
}

const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const PREFIXES = [
  ['at', 'least'],
  ['more', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['some'],
  ['about'],
  ['around'],
  ['nearly'],
  ['almost'],
  ['over'],
  ['roughly'],
  ['approximately'],
  ['another'],
];
const QUANTITY_HEADS = new Set(['some', 'many', 'most', 'all', 'several', 'none', 'dozens', 'hundreds', 'thousands', 'scores', 'each', 'both', 'one', 'two', 'three', 'four', 'five', 'part', 'parts', 'rest', 'majority']);
const PP_HEADS = new Set(['in', 'at', 'near', 'on', 'from', 'of', 'inside', 'outside', 'across', 'around', 'between', 'by', 'with']);

export function isPossessive(t: ViewToken | undefined): boolean {
  return t !== undefined && (POSSESSIVE.has(t.norm) || t.norm === "'s" || t.norm === "'");
}

function isAcronym(t: ViewToken): boolean {
  return /^[A-Z][A-Z.]+s?$/.test(t.surface);
}

/** Words that can stand inside a noun phrase. */
export function isNominal(t: ViewToken | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  return t.joined || isAcronym(t) || (t.pos === 'PART' && (t.norm === "'s" || t.norm === "'"));
}

function canHead(t: ViewToken): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'PRON' || isAcronym(t) || t.joined;
}

function skipPrefix(tokens: readonly ViewToken[], i: number): number {
  for (const prefix of PREFIXES) {
    if (prefix.every((w, j) => tokens[i + j]?.norm === w) && isNominal(tokens[i + prefix.length])) return i + prefix.length;
  }
  return i;
}

/** The noun phrase starting at `i` (after a quantity prefix such as "at least"), or null. */
export function phraseAfter(tokens: readonly ViewToken[], i: number, limit = tokens.length): Phrase | null {
  let j = i;
  while (j < limit && tokens[j]?.pos === 'ADV' && j - i < 2 && !POSSESSIVE.has(tokens[j]!.norm)) j++;
  if (!isNominal(tokens[j]) && tokens[j]?.pos !== 'DET' && tokens[j]?.pos !== 'PRON') j = i;
  j = skipPrefix(tokens, j);
  const start = j;
  const first = tokens[j];
  if (!first) return null;
  if (first.pos === 'PRON' && !POSSESSIVE.has(first.norm)) return RELATIVE.has(first.norm) ? null : { start, end: j + 1, head: j };
  if (first.pos === 'PRON' || first.pos === 'DET') j++;
  let head = -1;
  while (j < limit) {
    const t = tokens[j]!;
    const prev = tokens[j - 1];
    const next = tokens[j + 1];
    if (isNominal(t)) {
      // After a common noun, an adjective or a name starts something else ("positions early Friday").
      if (head >= 0 && tokens[head]!.pos === 'NOUN' && (t.pos === 'ADJ' || t.pos === 'PROPN') && !t.joined) break;
      if (canHead(t)) head = j;
      j++;
    } else if (t.pos === 'DET' && head < 0 && j > start) j++;
    else if (t.pos === 'ADV' && (next?.pos === 'ADJ' || next?.pos === 'VERB') && head < 0) j++;
    else if (t.pos === 'VERB' && /(ed|en)$/.test(t.norm) && isNominal(next) && (head < 0 || prev?.pos === 'ADJ')) j++;
    else if ((t.pos === 'CCONJ' || t.surface === ',') && prev?.pos === 'ADJ' && next?.pos === 'ADJ') j++;
    else break;
  }
  if (head < 0) return null;
  if (tokens[j]?.norm === 'of' && (QUANTITY_HEADS.has(tokens[head]!.norm) || tokens[head]!.pos === 'NUM')) {
    const rest = phraseAfter(tokens, j + 1, limit);
    if (rest) return { start, end: rest.end, head: rest.head };
  }
  return { start, end: j, head };
}

/** The noun phrase ending at token `j`, or null. */
function phraseBefore(tokens: readonly ViewToken[], j: number): Phrase | null {
  const last = tokens[j];
  if (!last) return null;
  if (last.pos === 'PRON' && !POSSESSIVE.has(last.norm)) return { start: j, end: j + 1, head: j };
  let k = j;
  let head = -1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (isNominal(t)) {
      if (head < 0 && canHead(t) && t.pos !== 'PART') head = k;
      k--;
    } else if ((t.pos === 'DET' || POSSESSIVE.has(t.norm)) && head >= 0) {
      k--;
      break;
    } else break;
  }
  return head < 0 ? null : { start: k + 1, end: j + 1, head };
}

const SKIP_BEFORE_VERB = new Set(['AUX', 'PART', 'ADV']);
const AUXILIARY = new Set(['have', 'has', 'had', 'be', 'been', 'being', 'to']);
/** "are estimated to have been killed": the subject sits before these. */
const RAISING = new Set(['estimated', 'believed', 'said', 'reported', 'thought', 'feared', 'known', 'understood', 'expected', 'presumed', 'alleged', 'confirmed', 'likely']);

/**
 * The subject of a verb starting at token `i`: back over auxiliaries, adverbs
 * and raising verbs, through a relative pronoun to its antecedent, and from a
 * trailing place phrase to the noun it follows ("air strikes in Syria killed …").
 */
export function subjectOf(tokens: readonly ViewToken[], i: number): Phrase | null {
  let k = i - 1;
  for (;;) {
    const t = tokens[k];
    if (!t) break;
    if ((SKIP_BEFORE_VERB.has(t.pos) || AUXILIARY.has(t.norm)) && !isAcronym(t)) k--;
    else if (RAISING.has(t.norm) && tokens[k + 1]?.norm === 'to') k--;
    else break;
  }
  if (k >= 0 && isRelative(tokens[k])) {
    k--;
    if (tokens[k]?.surface === ',') k--;
    return phraseBefore(tokens, k);
  }
  let np = phraseBefore(tokens, k);
  // Back over place phrases and coordinations to the first noun: "Clashes between the army and the PKK killed …".
  for (let hops = 0; np && hops < 4; hops++) {
    const link = tokens[np.start - 1];
    const isLink = link !== undefined && ((link.pos === 'ADP' && PP_HEADS.has(link.norm)) || link.norm === 'and');
    if (!isLink) break;
    const before = phraseBefore(tokens, np.start - 2);
    if (!before) break;
    np = before;
  }
  return np;
}

/** The phrase after a word of `preps` found within `within` tokens from `from` ("by the coalition"). */
export function phraseAfterWord(tokens: readonly ViewToken[], from: number, preps: ReadonlySet<string>, within: number, limit: number): Phrase | null {
  for (let k = from; k < Math.min(limit, from + within); k++) {
    const t = tokens[k]!;
    if (preps.has(t.norm)) return phraseAfter(tokens, k + 1, limit);
    if (t.pos === 'PUNCT' && t.surface !== ',') return null;
  }
  return null;
}

/** "who", "which", "whom", and "that" when tagged as a pronoun rather than a conjunction ("denied that …"). */
export function isRelative(t: ViewToken | undefined): boolean {
  return t !== undefined && RELATIVE.has(t.norm) && (t.norm !== 'that' || t.pos === 'PRON' || t.pos === 'DET');
}
