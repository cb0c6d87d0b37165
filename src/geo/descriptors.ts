/**
 * Generic words that name the kind of place rather than the place: "Aleppo
 * province", "the Tahrir district", "Hay al-Zahra", "Ghazlani military base".
 * Lookups strip them and keep only candidates of a fitting kind; indexes add a
 * name's core when its own descriptor fits its kind ("Nineveh Governorate" is
 * also found as "Nineveh"). "City" is never stripped when indexing (Kuwait
 * City is not Kuwait), nor is "District" from an admin-2 area named after its
 * seat (a bare "Tal Afar" is the town).
 */
import type { FeatureType } from './types.js';

const SUFFIXES: readonly (readonly [readonly string[], readonly FeatureType[]])[] = [
  [['province'], ['admin1', 'admin2']],
  [['governorate'], ['admin1']],
  [['state'], ['admin1']],
  [['oblast'], ['admin1']],
  [['region'], ['admin1', 'region']],
  [['subdistrict'], ['admin2', 'district']],
  [['district'], ['admin2', 'district', 'neighbourhood']],
  [['county'], ['admin2']],
  [['neighbourhood'], ['neighbourhood', 'district']],
  [['neighborhood'], ['neighbourhood', 'district']],
  [['quarter'], ['neighbourhood', 'district']],
  [['area'], ['neighbourhood', 'district', 'region']],
  [['city'], ['city', 'town']],
  [['town'], ['town', 'city', 'village']],
  [['village'], ['village', 'town']],
  [['camp'], ['camp', 'base']],
  [['military', 'base'], ['base', 'airport']],
  [['army', 'base'], ['base']],
  [['military', 'camp'], ['base', 'camp']],
  [['base'], ['base', 'airport']],
];

const PREFIXES: readonly (readonly [string, readonly FeatureType[]])[] = [
  ['hay', ['neighbourhood', 'district']],
  ['mahallat', ['neighbourhood']],
];

export interface DescriptorSplit {
  core: string[];
  fits: readonly FeatureType[];
}

/** The name without its descriptor, and the kinds the descriptor fits; null when it has none. */
export function splitDescriptor(words: readonly string[]): DescriptorSplit | null {
  for (const [suffix, fits] of SUFFIXES) {
    const n = words.length - suffix.length;
    if (n < 1) continue;
    if (suffix.every((w, i) => words[n + i] === w)) return { core: words.slice(0, n), fits };
  }
  const first = words[0];
  for (const [prefix, fits] of PREFIXES) {
    if (first === prefix && words.length > 1) return { core: words.slice(1), fits };
  }
  return null;
}

export interface IndexableCore {
  core: string[];
  /**
   * Regions are commonly called by their bare name (Aleppo for Aleppo
   * province), so their core is always indexed. A camp, base or
   * neighbourhood named after a town ("Bashiqa camp") is not: its core is
   * indexed only where no other place of the layer has that name.
   */
  always: boolean;
}

/** The core to index a name under as well, when its descriptor fits the entry's own kind. */
export function indexableCore(words: readonly string[], type: FeatureType): IndexableCore | null {
  const split = splitDescriptor(words);
  if (split === null || words[words.length - 1] === 'city' || type === 'admin2') return null;
  if (!split.fits.includes(type)) return null;
  return { core: split.core, always: type === 'admin1' || type === 'region' };
}
