/**
 * Start-up cost of the gazetteer: time and heap to load it (and, with
 * --rebuild, to build the world table from the packages), plus lookup speed.
 *
 *   node --expose-gc --import tsx src/geo/gazetteer-bench.ts [--rebuild]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGazetteer, worldLayer } from './load-gazetteer.js';
import { nameKeys } from './normalize-name.js';

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
const rebuild = process.argv.includes('--rebuild');
const cacheDir = rebuild ? mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-')) : undefined;

gc();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const gazetteer = loadGazetteer(cacheDir === undefined ? {} : { cacheDir });
const loadMs = performance.now() - start;
gc();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
const world = worldLayer(cacheDir ?? undefined).info;

const probes = ['Mosul', 'Gogjali', 'Tripoli', 'Georgia', "Sana'a", 'Aleppo province', 'Kandinawa', 'University of Mosul', 'Washington', 'New York City'];
const rounds = 2_000;
const t = performance.now();
for (let i = 0; i < rounds; i++) for (const p of probes) gazetteer.lookup(p);
const lookupUs = ((performance.now() - t) * 1000) / (rounds * probes.length);
const keys = probes.flatMap((p) => nameKeys(p));
const t2 = performance.now();
for (let i = 0; i < rounds * 10; i++) for (const k of keys) gazetteer.mightBeName(k);
const mightUs = ((performance.now() - t2) * 1000) / (rounds * 10 * keys.length);

const report = {
  world: { ms: Math.round(world.loadMs), fromCache: world.fromCache, cacheFile: world.cacheFile },
  gazetteerLoadMs: Math.round(loadMs),
  heapMb: Math.round(heapMb),
  rssMb: Math.round(process.memoryUsage().rss / 1e6),
  layers: gazetteer.stats,
  lookupMicros: Number(lookupUs.toFixed(1)),
  mightBeNameMicros: Number(mightUs.toFixed(3)),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
if (cacheDir !== undefined) rmSync(cacheDir, { recursive: true, force: true });
