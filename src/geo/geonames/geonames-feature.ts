/** GeoNames feature classes and codes mapped to our feature types. */
import type { FeatureType } from '../types.js';

const BY_CODE: Readonly<Record<string, FeatureType>> = {
  PCLI: 'country', PCLD: 'country', PCLF: 'country', PCLS: 'country', PCLIX: 'country', PCL: 'country', TERR: 'country',
  ADM1: 'admin1', ADM1H: 'admin1', ADM2: 'admin2', ADM2H: 'admin2', ADM3: 'district', ADM4: 'district', ADMD: 'district',
  PPLX: 'neighbourhood', AIRP: 'airport', AIRF: 'airport', AIRH: 'airport', AIRB: 'base', INSM: 'base', MILB: 'base',
  BDG: 'bridge', CMPRF: 'camp', CMP: 'camp', RGN: 'region', RGNE: 'region', AREA: 'region', VAL: 'region', PLN: 'region',
  STM: 'river', STMI: 'river', WAD: 'river', MT: 'mountain', MTS: 'mountain', HLL: 'mountain', HLLS: 'mountain', PK: 'mountain', RDGE: 'mountain',
};

const CITY_POPULATION = 100_000;
const TOWN_POPULATION = 5_000;

export function featureTypeOf(featureClass: string, featureCode: string, population: number): FeatureType {
  const byCode = BY_CODE[featureCode];
  if (byCode !== undefined) return byCode;
  if (featureClass === 'P') {
    if (population >= CITY_POPULATION || featureCode === 'PPLC') return 'city';
    if (population >= TOWN_POPULATION || /^PPLA/.test(featureCode)) return 'town';
    return 'village';
  }
  if (featureClass === 'S') return 'landmark';
  return 'other';
}
