import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText, originalRange } from './normalize.js';

describe('normalizeText', () => {
  it('folds diacritics, hyphens, apostrophes and spaces, keeping a map back to the text', () => {
    const text = 'Al‑Nusra’s  fighters met Öcalan';
    const n = normalizeText(text);
    assert.equal(n.cased, "Al Nusra's fighters met Ocalan");
    assert.equal(n.lower, "al nusra's fighters met ocalan");
    const at = n.lower.indexOf('fighters');
    assert.deepEqual(originalRange(text, n, at, at + 8), [12, 20]);
    assert.equal(text.slice(12, 20), 'fighters');
  });

  it('keeps a decomposed accent inside the original range', () => {
    const text = 'O\u0308calan spoke';
    const n = normalizeText(text);
    assert.equal(n.lower, 'ocalan spoke');
    assert.deepEqual(originalRange(text, n, 0, 6), [0, 7]);
  });

  it('keeps line breaks, drops the spaces around them and zero-width characters', () => {
    const n = normalizeText('Islamic \n State\u200b group');
    assert.equal(n.cased, 'Islamic\nState group');
  });

  it('leaves en and em dashes alone: they separate clauses, not name parts', () => {
    assert.equal(normalizeText('IS – the group — fled').lower, 'is – the group — fled');
  });
});
