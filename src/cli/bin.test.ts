import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the sitrep command', () => {
  it('stops quietly when its reader closes the pipe early (`sitrep extract … | head -1`)', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/cli/bin.ts'), 'extract', '--pretty', join(repo, 'samples')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    assert.equal(code, 0);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
  });
});
