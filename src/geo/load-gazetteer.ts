/**
 * Assembles the gazetteer from its layers. The world layer is the expensive
 * one (a ~35 MB cache file, ~1 s, ~100 MB heap), so it is loaded once per
 * process and shared by every gazetteer built afterwards.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from './gazetteer.js';
import { EntriesLayer } from './gazetteer-layer.js';
import type { GazetteerLayer } from './gazetteer-layer.js';
import { GeonamesLayer } from './geonames/geonames-layer.js';
import { slug } from './place-records.js';
import { loadPlaceFile } from './place-files.js';
import { COORD_QUALITIES } from './types.js';
import type { CoordQuality, GazetteerEntry, GazetteerProblem } from './types.js';
import { defaultCacheDir, loadWorldTable } from './world/world-cache.js';
import { WorldLayer } from './world/world-layer.js';

export const THEATRES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'gazetteer', 'theatres');

export interface GazetteerOptions {
  /** The user's own places (YAML, CSV or GeoJSON), highest priority. */
  userFiles?: readonly string[];
  /** A database written by `importGeonames`. */
  geonamesDb?: string;
  /** Theatre pack files; default every .yaml in data/gazetteer/theatres. */
  theatres?: readonly string[];
  /** Load the world base layer (default true). */
  world?: boolean;
  /** Where the world layer's cache lives; null builds it in memory every time. Default: node_modules/.cache/sitrep. */
  cacheDir?: string | null;
  /**
   * Leave unlocated every coordinate of lower quality than this (default
   * `estimated`: keep all). `approx` drops third-party and derived points.
   */
  minQuality?: Exclude<CoordQuality, 'none'>;
}

export interface WorldLayerInfo {
  /** Time to read (or build) the table and index it, ms. */
  loadMs: number;
  fromCache: boolean;
  cacheFile: string | null;
}

const worlds = new Map<string, { layer: WorldLayer; info: WorldLayerInfo }>();

/** The world layer of this process for a cache folder, loaded on first use. */
export function worldLayer(cacheDir: string | null = defaultCacheDir()): { layer: WorldLayer; info: WorldLayerInfo } {
  const memo = String(cacheDir);
  const hit = worlds.get(memo);
  if (hit !== undefined) return hit;
  const start = performance.now();
  const loaded = loadWorldTable(cacheDir);
  const layer = new WorldLayer(loaded.table);
  const made = { layer, info: { loadMs: performance.now() - start, fromCache: loaded.fromCache, cacheFile: loaded.cacheFile } };
  worlds.set(memo, made);
  return made;
}

export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const problems: GazetteerProblem[] = [];
  const world = options.world === false ? null : worldLayer(options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir).layer;
  const countryName = (iso2: string): string | null => world?.get(`world:country:${iso2}`)?.name ?? null;
  const floor = COORD_QUALITIES.indexOf(options.minQuality ?? 'estimated');
  const keepQuality = (e: GazetteerEntry): GazetteerEntry =>
    e.lat === null || COORD_QUALITIES.indexOf(e.quality) <= floor ? e : { ...e, lat: null, lon: null, quality: 'none', uncertaintyKm: null };

  const layers: GazetteerLayer[] = [];
  const fromFiles = (files: readonly string[], layer: 'user' | 'theatre'): void => {
    const entries: GazetteerEntry[] = [];
    for (const file of files) {
      const base = path.basename(file).replace(/\.[^.]+$/, '');
      const result = loadPlaceFile(file, { layer, idPrefix: `${layer}:${slug(base)}`, countryName });
      entries.push(...result.entries.map(keepQuality));
      problems.push(...result.problems);
    }
    if (entries.length > 0) layers.push(new EntriesLayer(layer, entries));
  };
  fromFiles(options.userFiles ?? [], 'user');
  fromFiles(options.theatres ?? shippedTheatres(), 'theatre');
  if (options.geonamesDb !== undefined) {
    try {
      layers.push(new GeonamesLayer(options.geonamesDb, countryName));
    } catch (err) {
      problems.push({ file: options.geonamesDb, line: null, feature: null, reason: (err as Error).message, severity: 'error' });
    }
  }
  if (world !== null) layers.push(world);
  return new Gazetteer(layers, problems);
}

const shared = new Map<string, Gazetteer>();

/** One gazetteer per distinct set of options for the whole process: what stages should hold. */
export function sharedGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const memo = JSON.stringify(options);
  let gazetteer = shared.get(memo);
  if (gazetteer === undefined) {
    gazetteer = loadGazetteer(options);
    shared.set(memo, gazetteer);
  }
  return gazetteer;
}

function shippedTheatres(): string[] {
  return readdirSync(THEATRES_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(THEATRES_DIR, f));
}
