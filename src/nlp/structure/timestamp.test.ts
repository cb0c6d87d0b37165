import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLines } from './lines.js';
import { findLineTimestamp, parsePublished } from './timestamp.js';

const NOV_2016 = parsePublished('2016-11-01');

/** The timestamp ending the first line of `text`, as [quote, value, yearInferred]. */
function stampOf(text: string, published = NOV_2016): [string, string, boolean] | null {
  const line = splitLines(text)[0];
  assert.ok(line);
  const found = findLineTimestamp(text, line, published);
  return found ? [text.slice(found.start, found.end), found.value, found.yearInferred] : null;
}

describe('findLineTimestamp', () => {
  const positives: Array<[string, [string, string, boolean]]> = [
    ['ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City November 0112:32\n', ['November 0112:32', '2016-11-01T12:32', true]],
    ['Damages Filmed in Recaptured Town Near Mosul November 011:00\n', ['November 011:00', '2016-11-01T01:00', true]],
    ['Curfew lifted in Aleppo districts Nov 0923:05', ['Nov 0923:05', '2016-11-09T23:05', true]],
    ['Ceasefire holds along the front Nov. 1, 2016 12:32', ['Nov. 1, 2016 12:32', '2016-11-01T12:32', false]],
    ['Troops regroup south of the city 01/11/2016 12:32 GMT', ['01/11/2016 12:32 GMT', '2016-11-01T12:32', false]],
    ['Updated 14:05', ['14:05', 'T14:05', false]],
    ['Updated 2:35 am, Friday, January 15, 2016', ['2:35 am, Friday, January 15, 2016', '2016-01-15T02:35', false]],
    ['Jan. 21, 2016 7:53 p.m. ET', ['Jan. 21, 2016 7:53 p.m. ET', '2016-01-21T19:53', false]],
    ['12:30 p.m.', ['12:30 p.m.', 'T12:30', false]],
    ['Posted: Thursday, February 11, 2016 1:30 am', ['February 11, 2016 1:30 am', '2016-02-11T01:30', false]],
    ['Rebels shell the port 3 November 2016, 09:10', ['3 November 2016, 09:10', '2016-11-03T09:10', false]],
    ['Kabul attack toll rises 2016-04-19T08:30Z', ['2016-04-19T08:30Z', '2016-04-19T08:30', false]],
  ];
  for (const [text, expected] of positives) {
    it(`reads ${JSON.stringify(text.trim())}`, () => assert.deepEqual(stampOf(text), expected));
  }

  it('puts a December entry of a report published in January in the year before', () => {
    assert.deepEqual(stampOf('Shelling resumes overnight December 3123:50', parsePublished('2017-01-02')), [
      'December 3123:50',
      '2016-12-31T23:50',
      true,
    ]);
  });

  it('keeps only the time, with a note, when neither the text nor the metadata gives a year', () => {
    const text = 'Iraqi Forces Advance on Mosul November 0112:32';
    const found = findLineTimestamp(text, { start: 0, end: text.length, breaks: 0 }, null);
    assert.deepEqual(
      found && [text.slice(found.start, found.end), found.value, found.date, found.time, found.note],
      ['November 0112:32', 'T12:32', null, '12:32', 'year-unknown'],
    );
  });

  it('lets the publication date decide between day/month and month/day', () => {
    assert.equal(stampOf('Talks resume 03/04/2016 10:00', parsePublished('2016-03-04'))?.[1], '2016-03-04T10:00');
    assert.equal(stampOf('Talks resume 03/04/2016 10:00', parsePublished('2016-04-03'))?.[1], '2016-04-03T10:00');
  });

  const negatives = [
    // Body sentences end with a full stop: numbers inside them are never furniture.
    'Iraqi forces fought in Gogjali on November 1, as the military edged closer to the city at 12:32.\n',
    'The meeting began at 18:30 and the vote was taken at 22:45.',
    'On March 3 at 10:00 the committee will publish the figures.',
    'Shelling was reported in the city between November 01 and 12:32 local time, officials said.',
    // Headlines that merely end in numbers.
    'Death Pool Odds This Week: 33/1',
    'Turkey shells Kurdish positions for second day',
    'Score at half time 2:1',
    // Impossible dates and times.
    'Fighting resumes November 3112:32',
    'Fighting resumes November 0125:10',
    'Fighting resumes Nov. 1, 2016 12:75',
    'February 30, 2016 10:00',
    // A "time" glued to a word is not a timestamp.
    'Room4:30',
  ];
  for (const text of negatives) {
    it(`finds nothing in ${JSON.stringify(text.trim())}`, () => assert.equal(stampOf(text), null));
  }
});

describe('parsePublished', () => {
  it('reads dates and date-times and rejects anything else', () => {
    assert.deepEqual(parsePublished('2016-01-10T21:45:06'), { year: 2016, month: 1, day: 10 });
    assert.equal(parsePublished('yesterday'), null);
    assert.equal(parsePublished('2016-02-30'), null);
    assert.equal(parsePublished(null), null);
  });
});
