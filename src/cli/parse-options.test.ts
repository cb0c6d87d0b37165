import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseChoice, parseDate, parseList, parseNear, parsePositiveInt } from './parse-options.js';

describe('CLI option parsing', () => {
  it('accepts real dates and refuses impossible or malformed ones with the flag named', () => {
    assert.equal(parseDate('2016-11-01', '--since'), '2016-11-01');
    for (const bad of ['2016-02-30', '2016-13-01', '1 Nov 2016', '2016-11-1', '']) {
      assert.throws(() => parseDate(bad, '--since'), new RegExp(`--since expects a date as YYYY-MM-DD, got '${bad}'`));
    }
  });
  it('reads --near as lat,lon,km and names what is wrong', () => {
    assert.deepEqual(parseNear('36.34, 43.13, 25'), { lat: 36.34, lon: 43.13, km: 25 });
    assert.throws(() => parseNear('36.34,43.13'), /expects LAT,LON,KM/);
    assert.throws(() => parseNear('36.34,,25'), /expects LAT,LON,KM/);
    assert.throws(() => parseNear('mosul,43,25'), /expects LAT,LON,KM/);
    assert.throws(() => parseNear('95,43,25'), /latitude must be between -90 and 90, got 95/);
    assert.throws(() => parseNear('36,190,25'), /longitude must be between -180 and 180/);
    assert.throws(() => parseNear('36,43,0'), /radius must be a positive number/);
  });
  it('splits lists, checks counts and choices', () => {
    assert.deepEqual(parseList('battle, remote.airstrike,,'), ['battle', 'remote.airstrike']);
    assert.equal(parsePositiveInt('20', '--limit'), 20);
    assert.throws(() => parsePositiveInt('-3', '--limit'), /--limit expects a positive whole number, got '-3'/);
    assert.throws(() => parsePositiveInt('2.5', '--limit'), /positive whole number/);
    assert.equal(parseChoice('csv', ['table', 'csv'] as const, '--format'), 'csv');
    assert.throws(() => parseChoice('xml', ['table', 'csv'] as const, '--format'), /--format must be one of table, csv, got 'xml'/);
  });
});
