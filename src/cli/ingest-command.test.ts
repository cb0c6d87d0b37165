import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './test-support/run-cli.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const samples = join(repo, 'samples');

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'sitrep-ingest-')), 'test.db');
}

describe('sitrep ingest and stats', () => {
  it('stores documents, and a second run stores nothing new', async () => {
    const db = tempDb();
    const first = await runCli(['ingest', '--db', db, samples]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /ingested 3 document\(s\) into .*: 3 new, 0 unchanged, 0 failed/);
    const second = await runCli(['ingest', '--db', db, samples]);
    assert.match(second.stdout, /ingested 3 document\(s\) into .*: 0 new, 3 unchanged, 0 failed/);
    const stats = await runCli(['stats', '--db', db, '--json']);
    const s = JSON.parse(stats.stdout) as { documents: number; media: number; failures: number };
    assert.equal(s.documents, 3);
    assert.equal(s.media, 3);
    assert.equal(s.failures, 0);
    const table = await runCli(['stats', '--db', db]);
    assert.match(table.stdout, /documents\s+3/);
  });

  it('keeps the same text under another name as another document sharing its text', async () => {
    const db = tempDb();
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-copy-'));
    const text = readFileSync(join(samples, '2016-10-20-bartella.txt'));
    writeFileSync(join(dir, 'copy-one.txt'), text);
    writeFileSync(join(dir, 'copy-two.txt'), text);
    const run = await runCli(['ingest', '--db', db, dir]);
    assert.match(run.stdout, /2 new, 0 unchanged/);
    const stats = JSON.parse((await runCli(['stats', '--db', db, '--json'])).stdout) as { documents: number; distinctTexts: number };
    assert.deepEqual([stats.documents, stats.distinctTexts], [2, 1]);
  });

  it('records failures, keeps going, exits 1, and lists them in stats', async () => {
    const db = tempDb();
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
    writeFileSync(
      join(dir, 'wire.jsonl'),
      [
        JSON.stringify({ id: 'w1', title: 'Truce talks resume', published: '2016-02-20', text: 'Talks resumed in Geneva on Saturday.' }),
        '{"id": "w2", "text": ',
        JSON.stringify({ id: 'w3', title: 'No body' }),
        JSON.stringify({ id: 'w4', published: '2016-02-21', text: 'Air strikes hit Idlib province on Sunday, a monitor said.' }),
      ].join('\n'),
    );
    const run = await runCli(['ingest', '--db', db, dir]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /ingested 4 document\(s\) into .*: 2 new, 0 unchanged, 2 failed/);
    assert.match(run.stderr, /wire\.jsonl:2: /);
    assert.match(run.stderr, /wire\.jsonl:3: /);
    const stats = JSON.parse((await runCli(['stats', '--db', db, '--json'])).stdout) as { failures: number; documents: number };
    assert.deepEqual([stats.documents, stats.failures], [2, 2]);
  });

  it('refuses a file that is not a sitrep database without touching it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-notdb-'));
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'these are my notes, not a database\n');
    const before = readFileSync(file);
    const run = await runCli(['ingest', '--db', file, samples]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^sitrep: .*notes\.db/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.deepEqual(readFileSync(file), before);
  });

  it('says so when stats or events are asked of a database that does not exist', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sitrep-none-')), 'absent.db');
    for (const cmd of ['stats', 'events']) {
      const run = await runCli([cmd, '--db', db]);
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, /absent\.db/);
    }
  });
});
