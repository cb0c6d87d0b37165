import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEnclosures } from './enclosures.js';

/** Each enclosure as `[open, close, text from mark to mark]`. */
function enclosures(text: string): [number, number, string][] {
  return findEnclosures(text, 0, text.length).map((e) => [e.open, e.close, text.slice(e.open, e.close + 1)]);
}

describe('findEnclosures', () => {
  it('pairs curly double quotes', () => {
    const text = '“We will not leave,” said Umm Ahmed, 54.';
    assert.deepEqual(enclosures(text), [[0, 19, '“We will not leave,”']]);
  });

  it('reads straight quotes from their neighbours', () => {
    const text = 'He called the truce "a trick" and "a lie."';
    assert.deepEqual(enclosures(text), [
      [20, 28, '"a trick"'],
      [34, 41, '"a lie."'],
    ]);
  });

  it('pairs single curly quotes but not apostrophes', () => {
    const text = 'The soldiers’ families said ‘we want them home’ on the army’s radio.';
    assert.deepEqual(enclosures(text), [[28, 46, '‘we want them home’']]);
  });

  it('recovers quotes lost to encoding as ?…?', () => {
    const text = 'Abadi told fighters to ?surrender or die.? The deadline passed.';
    assert.deepEqual(enclosures(text), [[23, 41, '?surrender or die.?']]);
  });

  it('pairs parentheses', () => {
    const text = 'Sen. Jeff Flake (R-Ariz.) voted no.';
    assert.deepEqual(enclosures(text), [[16, 24, '(R-Ariz.)']]);
  });

  it('pairs guillemets', () => {
    const text = 'Le Monde called it «une guerre sans fin».';
    assert.deepEqual(enclosures(text), [[19, 39, '«une guerre sans fin»']]);
  });

  const none: [string, string][] = [
    ['a real question', 'Will the truce hold? Few analysts think so.'],
    ['two questions in a row', 'Who fired first? Why?'],
    ['a question mark inside a URL', 'See http://example.org/report?id=4 for details.'],
    ['a quote left open for the next paragraph', '“We have no water. The children are sick.'],
    ['inches and feet', 'The 12" shell landed 6\' from the wall.'],
    ['possessives', 'The rebels’ positions and the army’s lines barely moved.'],
    ['a closing mark without an opening one', 'The fighting stopped.” Then it resumed.'],
  ];
  for (const [name, text] of none) {
    it(`finds none in ${name}`, () => assert.deepEqual(enclosures(text), []));
  }
});
