/** Each parser on its own, before refiners: what its pattern reads and what it leaves to others. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuantityParser } from '../parser.js';
import { findBlocked, runParser } from '../parse-quantities.js';
import { ageParser } from './age-parser.js';
import { countParser } from './count-parser.js';
import { distanceParser } from './distance-parser.js';
import { durationParser } from './duration-parser.js';
import { moneyParser } from './money-parser.js';
import { ordinalParser } from './ordinal-parser.js';
import { percentParser } from './percent-parser.js';
import { rangeParser } from './range-parser.js';
import { vagueParser } from './vague-parser.js';
import { yearParser } from './year-parser.js';

/** [start, end, quote, value ?? low] of every reading of one parser. */
function read(parser: QuantityParser, text: string): Array<[number, number, string, number | null]> {
  return runParser(parser, text).map((r) => [r.start, r.end, text.slice(r.start, r.end), r.value ?? r.low]);
}

const table: Array<[QuantityParser, string, Array<[number, number, string, number | null]>]> = [
  [countParser, 'Some 40,000 men and twenty-five tanks; 2.5 million fled.', [[5, 11, '40,000', 40000], [20, 31, 'twenty-five', 25], [39, 50, '2.5 million', 2.5e6]]],
  [countParser, 'F-16s, 22km, 9/11, 12:32, G20, 2-year, two and three', [[39, 42, 'two', 2], [47, 52, 'three', 3]]],
  [rangeParser, 'between 20 and 30 or 3000-5000, not 2-1', [[0, 17, 'between 20 and 30', 20], [21, 30, '3000-5000', 3000]]],
  [rangeParser, 'Prices rose from 5 to 7 dollars.', []],
  [vagueParser, 'Dozens died; tens of thousands fled; a couple of hundred stayed; how many?', [[0, 6, 'Dozens', 24], [13, 30, 'tens of thousands', 20000], [37, 56, 'a couple of hundred', 200]]],
  [ordinalParser, 'the 21st century, its second largest city, a third of it', [[4, 8, '21st', 21], [22, 28, 'second', 2]]],
  [yearParser, 'in 2014, the 1990s, 2016-17, 2000 troops, about 2014', [[3, 7, '2014', 2014], [13, 18, '1990s', 1990], [20, 27, '2016-17', 2016]]],
  [ageParser, 'a 12-year-old boy, aged 15, as young as 9, Ali Musa, 33, said', [[2, 13, '12-year-old', 12], [19, 26, 'aged 15', 15], [28, 41, 'as young as 9', 9], [53, 55, '33', 33]]],
  [percentParser, '90%, 90 percent, 20-30 per cent, 0.5 percentage points', [[0, 3, '90%', 90], [5, 15, '90 percent', 90], [17, 31, '20-30 per cent', 20], [33, 54, '0.5 percentage points', 0.5]]],
  [moneyParser, '$2 million, £300m, US$1.5bn, 500 euros, 2 million people', [[0, 10, '$2 million', 2e6], [12, 17, '£300m', 3e8], [19, 27, 'US$1.5bn', 1.5e9], [29, 38, '500 euros', 500]]],
  [distanceParser, '22km east, 800 metres from, 18.6 miles, 2m people, 5 m away', [[0, 4, '22km', 22], [11, 21, '800 metres', 800], [28, 38, '18.6 miles', 18.6], [51, 54, '5 m', 5]]],
  [durationParser, '2-year rule, two years, 48 hours, several weeks', [[0, 6, '2-year', 2], [13, 22, 'two years', 2], [24, 32, '48 hours', 48], [34, 47, 'several weeks', 3]]],
];

describe('parsers', () => {
  for (const [parser, text, expected] of table) {
    it(`${parser.name}: ${text}`, () => assert.deepEqual(read(parser, text), expected));
  }
  it('non-quantity parsers claim dates, times, identifiers, scores, phones and speeds', () => {
    const text = 'On November 1 at 12:32, Resolution 2254 passed; Arsenal won 2-1; call +44 20 7946 0958; 120 km/h.';
    const blocked = findBlocked(text, true).map((b) => `${text.slice(b.start, b.end)} (${b.by})`);
    for (const claim of ['November 1 (date)', '12:32 (time)', '2254 (identifier)', '2-1 (score)', '+44 20 7946 0958 (phone)', '120 km/h (measure)']) {
      assert.ok(blocked.includes(claim), `${claim} not in ${blocked.join(', ')}`);
    }
    assert.deepEqual(findBlocked('Arsenal had 20 shots and 7 corners.', true), []);
  });
});
