/** Several connections, in several processes, on one store. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { EVENTS_PER_DOCUMENT, writerInput } from './writer-input.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const WRITER = path.join(here, 'concurrent-writer.ts');

export function concurrencyTests(open: () => Store): void {
  describe('concurrency', () => {
    it('lets readers read consistent snapshots while another process writes, and both processes write', async (t) => {
      const store = open();
      const reader = openStore(store.location);
      t.after(() => {
        reader.close();
        store.close();
      });
      const written = 40;
      const child = spawn(process.execPath, ['--import', 'tsx', WRITER, store.location, String(written), 'child'], {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      let done = false;
      void exited.then(() => (done = true));

      const seen: number[] = [];
      let own = 0;
      while (!done) {
        for (const connection of [store, reader]) {
          const s = connection.stats();
          assert.equal(s.events, s.documents * EVENTS_PER_DOCUMENT, 'a reader saw a document without all its events');
          seen.push(s.documents);
        }
        if (own < 10) store.save(writerInput('parent', own++));
        await tick();
      }
      assert.equal(await exited, 0, `writer process failed: ${stderr}`);
      while (own < 10) store.save(writerInput('parent', own++));

      // Each read starts after the previous one ended, so it may never see fewer documents.
      seen.forEach((n, i) => assert.ok(n >= (seen[i - 1] ?? 0), `document count went from ${seen[i - 1]} back to ${n}`));
      for (const connection of [store, reader]) {
        const s = connection.stats();
        assert.equal(s.documents, written + 10);
        assert.equal(s.eventsByType['remote.shelling'], written + 10);
      }
      assert.equal(reader.getDocument('child-39')?.text.startsWith('Update child-39:'), true);
      assert.deepEqual(store.queryEvents({ docId: 'parent-3' }).map((e) => e.id), ['ev_parent_3_a', 'ev_parent_3_b']);
    });
  });
}
