import { abbreviationKind, type AbbreviationKind } from '../abbreviations.js';
import { surface, type Piece, type Refiner } from '../piece.js';
import { nextWord, type NextWord } from './next-word.js';

/**
 * The abbreviation closing the sentence that ends before token `b`, written
 * without its period. Wink keeps known ones whole ("Gen.") and splits others
 * off their period ("Maj" "."), so both shapes are read.
 */
function closingAbbreviation(piece: Piece, sentenceStart: number, b: number): string | null {
  const last = surface(piece, b - 1);
  if (last.length > 1 && last.endsWith('.')) return last.slice(0, -1);
  const before = piece.tokens[b - 2];
  const dot = piece.tokens[b - 1];
  if (last === '.' && b - 2 >= sentenceStart && before !== undefined && dot !== undefined && before.end === dot.start) {
    return surface(piece, b - 2);
  }
  return null;
}

function continues(kind: AbbreviationKind | 'acronym', next: NextWord): boolean {
  switch (kind) {
    case 'title':
      return next === 'name' || next === 'starter';
    case 'month':
    case 'general':
      return next === 'lower' || next === 'digit';
    case 'numero':
      return next === 'digit';
    case 'place':
    case 'acronym':
      return next === 'lower' || next === 'digit' || next === 'name';
  }
}

/**
 * Removes boundaries after abbreviations that do not end the sentence:
 * "Maj. Gen. Ahmed", "Jan. 5", "No. 3", "the U.S. Army", "J. Smith",
 * "Apple Inc. said". A boundary stays when the next word starts a sentence
 * ("… backed by the U.S. The next day …").
 */
export const refineAbbreviations: Refiner = (piece, starts) => {
  const kept: number[] = [];
  for (const [k, b] of starts.entries()) {
    const previous = kept[kept.length - 1];
    if (k === 0 || previous === undefined) {
      kept.push(b);
      continue;
    }
    const word = closingAbbreviation(piece, previous, b);
    const kind = word === null ? null : abbreviationKind(word);
    if (kind !== null && continues(kind, nextWord(piece, b))) continue;
    kept.push(b);
  }
  return kept;
};
