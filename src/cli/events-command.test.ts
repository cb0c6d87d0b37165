import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { EVENT_CSV_COLUMNS } from '../export/events-csv.js';
import { openStore } from '../store/open-store.js';
import { eventCorpus } from '../store/test-support/fixtures.js';
import { runCli } from './test-support/run-cli.js';

const db = join(mkdtempSync(join(tmpdir(), 'sitrep-events-')), 'events.db');

function ids(jsonl: string): string[] {
  return jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);
}

describe('sitrep events', () => {
  before(() => {
    const store = openStore(db);
    store.saveBatch(eventCorpus());
    store.close();
  });

  it('filters by date, type family, distance and text', async () => {
    const run = (...args: string[]) => runCli(['events', '--db', db, '--format', 'jsonl', ...args]);
    assert.deepEqual(ids((await run('--since', '2016-11-02')).stdout), ['ev_a3', 'ev_a4']);
    assert.deepEqual(ids((await run('--type', 'remote')).stdout).sort(), ['ev_a2', 'ev_b1']);
    assert.deepEqual(ids((await run('--near', '36.34,43.13,25')).stdout).sort(), ['ev_a1', 'ev_a2']);
    assert.deepEqual(ids((await run('--text', 'evacuation centres')).stdout), ['ev_c1']);
    assert.deepEqual(ids((await run('--text', 'cyclone OR "')).stdout), []);
  });

  it('prints a table, CSV with the documented columns, and GeoJSON that parses', async () => {
    const table = await runCli(['events', '--db', db, '--type', 'strategic']);
    assert.match(table.stdout, /^date\s+type\s+place/);
    assert.match(table.stdout, /2016-02-20\s+strategic\.displacement/);
    const csv = await runCli(['events', '--db', db, '--format', 'csv']);
    assert.equal(csv.stdout.split('\r\n')[0], EVENT_CSV_COLUMNS.join(','));
    assert.equal(csv.stdout.split('\r\n').filter(Boolean).length, 1 + 8);
    const geo = await runCli(['events', '--db', db, '--format', 'geojson', '--type', 'battle']);
    const fc = JSON.parse(geo.stdout) as { features: Array<{ geometry: { coordinates: number[] } | null }> };
    assert.equal(fc.features.length, 3);
    assert.deepEqual(fc.features[0]?.geometry?.coordinates, [43.23, 36.35]);
  });

  it('says when nothing matches', async () => {
    const run = await runCli(['events', '--db', db, '--since', '2020-01-01']);
    assert.equal(run.stdout, 'no events match\n');
  });

  it('refuses bad parameters with a clear one-line message', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--near', '36.3,43.1'], /--near expects LAT,LON,KM/],
      [['--since', 'yesterday'], /--since expects a date as YYYY-MM-DD, got 'yesterday'/],
      [['--format', 'xml'], /--format must be one of table, json, jsonl, csv, geojson, got 'xml'/],
      [['--limit', '0'], /--limit expects a positive whole number/],
      [['--since', '2016-11-05', '--until', '2016-11-01'], /--since 2016-11-05 is after --until 2016-11-01/],
    ];
    for (const [args, expected] of cases) {
      const run = await runCli(['events', '--db', db, ...args]);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, expected);
      assert.equal(run.stderr.split('\n').length, 2, 'one line');
    }
  });
});
