import { surface, type Piece } from '../piece.js';

/** Parts of speech that open sentences but rarely continue a name. */
const STARTER_POS = new Set(['DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'VERB', 'PART', 'INTJ']);
const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;

export type NextWord = 'lower' | 'digit' | 'name' | 'starter' | 'other';

/**
 * How the token at `i` reads as the first word after a possible boundary:
 * lower case or a number continue a sentence; a capitalised determiner,
 * pronoun, adverb, verb, … usually starts one; other capitalised words are
 * names or name parts.
 */
export function nextWord(piece: Piece, i: number): NextWord {
  const token = piece.tokens[i];
  if (token === undefined) return 'other';
  const value = surface(piece, i);
  if (LOWER.test(value)) return 'lower';
  if (DIGIT.test(value)) return 'digit';
  if (UPPER.test(value)) return STARTER_POS.has(token.pos) ? 'starter' : 'name';
  return 'other';
}
