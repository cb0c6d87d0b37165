/**
 * The world table is built once from the packages (~15-20 s) and cached as
 * JSON (~35 MB, loads in well under a second). The cache file's name carries a
 * fingerprint of everything the table depends on: the package versions, our
 * aliases file and the source of the code that builds and keys it. Any
 * change there picks a new file name, so a stale cache is never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorldTable } from './world-build.js';
import { worldSourcePaths } from './world-sources.js';
import type { WorldTable } from './world-table.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ext = path.extname(fileURLToPath(import.meta.url));
/** Code whose behaviour shapes the table. */
const DEPENDS_ON = [
  'world-build', 'world-table', 'world-sources', 'admin1-regions', '../normalize-name', '../descriptors', '../name-index', '../latin-names',
  '../geonames/geonames-feature', '../geonames/geonames-row',
].map((f) => path.join(here, `${f}${ext}`));
const ALIASES = path.resolve(here, '..', '..', '..', 'data', 'gazetteer', 'world-aliases.yaml');
const PREFIX = 'world-';

export interface WorldLoad {
  table: WorldTable;
  /** Whether the table came from the cache file or was just built. */
  fromCache: boolean;
  cacheFile: string | null;
}

/** The default cache folder: node_modules/.cache/sitrep beside the packages, else the OS temp folder. */
export function defaultCacheDir(): string {
  const fromEnv = process.env['SITREP_CACHE_DIR'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const { cities500 } = worldSourcePaths();
  const at = cities500.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  return at >= 0 ? path.join(cities500.slice(0, at), 'node_modules', '.cache', 'sitrep') : path.join(os.tmpdir(), 'sitrep-cache');
}

export function worldFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(worldSourcePaths().versions);
  for (const file of [...DEPENDS_ON, ALIASES]) hash.update(existsSync(file) ? readFileSync(file) : file);
  return hash.digest('hex').slice(0, 16);
}

/** Reads the cached table, or builds it and writes the cache (best effort: a read-only folder only costs time). */
export function loadWorldTable(cacheDir: string | null = defaultCacheDir()): WorldLoad {
  if (cacheDir === null) return { table: build().table, fromCache: false, cacheFile: null };
  const file = path.join(cacheDir, `${PREFIX}${worldFingerprint()}.json`);
  if (existsSync(file)) {
    try {
      return { table: JSON.parse(readFileSync(file, 'utf8')) as WorldTable, fromCache: true, cacheFile: file };
    } catch {
      // A torn or foreign file: rebuild below and overwrite it.
    }
  }
  const { json, table } = build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, file);
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(PREFIX) && old !== path.basename(file) && old.endsWith('.json')) rmSync(path.join(cacheDir, old), { force: true });
    }
    return { table, fromCache: false, cacheFile: file };
  } catch {
    return { table, fromCache: false, cacheFile: null };
  }
}

/**
 * Builds the table and reads it back from its JSON text: the built table's
 * strings are slices that would keep the packages' whole data files alive
 * (~80 MB more heap for the rest of the process).
 */
function build(): { json: string; table: WorldTable } {
  const json = JSON.stringify(buildWorldTable(worldSourcePaths()));
  return { json, table: JSON.parse(json) as WorldTable };
}
