import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = ['--import', 'tsx', join(repo, 'src/cli/bin.ts')];

const TOWNS = ['Kobani', 'Manbij', 'Jarablus', 'Tal Abyad', 'Raqqa', 'Tabqa', 'Deir ez-Zor', 'Palmyra'];
const ACTORS = ['Kurdish-led forces', 'Syrian government troops', 'rebel fighters', 'Turkish-backed groups'];

/** Distinct wire-style reports written for this test, numerous enough to interrupt half-way. */
function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const actor = ACTORS[i % ACTORS.length]!;
    const text = [
      `Fighting flares near ${town}, report ${i}`,
      '',
      `${actor} clashed with Islamic State militants on the outskirts of ${town} on Monday, a monitoring group said, in report number ${i}.`,
      '',
      `At least ${(i % 40) + 2} fighters were killed and ${(i % 300) + 10} families fled toward camps to the north, the group said. "The road is closed," a local official said.`,
      '',
      `Photo: Smoke rises over ${town}. Picture: Example Agency/Staff`,
    ].join('\n');
    lines.push(JSON.stringify({ id: `r-${i}`, title: `Fighting flares near ${town}, report ${i}`, published: '2016-06-0' + ((i % 9) + 1), outlet: 'Example Wire', text }));
  }
  return lines.join('\n') + '\n';
}

function snapshot(db: string): unknown {
  const d = new Database(db, { readonly: true });
  try {
    return {
      documents: d.prepare('SELECT id, source_id, hash, title, published, text, record, versions FROM documents ORDER BY id').all(),
      annotations: d
        .prepare('SELECT d.id, a.layer, a.seq, a.start, a.end, a.attrs FROM annotations a JOIN documents d ON d.pk = a.doc ORDER BY d.id, a.layer, a.seq')
        .all(),
      messages: d.prepare('SELECT d.id, m.seq, m.rule_id, m.reason FROM messages m JOIN documents d ON d.pk = m.doc ORDER BY d.id, m.seq').all(),
      media: d.prepare('SELECT d.id, m.seq, m.record FROM media m JOIN documents d ON d.pk = m.doc ORDER BY d.id, m.seq').all(),
    };
  } finally {
    d.close();
  }
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

describe('interrupted ingest', () => {
  it('killed half-way, then re-run, ends with the same database as an uninterrupted run', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-resume-'));
    const input = join(dir, 'wire.jsonl');
    const total = 1500;
    writeFileSync(input, corpus(total));

    const whole = join(dir, 'whole.db');
    const full = spawnSync(process.execPath, [...cli, 'ingest', '--db', whole, '--batch-size', '10', input], { encoding: 'utf8' });
    assert.equal(full.status, 0, full.stderr);
    assert.equal(count(whole), total);

    const broken = join(dir, 'broken.db');
    const child = spawn(process.execPath, [...cli, 'ingest', '--db', broken, '--batch-size', '10', input], { stdio: 'ignore' });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    let seen = 0;
    while (seen === 0 && child.exitCode === null) {
      await sleep(20);
      seen = count(broken);
    }
    child.kill('SIGKILL');
    await exited;
    const committed = count(broken);
    assert.ok(committed > 0 && committed < total, `expected to stop half-way, stored ${committed} of ${total}`);

    const again = spawnSync(process.execPath, [...cli, 'ingest', '--db', broken, input], { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`${total - committed} new, ${committed} unchanged, 0 failed`));
    assert.deepEqual(snapshot(broken), snapshot(whole));
  });
});
