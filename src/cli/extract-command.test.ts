import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ExtractRecord } from '../core/records.js';
import { runCli } from './test-support/run-cli.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repo, '..', 'shared');
const samples = join(repo, 'samples');

function lines(stdout: string): ExtractRecord[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as ExtractRecord);
}

function assertSpansAgree(record: ExtractRecord, text: string): void {
  const spans = [
    ...(record.structure?.paragraphs ?? []),
    ...(record.structure?.timestamps ?? []),
    ...record.media.map((m) => m.evidence),
  ];
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.quote);
}

describe('sitrep extract', () => {
  it('prints one contract record per document of a directory, with the structure layer', async () => {
    const run = await runCli(['extract', samples]);
    assert.equal(run.status, 0, run.stderr);
    const records = lines(run.stdout);
    assert.equal(records.length, 3);
    for (const r of records) {
      assert.equal(r.format, 'sitrep/1');
      for (const key of ['events', 'quotes', 'places', 'actors', 'figures', 'media', 'messages'] as const) assert.ok(Array.isArray(r[key]), key);
      assert.match(r.document.hash ?? '', /^[0-9a-f]{64}$/);
      assertSpansAgree(r, readFileSync(join(samples, r.document.id), 'utf8'));
    }
    const gogjali = records.find((r) => r.document.id.includes('gogjali'));
    assert.equal(gogjali?.document.published, '2016-11-01');
    assert.equal(gogjali?.structure?.title?.quote, 'Troops reach eastern edge of Mosul as fighting spreads to Gogjali');
    assert.equal(gogjali?.media[0]?.credit, 'Jane Doe/Sitrep');
    assert.equal(gogjali?.media[0]?.author, 'Jane Doe');
  });

  it('reads standard input and honours --published and --outlet', async () => {
    const text = 'Shelling hits Donetsk market\n\nShells struck a market in Donetsk on Monday, local officials said.\n';
    const run = await runCli(['extract', '--published', '2024-01-22', '--outlet', 'Example Wire', '-'], text);
    assert.equal(run.status, 0, run.stderr);
    const [record] = lines(run.stdout);
    assert.equal(record?.document.published, '2024-01-22');
    assert.equal(record?.document.outlet, 'Example Wire');
    assert.equal(record?.document.chars, text.length);
  });

  it('indents with --pretty', async () => {
    const run = await runCli(['extract', '--pretty', join(samples, '2016-10-20-bartella.txt')]);
    assert.match(run.stdout, /^\{\n {2}"format": "sitrep\/1",\n/);
  });

  it('reports unreadable inputs as records with an error, counts them in the exit status, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
    writeFileSync(join(dir, 'a-good.txt'), 'Ceasefire holds in Hodeidah\n\nThe truce held overnight, residents said.\n');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    writeFileSync(join(dir, 'c-empty.txt'), '   \n');
    writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('Caf\xe9 bombing in Kabul\n', 'latin1'));
    const run = await runCli(['extract', dir, join(dir, 'missing.txt')]);
    const records = lines(run.stdout);
    assert.equal(records.length, 5);
    assert.equal(run.status, 4);
    const rules = records.map((r) => r.messages.find((m) => m.severity === 'fatal')?.ruleId ?? 'ok');
    assert.deepEqual(rules, ['ok', 'ingest/binary', 'ingest/empty', 'ingest/invalid-utf8', 'ingest/unreadable']);
    assert.match(run.stderr, /missing\.txt: cannot read/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  it('refuses bad usage with a one-line message and status 2', async () => {
    const bad = await runCli(['extract', '--published', '01/11/2016', samples]);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, "sitrep: --published expects a date as YYYY-MM-DD, got '01/11/2016'\n");
    const none = await runCli(['extract']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /missing required argument/);
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.status, 2);
  });

  it('gives the seed report its structure (skips without ../shared)', async (t) => {
    const seed = join(shared, 'corpus/seeds/000_fbd54e7fc558b8ec.txt');
    if (!existsSync(seed)) return t.skip(`../shared not found: ${seed}`);
    const run = await runCli(['extract', seed, '--published', '2016-11-01']);
    assert.equal(run.status, 0, run.stderr);
    const [record] = lines(run.stdout);
    assert.ok(record);
    const text = readFileSync(seed, 'utf8');
    assertSpansAgree(record, text);
    assert.equal(record.structure?.timestamps[0]?.value, '2016-11-01T12:32');
    assert.ok(record.media.some((m) => m.credit === 'AP Photo/Felipe Dana' && m.kind === 'photo'));
    assert.ok(record.media.some((m) => m.kind === 'video' && m.origin === 'Facebook'));
  });
});
