import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReferenceCursor, publicationReference, timestampReferences } from './reference.js';

describe('publicationReference', () => {
  it('takes the day of a date or an ISO date-time as written', () => {
    for (const [given, day] of [
      ['2016-11-01', '2016-11-01'],
      ['2016-11-04T23:30:00Z', '2016-11-04'],
      ['2016-11-04T01:15+03:00', '2016-11-04'],
      [' 2016-02-29 ', '2016-02-29'],
    ]) {
      assert.deepEqual(publicationReference(given!), { reference: { day, source: 'publication' }, problem: null }, given);
    }
  });

  it('has no reference, and no problem, when no date was given', () => {
    assert.deepEqual(publicationReference(null), { reference: null, problem: null });
    assert.deepEqual(publicationReference(''), { reference: null, problem: null });
  });

  it('names what is wrong with an unusable date', () => {
    for (const given of ['4 November 2016', '2016-02-30', '11/04/2016', 'yesterday']) {
      const { reference, problem } = publicationReference(given);
      assert.equal(reference, null, given);
      assert.equal(problem, `publication date '${given}' is not a YYYY-MM-DD date or ISO date-time`);
    }
  });
});

describe('timestampReferences and ReferenceCursor', () => {
  // Two live-blog entries; the second has only a time, so it falls back to publication.
  const entries = [
    { start: 0, end: 100 },
    { start: 100, end: 200 },
    { start: 200, end: 300 },
  ];
  const timestamps = [
    { start: 40, end: 56, attrs: { date: '2016-11-01' } },
    { start: 140, end: 145, attrs: { date: null } },
    { start: 240, end: 256, attrs: { date: '2016-10-31' } },
  ];
  const published = { day: '2016-11-02', source: 'publication' as const };

  it('gives each entry with a dated timestamp its own reference', () => {
    assert.deepEqual(timestampReferences(entries, timestamps), [
      { start: 0, end: 100, reference: { day: '2016-11-01', source: 'timestamp' } },
      { start: 200, end: 300, reference: { day: '2016-10-31', source: 'timestamp' } },
    ]);
  });

  it('hands sentences, in order, the reference of their entry or the publication date', () => {
    const cursor = new ReferenceCursor(timestampReferences(entries, timestamps), published);
    const got = [
      { start: 60, end: 90 },
      { start: 110, end: 130 },
      { start: 205, end: 230 },
      { start: 310, end: 330 },
    ].map((s) => cursor.at(s)?.day);
    assert.deepEqual(got, ['2016-11-01', '2016-11-02', '2016-10-31', '2016-11-02']);
  });
});
