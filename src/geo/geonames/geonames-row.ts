/** The columns of GeoNames' `geoname` table dumps (country files such as IQ.txt, cities500, allCountries). */

/** One row of a GeoNames `geoname` table dump (country files, cities500, allCountries). */
export interface GeonamesRow {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string;
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Parses one tab-separated GeoNames line; null when it does not have the 19 columns. */
export function parseGeonamesLine(line: string): GeonamesRow | null {
  const c = line.split('\t');
  if (c.length < 19) return null;
  const geonameId = Number(c[0]);
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  if (!Number.isInteger(geonameId) || !Number.isFinite(lat) || !Number.isFinite(lon) || c[1] === '') return null;
  return {
    geonameId,
    name: c[1] as string,
    asciiName: c[2] as string,
    alternateNames: c[3] as string,
    lat,
    lon,
    featureClass: c[6] as string,
    featureCode: c[7] as string,
    country: c[8] as string,
    admin1: c[10] as string,
    admin2: c[11] as string,
    population: Number(c[14]) || 0,
  };
}
