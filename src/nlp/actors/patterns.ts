import { normalizeName } from './normalize.js';

/**
 * How one token of a name must be written in the text:
 * - exact: acronyms and other tokens with two or more capitals ("IS", "SDF",
 *   "U.S.", "LeT") so that "is", "Isis" or "Let" never match;
 * - initial: capitalised words need a capital in the text ("Guardian" but not
 *   "guardian"; all-caps headlines pass);
 * - any: lower-case words ("forces", "al") match in any case.
 */
export const CaseRule = { Any: 0, Initial: 1, Exact: 2 } as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

export interface TokenRule {
  /** Offset of the token in the normalized pattern. */
  offset: number;
  text: string;
  rule: CaseRule;
}

export interface PatternShape {
  /** Lower-cased normal form: the trie key. */
  key: string;
  /** Only tokens with a rule other than `any`. */
  rules: TokenRule[];
  tokens: number;
  /** A lone acronym that is also an English word ("IS", "US", "WHO"): not trusted inside all-caps text. */
  wordLike: boolean;
}

// Particles of Arabic, Persian and Pashto names and English function words: any case.
const PARTICLES = new Set([
  'al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'adh', 'ath', 'ul', 'ud', 'e', 'i', 'wa', 'bin', 'ibn', 'bint',
  'of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'le', 'des', 'der', 'fi', 'li', 'lil',
]);

// Acronyms that spell an English word; only these need the all-caps context rule.
const ENGLISH_WORDS = new Set([
  'is', 'us', 'it', 'as', 'at', 'an', 'am', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'me', 'my', 'no', 'of', 'on', 'or',
  'so', 'to', 'up', 'we', 'who', 'all', 'and', 'are', 'but', 'can', 'did', 'far', 'for', 'had', 'has', 'her', 'his',
  'how', 'may', 'not', 'now', 'off', 'one', 'our', 'out', 'own', 'ran', 'run', 'sea', 'see', 'she', 'the', 'too',
  'two', 'war', 'was', 'way', 'why', 'yes', 'you', 'aid', 'act', 'art', 'app', 'spa', 'tip', 'cap', 'care', 'hope',
  'free', 'help', 'home', 'just', 'live', 'more', 'rise', 'safe', 'save', 'time',
]);

const NAME_QUALIFIER = /\s*\([^)]*\)\s*$/u;

/**
 * The spellings a name is matched in: as written, without internal apostrophes
 * ("Shi'ite" → "Shiite"), with dotted acronyms closed up ("U.S." → "US"), and
 * without a non-initial "al-"/"el-" ("Jabhat al-Nusra" → "Jabhat Nusra").
 * A trailing parenthesised qualifier of a canonical name is not part of it.
 */
export function nameVariants(name: string): string[] {
  const base = normalizeName(name.replace(NAME_QUALIFIER, ''));
  if (base === '') return [];
  let variants = [base];
  for (const transform of [dropApostrophes, closeAcronyms, dropParticles]) {
    const next = new Set(variants);
    for (const v of variants) for (const t of transform(v)) next.add(t);
    variants = [...next];
  }
  return variants;
}

function dropApostrophes(v: string): string[] {
  const out = v.replace(/(?<=\p{L})'(?=\p{L})(?!s(?![\p{L}]))/gu, '').replace(/(?<=s)'(?=\s|$)/gu, '');
  return out === v ? [] : [out];
}

function closeAcronyms(v: string): string[] {
  const out = v.replace(/(?<![\p{L}.])((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  return out === v ? [] : [out];
}

function dropParticles(v: string): string[] {
  const tokens = v.split(' ');
  const keep = tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || !/^(?:al|el)$/iu.test(t));
  return keep.length === tokens.length ? [] : [keep.join(' ')];
}

/** The key and case rules of one normalized spelling. */
export function patternShape(variant: string): PatternShape {
  const rules: TokenRule[] = [];
  let offset = 0;
  const tokens = variant.split(' ');
  for (const token of tokens) {
    const rule = tokenRule(token);
    if (rule !== CaseRule.Any) rules.push({ offset, text: token, rule });
    offset += token.length + 1;
  }
  const only = rules[0];
  const wordLike =
    tokens.length === 1 && only?.rule === CaseRule.Exact && ENGLISH_WORDS.has(only.text.replace(/\./g, '').toLowerCase());
  return { key: variant.toLowerCase(), rules, tokens: tokens.length, wordLike };
}

function tokenRule(token: string): CaseRule {
  if (PARTICLES.has(token.toLowerCase())) return CaseRule.Any;
  const capitals = token.match(/\p{Lu}/gu)?.length ?? 0;
  if (capitals >= 2) return CaseRule.Exact;
  const first = token.match(/\p{L}/u)?.[0];
  return first !== undefined && first !== first.toLowerCase() ? CaseRule.Initial : CaseRule.Any;
}

/** Whether `cased` (normalized text) at `start` writes the pattern's tokens as its rules require. */
export function casesAgree(cased: string, start: number, rules: readonly TokenRule[]): boolean {
  for (const r of rules) {
    const at = start + r.offset;
    if (r.rule === CaseRule.Exact) {
      if (!cased.startsWith(r.text, at)) return false;
    } else {
      const i = firstLetter(cased, at, r.text.length);
      const ch = cased[i] ?? '';
      if (ch === ch.toLowerCase()) return false;
    }
  }
  return true;
}

function firstLetter(s: string, from: number, len: number): number {
  for (let i = from; i < from + len; i++) {
    const ch = s[i] ?? '';
    if (ch.toLowerCase() !== ch.toUpperCase()) return i;
  }
  return from;
}
