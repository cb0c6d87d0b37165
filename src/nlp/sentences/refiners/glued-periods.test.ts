import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment.js';

function quotes(text: string): string[] {
  return segment(text, [{ start: 0, end: text.length, role: 'body' }], []).sentences.map((s) => text.slice(s.start, s.end));
}

describe('glued-periods refiner', () => {
  const cases: [string, string, string[]][] = [
    ['domain names', 'Orders at Amazon.com rose 3 percent.', ['Orders at Amazon.com rose 3 percent.']],
    ['a domain opening a sentence', 'Alibaba fell. JD.com rose sharply.', ['Alibaba fell.', 'JD.com rose sharply.']],
    ['tickers', 'Shares of Boeing (BA.N) fell 2 percent in New York.', ['Shares of Boeing (BA.N) fell 2 percent in New York.']],
    ['a period and a slash', 'The Warner Bros./DC films did well.', ['The Warner Bros./DC films did well.']],
    ['a normal boundary', 'The blast hit at noon. Rescuers arrived later.', ['The blast hit at noon.', 'Rescuers arrived later.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(quotes(text), expected));
  }
});
