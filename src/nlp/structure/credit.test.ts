import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCreditAtEnd, parseCredit, wholeLineCredit, type ParsedCredit } from './credit.js';

function credit(origin: string | null, author: string | null, agency: string | null): ParsedCredit {
  return { origin, author, agency };
}

describe('parseCredit', () => {
  const table: Array<[string, ParsedCredit]> = [
    ['AP Photo/Felipe Dana', credit('AP Photo', 'Felipe Dana', 'AP')],
    ['Facebook/Rudaw English', credit('Facebook', null, 'Rudaw English')],
    ['REUTERS/Alaa Al-Marjani', credit('Reuters', 'Alaa Al-Marjani', 'Reuters')],
    ['Seth Wenig, AP', credit('AP', 'Seth Wenig', 'AP')],
    ['MARVIN RECINOS/AFP/Getty Images', credit('Getty Images', 'MARVIN RECINOS', 'AFP')],
    ['Maddie McGarvey for The Washington Post/Getty Images', credit('Getty Images', 'Maddie McGarvey', 'Washington Post')],
    ['YouTube/Hawar News Agency', credit('YouTube', null, 'Hawar News Agency')],
    ['Photo by Chris Pizzello/Invision/AP', credit('AP', 'Chris Pizzello', 'AP')],
  ];
  for (const [text, expected] of table) {
    it(`parses ${JSON.stringify(text)}`, () => assert.deepEqual(parseCredit(text), expected));
  }

  const negatives = [
    'Iraqi forces advance on Mosul',
    'the army said on Tuesday',
    '24/7 coverage',
    'Where will they go',
  ];
  for (const text of negatives) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseCredit(text), null));
  }
});

/** [furniture quote, credit quote] of the credit ending `text`. */
function creditAtEnd(text: string): [string, string] | null {
  const found = findCreditAtEnd(text, 0, text.length);
  return found ? [text.slice(found.start, found.end), text.slice(found.creditStart, found.creditEnd)] : null;
}

describe('findCreditAtEnd', () => {
  const positives: Array<[string, [string, string]]> = [
    ['Displaced people stand on a truck near Qayara. Picture: AP Photo/Felipe Dana', ['Picture: AP Photo/Felipe Dana', 'AP Photo/Felipe Dana']],
    ['…shows the Gogjali neighbourhood. Credit: Facebook/Rudaw English', ['Credit: Facebook/Rudaw English', 'Facebook/Rudaw English']],
    ['Clashes at the frontline in Ali Rash village, IraqREUTERS/Alaa Al-Marjani', ['REUTERS/Alaa Al-Marjani', 'REUTERS/Alaa Al-Marjani']],
    ['A worker fumigates a school in Tegucigalpa. (AP Photo/Fernando Antonio)', ['(AP Photo/Fernando Antonio)', 'AP Photo/Fernando Antonio']],
    ['Rescuers search the rubble in Antakya. Photograph: Burak Kara/Getty Images', ['Photograph: Burak Kara/Getty Images', 'Burak Kara/Getty Images']],
    ['A tank crosses the river. Photo credit: WJZ-TV', ['Photo credit: WJZ-TV', 'WJZ-TV']],
    ['Smoke over Aleppo on Monday. Karam Halabi/AFP/Getty Images', ['Karam Halabi/AFP/Getty Images', 'Karam Halabi/AFP/Getty Images']],
  ];
  for (const [text, expected] of positives) {
    it(`finds ${JSON.stringify(expected[0])}`, () => assert.deepEqual(creditAtEnd(text), expected));
  }

  const negatives = [
    'Iraqi forces advanced on the city. Video: Iraqi forces push into eastern Mosul',
    'The minister said the figures were wrong (Reuters)',
    'Talks focused on the Israel/Palestine question',
    'He spoke to reporters after the 24/7 vigil ended',
    'Troops entered Gogjali on Tuesday, the army said.',
    'Macall B. Polay/HBO said the episode was delayed.',
  ];
  for (const text of negatives) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.equal(creditAtEnd(text), null));
  }
});

describe('wholeLineCredit', () => {
  it('reads a credit line under a caption and an embedded post', () => {
    assert.deepEqual(wholeLineCredit('Associated Press/Wally Santana'), {
      parsed: credit('Associated Press', 'Wally Santana', 'Associated Press'),
      marker: null,
    });
    assert.deepEqual(wholeLineCredit('A video posted by Jane Roe (@janeroe) on Mar 2, 2016 at 9:15am PST'), {
      parsed: credit('Instagram', 'Jane Roe', null),
      marker: 'video',
    });
  });

  it('leaves headlines with slashes alone', () => {
    assert.equal(wholeLineCredit('Israel/Gaza: What we know'), null);
    assert.equal(wholeLineCredit('Pros/cons of the new ceasefire'), null);
    assert.equal(wholeLineCredit('Kurdish forces near Manbij/Jarablus'), null);
  });
});
