import { surface, type Piece, type Refiner } from '../piece.js';
import { nextWord } from './next-word.js';

const CLOSING_MARK = /[”»]$/;
const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'added', 'adds', 'asked', 'asks', 'explained', 'explains', 'wrote', 'writes', 'tweeted',
  'replied', 'recalled', 'noted', 'insisted', 'declared', 'warned', 'stated', 'continued', 'concluded', 'argued',
  'claimed', 'admitted', 'acknowledged', 'remarked', 'responded', 'answered', 'shouted', 'cried', 'whispered',
]);
const CAPITALISED = /^\p{Lu}/u;
const FINAL = /^[.!]$/;

/** A sentence that is only a speaker and a speech verb: "Sanders said.", "Col. Dorrian added." */
function bareAttribution(piece: Piece, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 5 && CAPITALISED.test(surface(piece, i))) i++;
  if (i === from || i >= to || !SPEECH_VERBS.has(surface(piece, i))) return false;
  return i + 1 === to || (i + 2 === to && FINAL.test(surface(piece, i + 1)));
}

/**
 * Joins a quotation to its attribution when wink split them:
 * "“Where are they?” asked the officer.", "“We will win.” he said." and
 * "“Why now?” Malik said." stay one sentence, as does "Sen. Jeff Flake
 * (R-Ariz.) said …". Otherwise a capitalised word after a closing mark starts a
 * new sentence: "“We won.” Police said the toll had risen."
 */
export const refineQuoteTails: Refiner = (piece, starts) => {
  const closes = new Set(piece.enclosures.map((e) => e.close));
  const closesEnclosure = (i: number): boolean => {
    const token = piece.tokens[i];
    if (token === undefined) return false;
    for (let at = token.start; at < token.end; at++) if (closes.has(at)) return true;
    // ” and » close a quotation even when it opened in an earlier paragraph.
    return CLOSING_MARK.test(surface(piece, i));
  };
  return starts.filter((b, k) => {
    if (k === 0 || !closesEnclosure(b - 1)) return true;
    return !(nextWord(piece, b) === 'lower' || bareAttribution(piece, b, starts[k + 1] ?? piece.tokens.length));
  });
};
