import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalisePublished } from './published.js';

describe('normalisePublished', () => {
  it('keeps dates and ISO date-times as given', () => {
    const valid = [
      '2016-11-01',
      '2016-02-29',
      '2000-02-29',
      '2016-01-10T21:45:06',
      '2016-11-01T12:32',
      '2024-09-10T14:05:00Z',
      '2024-03-03T08:15:00+01:00',
      '2016-01-12T10:28:00.000-0500',
    ];
    for (const v of valid) assert.deepEqual(normalisePublished(v, 'x.jsonl:1'), { published: v, messages: [] }, v);
    assert.equal(normalisePublished('  2016-11-01 ', 'x').published, '2016-11-01');
  });
  it('treats a missing or blank value as absent, without a warning', () => {
    for (const v of [undefined, null, '', '   ']) assert.deepEqual(normalisePublished(v, 'x'), { published: null, messages: [] });
  });
  it('warns about and drops anything else', () => {
    const invalid = [
      'last Tuesday',
      'November 1, 2016',
      '01/11/2016',
      '2016-13-01',
      '2016-02-30',
      '1900-02-29',
      '2016-11-01T25:00',
      '2016-11-01T12:60',
      '2016-11-01 12:32',
      '2016-11-01T12:32+15:00',
      '20161101',
      '2016-11',
    ];
    for (const v of invalid) {
      const r = normalisePublished(v, 'feeds/wire.jsonl:7');
      assert.equal(r.published, null, v);
      assert.deepEqual(
        r.messages.map((m) => [m.ruleId, m.severity, m.reason]),
        [['ingest/bad-published', 'warning', `feeds/wire.jsonl:7: publication date "${v}" is not YYYY-MM-DD or an ISO 8601 date-time; ignored`]],
      );
    }
  });
});
