import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from './csv-rows.js';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and the line each record starts on', () => {
    const csv = [
      'name,aliases,lat,lon',
      '"Hammam al-Alil, town","Hamam al-Alil|""Alil""",36.158,43.259',
      '"Old Bridge","Iron Bridge',
      'First Bridge",,',
      'Bartella,Bartalla,36.352,43.380',
    ].join('\r\n');
    const { records, unterminatedAt } = parseCsv(csv);
    assert.equal(unterminatedAt, null);
    assert.deepEqual(records.map((r) => [r.line, r.cells]), [
      [1, ['name', 'aliases', 'lat', 'lon']],
      [2, ['Hammam al-Alil, town', 'Hamam al-Alil|"Alil"', '36.158', '43.259']],
      [3, ['Old Bridge', 'Iron Bridge\r\nFirst Bridge', '', '']],
      [5, ['Bartella', 'Bartalla', '36.352', '43.380']],
    ]);
  });

  it('skips blank lines, drops a byte-order mark and keeps a last line without newline', () => {
    const { records } = parseCsv('\ufeffname,lat\n\nKabul,34.5\n\nAden,12.8');
    assert.deepEqual(records.map((r) => [r.line, r.cells]), [[1, ['name', 'lat']], [3, ['Kabul', '34.5']], [5, ['Aden', '12.8']]]);
  });

  it('reports a quote never closed with the line it opened on', () => {
    const { unterminatedAt } = parseCsv('name,alt\nMosul,"Mawsil\nNineveh,x\n');
    assert.equal(unterminatedAt, 2);
  });

  it('keeps quotes inside an unquoted cell as text', () => {
    const { records } = parseCsv('name\nthe "Old" City\n');
    assert.deepEqual(records[1]?.cells, ['the "Old" City']);
  });
});
