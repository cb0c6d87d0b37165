import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contains, overlaps, spanAgrees, spanOf } from './span.js';

describe('spans', () => {
  const text = 'Iraqi forces fought in Gogjali’s streets';
  it('carry the text they cover, in UTF-16 code units', () => {
    const s = spanOf(text, 23, 30);
    assert.equal(s.quote, 'Gogjali');
    assert.equal(spanAgrees(text, s), true);
    assert.equal(spanOf('🙂 ok', 3, 5).quote, 'ok');
  });
  it('are rejected outside the text or reversed', () => {
    assert.throws(() => spanOf(text, -1, 2), /outside a text of 40 characters/);
    assert.throws(() => spanOf(text, 5, 4), /outside/);
    assert.throws(() => spanOf(text, 0, 41), /outside/);
    assert.equal(spanAgrees(text, { start: 0, end: 5, quote: 'Iraq' }), false);
  });
  it('overlap only when they share a character', () => {
    assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
    assert.equal(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 }), true);
    assert.equal(contains({ start: 0, end: 9 }, { start: 2, end: 9 }), true);
    assert.equal(contains({ start: 0, end: 9 }, { start: 2, end: 10 }), false);
  });
});
