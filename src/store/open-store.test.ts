import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { openStore } from './open-store.js';
import { StoreError } from './store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-open-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens ./sitrep.db in the working directory by default', () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const store = openStore();
      assert.equal(store.location, path.join(dir, 'sitrep.db'));
      store.close();
      assert.ok(existsSync(path.join(dir, 'sitrep.db')));
    } finally {
      process.chdir(cwd);
    }
  });

  it('opens an absolute path or a file: URL as SQLite', () => {
    const file = path.join(dir, 'events.db');
    const a = openStore(file);
    a.close();
    const b = openStore(pathToFileURL(file).href);
    assert.equal(b.location, file);
    b.close();
  });

  it('creates nothing when told the store must exist', () => {
    const file = path.join(dir, 'not-yet.db');
    assert.throws(() => openStore(file, { mustExist: true }), new StoreError(`${file} does not exist: no sitrep database has been created there`));
    assert.equal(existsSync(file), false);
    openStore(file).close();
    openStore(file, { mustExist: true }).close();
  });

  it('says PostgreSQL is not built yet, without echoing the password', () => {
    for (const url of ['postgres://analyst:s3cret@db.example.org/sitrep', 'postgresql://db.example.org/sitrep']) {
      assert.throws(
        () => openStore(url),
        (err: unknown) => err instanceof StoreError && /^PostgreSQL support is not built yet/.test(err.message) && !err.message.includes('s3cret'),
      );
    }
  });

  it('refuses other URL schemes', () => {
    assert.throws(() => openStore('mysql://db.example.org/sitrep'), /unsupported database location mysql:\/\/db.example.org\/sitrep/);
    assert.throws(() => openStore('https://example.org/sitrep.db'), /unsupported database location/);
  });
});
