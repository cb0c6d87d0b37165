import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findGluedTimestamps } from './glued-timestamp.js';

describe('findGluedTimestamps', () => {
  it('splits a zero-padded day from the clock time glued to it', () => {
    const text = 'Kurdish Forces Retake Villages East of Mosul November 0112:32';
    const [found, ...rest] = findGluedTimestamps(text);
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [found!.start, found!.end, text.slice(found!.start, found!.end), found!.month, found!.day, found!.time],
      [45, 61, 'November 0112:32', 11, 1, '12:32'],
    );
  });

  it('reads a one-digit hour after the day', () => {
    const text = 'Aid Convoy Reaches Madaya Jan. 119:05';
    const found = findGluedTimestamps(text);
    assert.deepEqual(
      found.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.month, f.day, f.time]),
      [[26, 37, 'Jan. 119:05', 1, 11, '09:05']],
    );
  });

  it('leaves ordinary dates and times alone', () => {
    for (const text of [
      'Troops entered the town on November 1 at 12:32.',
      'The ceasefire began on November 01 12:32 local time.',
      'Voting closed at 19:00 on 4 March 2016.',
      'November 0199:99 is no time at all.',
      'Brent rose to 1112.50 dollars.',
    ]) {
      assert.deepEqual(findGluedTimestamps(text), [], text);
    }
  });
});
