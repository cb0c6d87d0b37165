/** The refiners on their own, fed with readings from the parsers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuantities, runParser } from '../parse-quantities.js';
import { countParser } from '../parsers/count-parser.js';
import { distanceParser } from '../parsers/distance-parser.js';
import { yearParser } from '../parsers/year-parser.js';
import type { Reading } from '../reading.js';
import { approxRefiner } from './approx-refiner.js';
import { countedRefiner } from './counted-refiner.js';
import { overlapRefiner } from './overlap-refiner.js';
import { parentheticalRefiner } from './parenthetical-refiner.js';

const quotes = (text: string, readings: Reading[]) => readings.map((r) => [text.slice(r.start, r.end), r.kind, r.approx]);

describe('overlap refiner', () => {
  it('keeps the longest reading, and the more specific kind on equal spans', () => {
    const text = 'Bartella, 22km east, fell in 2014.';
    const readings = [...runParser(countParser, text), ...runParser(distanceParser, text), ...runParser(yearParser, text)];
    const kept = overlapRefiner(readings, { text, blocked: [] });
    assert.deepEqual(quotes(text, kept), [['22km', 'distance', 'exact'], ['2014', 'year', 'exact']]);
  });
});

describe('parenthetical refiner', () => {
  it('merges a bracketed conversion into the stated figure', () => {
    const text = 'about 30 kilometers (18.6 miles) south, and 5 km (and 3 miles more)';
    const merged = parentheticalRefiner(runParser(distanceParser, text), { text, blocked: [] });
    assert.deepEqual(quotes(text, merged), [['30 kilometers (18.6 miles)', 'distance', 'exact'], ['5 km', 'distance', 'exact'], ['3 miles', 'distance', 'exact']]);
    assert.equal(merged[0]?.value, 30);
  });
});

describe('approx refiner', () => {
  const cases: Array<[string, string, string]> = [
    ['killed some 150 sheep', 'some 150', 'about'],
    ['Nearly 150 died', 'Nearly 150', 'nearly'],
    ['no more than 20 remain', 'no more than 20', 'at-most'],
    ['more than 70 strikes', 'more than 70', 'more-than'],
    ['at least 14 people', 'at least 14', 'at-least'],
    ['as many as 40 boats', 'as many as 40', 'up-to'],
    ['fewer than 10 doctors', 'fewer than 10', 'less-than'],
    ['20 or so guards', '20 or so', 'about'],
    ['50 or more trucks', '50 or more', 'at-least'],
    ['a handsome 150 votes', '150', 'exact'],
    ['the overall 15 seats', '15', 'exact'],
  ];
  for (const [text, quote, approx] of cases) {
    it(`${text} → ${quote} (${approx})`, () => {
      const refined = approxRefiner(runParser(countParser, text), { text, blocked: [] });
      assert.deepEqual(quotes(text, refined), [[quote, 'count', approx]]);
    });
  }
});

describe('counted refiner', () => {
  const cases: Array<[string, string | null]> = [
    ['3000-5000 IS fighters in Mosul', 'IS fighters'],
    ['at least 14 people were killed', 'people'],
    ['14 people killed on Monday', 'people'],
    ['dozens of civilians fled', 'civilians'],
    ['50 of its own militants', 'militants'],
    ['ten of the dead were children', 'dead'],
    ['three heavily armed men', 'heavily armed men'],
    ['12 police officers were hurt', 'police officers'],
    ['more than 2,000 of Clinton’s work emails', 'work emails'],
    ['two U.S. sailors', 'U.S. sailors'],
    ['30 of them', null],
    ['5 were wounded', null],
    ['14 killed', null],
  ];
  for (const [text, counted] of cases) {
    it(`${text} → ${counted}`, () => {
      const [first] = parseQuantities(text);
      assert.ok(first);
      const c = first.attrs.counted;
      assert.equal(c && text.slice(c.start, c.end), counted);
    });
  }
  it('leaves kinds that count nothing alone', () => {
    const text = 'It rose 5 percent in 2016.';
    const refined = countedRefiner(runParser(yearParser, text), { text, blocked: [] });
    assert.equal(refined[0]?.counted, null);
  });
});
