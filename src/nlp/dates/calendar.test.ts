import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, daysBetween, monthBounds, parseDay, weekBounds, weekdayOf, yearBounds } from './calendar.js';

describe('calendar', () => {
  it('parses real days and rejects impossible ones', () => {
    assert.deepEqual(parseDay('2016-02-29'), { year: 2016, month: 2, day: 29 });
    for (const bad of ['2015-02-29', '2016-13-01', '2016-11-31', '2016-1-01', '1 November 2016', '']) {
      assert.equal(parseDay(bad), null, bad);
    }
  });

  it('adds days across month, year and leap-day boundaries', () => {
    assert.equal(addDays('2016-11-01', -1), '2016-10-31');
    assert.equal(addDays('2017-01-02', -3), '2016-12-30');
    assert.equal(addDays('2016-02-28', 1), '2016-02-29');
    assert.equal(addDays('2015-02-28', 1), '2015-03-01');
    assert.equal(daysBetween('2016-10-17', '2016-11-04'), 18);
  });

  it('knows the weekday of a day', () => {
    const table: Array<[string, number]> = [
      ['2016-11-01', 2], // Tuesday
      ['2016-11-04', 5], // Friday
      ['2022-02-24', 4], // Thursday
      ['2021-08-15', 0], // Sunday
      ['2016-03-12', 6], // Saturday
    ];
    for (const [day, weekday] of table) assert.equal(weekdayOf(day), weekday, day);
  });

  it('moves by months, clamping to shorter months', () => {
    assert.equal(addMonths('2016-03-31', -1), '2016-02-29');
    assert.equal(addMonths('2016-01-15', -2), '2015-11-15');
    assert.equal(addMonths('2016-11-04', 14), '2018-01-04');
  });

  it('gives ISO week, month and year bounds', () => {
    assert.deepEqual(weekBounds('2016-11-04'), ['2016-10-31', '2016-11-06']);
    assert.deepEqual(weekBounds('2016-11-06'), ['2016-10-31', '2016-11-06']);
    assert.deepEqual(weekBounds('2017-01-01'), ['2016-12-26', '2017-01-01']);
    assert.deepEqual(monthBounds(2016, 2), ['2016-02-01', '2016-02-29']);
    assert.deepEqual(yearBounds(2014), ['2014-01-01', '2014-12-31']);
  });
});
