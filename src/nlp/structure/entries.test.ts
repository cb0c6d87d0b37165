import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryHead, entrySpans } from './entries.js';
import { splitLines } from './lines.js';
import { findLineTimestamp, parsePublished } from './timestamp.js';

const published = parsePublished('2016-11-01');

/** The entry opened by the first line of `text`: [headline quote, timestamp, update]. */
function headOf(text: string): [string | null, string | null, boolean] | null {
  const line = splitLines(text)[0];
  assert.ok(line);
  const head = entryHead(text, line, 0, findLineTimestamp(text, line, published));
  if (!head) return null;
  return [head.headline ? text.slice(head.headline.start, head.headline.end) : null, head.timestamp, head.update];
}

describe('entryHead', () => {
  const positives: Array<[string, [string | null, string | null, boolean]]> = [
    [
      'ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City November 0112:32',
      ['ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City', '2016-11-01T12:32', false],
    ],
    ['SYRIA: Rebels Withdraw From Eastern Aleppo Districts', ['SYRIA: Rebels Withdraw From Eastern Aleppo Districts', null, false]],
    ['UPDATE: The BBC is reporting that troops have entered another suburb.', ['UPDATE:', null, true]],
    ['UPDATE 2-Turkey shells Kurdish militia for second day', ['UPDATE 2-Turkey shells Kurdish militia for second day', null, true]],
    ['BREAKING NEWS – Authorities said five people were killed in two shootings.', ['BREAKING NEWS –', null, false]],
    ['12:30 p.m.', [null, 'T12:30', false]],
    ['Troops Retake Bridge Over the Tigris November 0309:15', ['Troops Retake Bridge Over the Tigris', '2016-11-03T09:15', false]],
  ];
  for (const [text, expected] of positives) {
    it(`opens an entry at ${JSON.stringify(text)}`, () => assert.deepEqual(headOf(text), expected));
  }

  const negatives = [
    'Updated 14:05',
    'Posted: Thursday, February 11, 2016 1:30 am',
    'Iraqi forces fought against Islamic State militants in Gogjali on Tuesday.',
    'RUMOURS OF ATTACK',
    'Latest-generation drones were shown at the parade.',
    'Updated figures from the ministry put the toll at 40.',
    'QUANTA MAGAZINE: Where do you trace the beginnings of your interest in science?',
    'NEW DELHI: Prime Minister Narendra Modi said on Sunday that talks would continue.',
    'Battle for Mosul',
  ];
  for (const text of negatives) {
    it(`opens no entry at ${JSON.stringify(text)}`, () => assert.equal(headOf(text), null));
  }
});

describe('entrySpans', () => {
  it('runs a headline entry to the last content line before the next entry, and an inline update over its paragraph only', () => {
    const text = [
      'SYRIA: Rebels Withdraw From Eastern Aleppo',
      'Buses left the district at dawn.',
      'Source: AP',
      'UPDATE: The UN said the evacuation had been suspended.',
      'The original story resumes here.',
    ].join('\n\n');
    const lines = splitLines(text);
    const heads = lines.flatMap((line, i) => entryHead(text, line, i, null) ?? []);
    const content = lines.map((l) => text.slice(l.start, l.end) !== 'Source: AP');
    assert.deepEqual(
      entrySpans(heads, lines, content).map((e) => [e.start, e.end, text.slice(e.start, e.end), e.attrs.update]),
      [
        [0, text.indexOf('dawn.') + 5, 'SYRIA: Rebels Withdraw From Eastern Aleppo\n\nBuses left the district at dawn.', false],
        [
          text.indexOf('UPDATE'),
          text.indexOf('suspended.') + 10,
          'UPDATE: The UN said the evacuation had been suspended.',
          true,
        ],
      ],
    );
  });
});
