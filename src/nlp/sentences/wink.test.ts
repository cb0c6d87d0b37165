import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from './wink.js';

describe('wink analysis', () => {
  it('gives token values, parts of speech and sentence token ranges', () => {
    const result = analyse('Rebels shelled Idlib. Dozens fled.');
    assert.deepEqual(result, {
      values: ['Rebels', 'shelled', 'Idlib', '.', 'Dozens', 'fled', '.'],
      pos: ['PROPN', 'VERB', 'PROPN', 'PUNCT', 'PROPN', 'VERB', 'PUNCT'],
      sentences: [
        [0, 3],
        [4, 6],
      ],
    });
  });

  it('reads a text the same way whatever it read before', () => {
    const text = "Saturday's vote in Mosul's east was delayed.";
    const before = analyse(text);
    // Read alone, wink would remember "Saturday's" and "Mosul's" as words from these.
    analyse("It happened on Saturday's.");
    analyse("In Mosul's, yes.");
    assert.deepEqual(analyse(text), before);
    assert.deepEqual(before.values, ['Saturday', "'s", 'vote', 'in', 'Mosul', "'s", 'east', 'was', 'delayed', '.']);
  });
});
