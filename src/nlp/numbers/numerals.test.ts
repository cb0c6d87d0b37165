import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWordNumber } from './number-words.js';
import { readAmount, readNumberAt } from './numerals.js';
import { vagueFigure } from './vague-amounts.js';

describe('number words', () => {
  const cases: Array<[string, number, string]> = [
    ['two', 2, 'two'],
    ['twenty-five', 25, 'twenty-five'],
    ['twenty five', 25, 'twenty five'],
    ['a hundred', 100, 'a hundred'],
    ['three million', 3e6, 'three million'],
    ['a dozen', 12, 'a dozen'],
    ['two dozen', 24, 'two dozen'],
    ['half a dozen', 6, 'half a dozen'],
    ['half a million', 5e5, 'half a million'],
    ['two hundred and fifty thousand', 250000, 'two hundred and fifty thousand'],
    ['one hundred and ten', 110, 'one hundred and ten'],
    ['seventeen', 17, 'seventeen'],
    ['two and three', 2, 'two'],
    ['five hundred and', 500, 'five hundred'],
    ['twenty eleven', 20, 'twenty'],
  ];
  for (const [text, value, read] of cases) {
    it(`reads "${text}" as ${value}`, () => {
      const n = parseWordNumber(text);
      assert.ok(n);
      assert.deepEqual([n.value, text.slice(0, n.end)], [value, read]);
    });
  }
  it('reads nothing from "a" or "half" alone', () => {
    assert.equal(parseWordNumber('a'), null);
    assert.equal(parseWordNumber('half a'), null);
  });
});

describe('amounts', () => {
  const cases: Array<[string, { value: number | null; low: number | null; high: number | null; words: boolean }]> = [
    ['40,000', { value: 40000, low: null, high: null, words: false }],
    ['18.6', { value: 18.6, low: null, high: null, words: false }],
    ['2.5bn', { value: 2.5e9, low: null, high: null, words: false }],
    ['1.2 mln', { value: 1.2e6, low: null, high: null, words: false }],
    ['3000-5000', { value: null, low: 3000, high: 5000, words: false }],
    ['1,500–2,500', { value: null, low: 1500, high: 2500, words: false }],
    ['between 20 and 30', { value: null, low: 20, high: 30, words: false }],
    ['from 5 to 10', { value: null, low: 5, high: 10, words: false }],
    ['20 to 30', { value: null, low: 20, high: 30, words: false }],
    ['two or three', { value: null, low: 2, high: 3, words: true }],
    ['2-3 million', { value: null, low: 2e6, high: 3e6, words: false }],
    ['300 to 2 million', { value: null, low: 300, high: 2e6, words: false }],
    ['dozens of', { value: null, low: 24, high: null, words: true }],
    ['several hundred', { value: null, low: 300, high: null, words: true }],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => {
      const a = readAmount(text);
      assert.ok(a);
      assert.deepEqual({ value: a.value, low: a.low, high: a.high, words: a.words }, expected);
    });
  }
  it('rejects reversed ranges, mismatched frames and trailing words', () => {
    for (const text of ['5000-3000', '2-1', 'between 20 to 30', 'from 5 and 10', '20 and 30', '12 apples']) {
      assert.equal(readAmount(text), null, text);
    }
  });
  it('reads a number at an offset and says where it ends', () => {
    const s = 'killed 1,200 people';
    assert.deepEqual(readNumberAt(s, 7), { value: 1200, end: 12, words: false, scale: 1 });
    assert.equal(readNumberAt(s, 0), null);
  });
});

describe('vague amounts', () => {
  const table: Array<[string, number | null]> = [
    ['dozens', 24],
    ['scores', 40],
    ['hundreds', 200],
    ['thousands', 2000],
    ['tens of thousands', 20000],
    ['hundreds of thousands', 200000],
    ['several', 3],
    ['a few', 3],
    ['a handful', 3],
    ['a couple of', 2],
    ['several thousand', 3000],
    ['a few dozen', 36],
    ['a couple of hundred', 200],
    ['many', null],
    ['a number of', null],
  ];
  for (const [words, figure] of table) {
    it(`codes "${words}" as ${figure}`, () => assert.equal(vagueFigure(words), figure));
  }
  it('knows nothing of other words', () => {
    assert.equal(vagueFigure('some'), undefined);
    assert.equal(vagueFigure('plenty'), undefined);
  });
});
