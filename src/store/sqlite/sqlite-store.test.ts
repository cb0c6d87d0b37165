import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { runStoreSuite } from '../store-suite.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
runStoreSuite('SQLite', () => new SqliteStore(path.join(dir, `store-${++n}.db`)));
