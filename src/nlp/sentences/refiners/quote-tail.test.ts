import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment.js';

function quotes(text: string): string[] {
  return segment(text, [{ start: 0, end: text.length, role: 'body' }], []).sentences.map((s) => text.slice(s.start, s.end));
}

describe('quote-tail refiner', () => {
  const joined: [string, string][] = [
    ['a question and its lower-case attribution', '“Where are the ambulances?” asked one resident of Aleppo.'],
    ['a full stop inside the quotation', '“The bridge is down.” he told the BBC.'],
    ['a bare attribution after a question', '“Why now?” Malik said.'],
    ['an exclamation and a bare attribution', '“Get down!” Sgt. Ortega shouted.'],
    ['an abbreviation inside parentheses', 'Sen. Barbara Boxer (D-Calif.) asked for a vote.'],
  ];
  for (const [name, text] of joined) {
    it(`joins ${name}`, () => assert.deepEqual(quotes(text), [text]));
  }

  const separate: [string, string, string[]][] = [
    [
      'a new sentence whose subject follows the quotation',
      '“It is over.” Police said the gunman was dead.',
      ['“It is over.”', 'Police said the gunman was dead.'],
    ],
    [
      'a quotation followed by a pronoun',
      '“We won.” They fired into the air.',
      ['“We won.”', 'They fired into the air.'],
    ],
  ];
  for (const [name, text, expected] of separate) {
    it(`keeps ${name}`, () => assert.deepEqual(quotes(text), expected));
  }
});
