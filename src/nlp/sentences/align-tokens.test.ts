import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignTokens } from './align-tokens.js';
import { analyse } from './wink.js';

function spans(text: string, values: string[]): { tokens: [number, number, string][]; unplaced: [number, number, string][] } {
  const aligned = alignTokens(text, 0, text.length, { values, pos: values.map(() => 'X') });
  return {
    tokens: aligned.tokens.map((t) => [t.start, t.end, text.slice(t.start, t.end)]),
    unplaced: aligned.unplaced.map((u) => [u.start, u.end, text.slice(u.start, u.end)]),
  };
}

describe('alignTokens', () => {
  it('places every wink token on text with unusual spaces and invisible marks', () => {
    const text = 'Aid\u00a0\u00a0reached\u2009Madaya \ufeffon\tMonday\u200b, \u200eofficials said ’tis 👍🏽 done.';
    const wink = analyse(text);
    const aligned = alignTokens(text, 0, text.length, wink);
    assert.deepEqual(aligned.unplaced, []);
    assert.deepEqual(
      aligned.tokens.map((t) => text.slice(t.start, t.end)),
      ['Aid', 'reached', 'Madaya', 'on', 'Monday', ',', 'officials', 'said', '’', 'tis', '👍', '🏽', 'done', '.'],
    );
  });

  it('skips blank and invisible tokens', () => {
    assert.deepEqual(spans('a \u200b b', ['a', '\u200b', 'b']).tokens, [
      [0, 1, 'a'],
      [4, 5, 'b'],
    ]);
  });

  it('places a token whose value was altered on the gap between its neighbours', () => {
    assert.deepEqual(spans('the ﬁrst day', ['the', 'first', 'day']), {
      tokens: [
        [0, 3, 'the'],
        [4, 8, 'ﬁrst'],
        [9, 12, 'day'],
      ],
      unplaced: [],
    });
  });

  it('does not place an altered token on a later match of its value', () => {
    // "fi" occurs later in "fighting"; the altered "ﬁ" must not be moved there.
    assert.deepEqual(spans('ﬁ fighting', ['fi', 'fighting']).tokens, [
      [0, 1, 'ﬁ'],
      [2, 10, 'fighting'],
    ]);
  });

  it('reports adjacent altered tokens it cannot tell apart', () => {
    assert.deepEqual(spans('x ﬁﬂ y', ['x', 'fi', 'fl', 'y']), {
      tokens: [
        [0, 1, 'x'],
        [5, 6, 'y'],
      ],
      unplaced: [[2, 4, 'ﬁﬂ']],
    });
  });

  it('reports an altered last token it cannot place', () => {
    assert.deepEqual(spans('end ﬁ ﬂ', ['end', 'fi', 'fl']), {
      tokens: [[0, 3, 'end']],
      unplaced: [[4, 7, 'ﬁ ﬂ']],
    });
  });
});
