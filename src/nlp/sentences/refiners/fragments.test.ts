import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Piece } from '../piece.js';
import { refineFragments } from './fragments.js';
import { segment } from '../segment.js';

describe('fragments refiner', () => {
  it('attaches a stray dash sentence to the sentence after it', () => {
    const text = 'The shelling stopped at noon. -- Then it resumed at dusk.';
    const result = segment(text, [{ start: 0, end: text.length, role: 'body' }], []);
    assert.deepEqual(
      result.sentences.map((s) => [s.start, s.end, text.slice(s.start, s.end)]),
      [
        [0, 29, 'The shelling stopped at noon.'],
        [30, 57, '-- Then it resumed at dusk.'],
      ],
    );
  });

  it('joins a punctuation-only sentence to the one before, or after when it comes first', () => {
    // Sentences "“" | "Go ." | "!" | "Now": the first and third have no word.
    const text = '“ Go . ! Now';
    const tokens = [
      { start: 0, end: 1, pos: 'PUNCT' },
      { start: 2, end: 4, pos: 'VERB' },
      { start: 5, end: 6, pos: 'PUNCT' },
      { start: 7, end: 8, pos: 'PUNCT' },
      { start: 9, end: 12, pos: 'ADV' },
    ];
    const piece: Piece = { text, tokens, enclosures: [] };
    assert.deepEqual(refineFragments(piece, [0, 1, 3, 4]), [0, 4]);
  });

  it('leaves sentences with words alone', () => {
    const text = 'Go . Now';
    const tokens = [
      { start: 0, end: 2, pos: 'VERB' },
      { start: 3, end: 4, pos: 'PUNCT' },
      { start: 5, end: 8, pos: 'ADV' },
    ];
    assert.deepEqual(refineFragments({ text, tokens, enclosures: [] }, [0, 2]), [0, 2]);
  });
});
