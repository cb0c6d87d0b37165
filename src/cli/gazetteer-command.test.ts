import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadGazetteer } from '../geo/index.js';
import { runCli } from './test-support/run-cli.js';

/** A GeoNames country-file row (19 tab-separated columns), written for this test. */
function row(id: number, name: string, alt: string, lat: number, lon: number, fcode: string, population: number): string {
  const fclass = fcode.startsWith('PPL') ? 'P' : 'A';
  return [id, name, name, alt, lat, lon, fclass, fcode, 'IQ', '', '15', '', '', '', population, '', 250, 'Asia/Baghdad', '2024-01-01'].join('\t');
}

describe('sitrep gazetteer import geonames', () => {
  it('imports a country file, reports bad lines, and the gazetteer finds the places', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
    const file = join(dir, 'IQ.txt');
    writeFileSync(
      file,
      [
        row(9000001, 'Tall Kayf', 'Tel Keppe,Telkef', 36.49, 43.12, 'PPL', 9000),
        row(9000002, 'Bashiqah', 'Bashiqa,Bashika', 36.45, 43.35, 'PPL', 20000),
        'this line is not a GeoNames row',
      ].join('\n') + '\n',
    );
    const db = join(dir, 'geonames.db');
    const run = await runCli(['gazetteer', 'import', 'geonames', file, '--into', db]);
    assert.match(run.stdout, /IQ\.txt: 2 places imported/);
    assert.match(run.stderr, /IQ\.txt:3: not a GeoNames place row/);
    assert.equal(run.status, 1);
    const gaz = loadGazetteer({ geonamesDb: db, world: false, theatres: [] });
    assert.equal(gaz.lookup('Tel Keppe')[0]?.name, 'Tall Kayf');
  });

  it('refuses an unknown format and a missing file clearly', async () => {
    const bad = await runCli(['gazetteer', 'import', 'osm', 'x.pbf']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /supports the format 'geonames', got 'osm'/);
    const missing = await runCli(['gazetteer', 'import', 'geonames', '/nonexistent/IQ.txt', '--into', join(mkdtempSync(join(tmpdir(), 'g-')), 'g.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /IQ\.txt.*file not found/);
  });
});
