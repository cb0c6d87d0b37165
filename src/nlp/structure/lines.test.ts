import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLines } from './lines.js';

describe('splitLines', () => {
  it('splits on every newline, trims, skips blank lines and counts the breaks between lines', () => {
    const text = 'Battle for Mosul\nIraqi forces launch a rocket\r\n\n \u00a0UPDATE: Troops advance. \n';
    assert.deepEqual(
      splitLines(text).map((l) => [l.start, l.end, text.slice(l.start, l.end), l.breaks]),
      [
        [0, 16, 'Battle for Mosul', 0],
        [17, 45, 'Iraqi forces launch a rocket', 1],
        [50, 73, 'UPDATE: Troops advance.', 2],
      ],
    );
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitLines(''), []);
    assert.deepEqual(splitLines(' \n\t\n'), []);
  });
});
