/** Distance on the sphere, and the box that a radius search can prefilter on with plain column indexes. */

export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** One range, two when the circle crosses the antimeridian, `[-180, 180]` when it covers a pole. */
  lonRanges: Array<[number, number]>;
}

/** The smallest latitude/longitude box holding every point within `km` of the centre. */
export function boundingBox(lat: number, lon: number, km: number): BoundingBox {
  const r = km / EARTH_RADIUS_KM;
  const minLat = lat - r / RAD;
  const maxLat = lat + r / RAD;
  if (minLat <= -90 || maxLat >= 90) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), lonRanges: [[-180, 180]] };
  }
  // Widest longitude spread of a spherical cap is reached off the centre's parallel, not on it.
  const dLon = Math.asin(Math.min(1, Math.sin(r) / Math.cos(lat * RAD))) / RAD;
  const west = lon - dLon;
  const east = lon + dLon;
  if (west < -180) return { minLat, maxLat, lonRanges: [[west + 360, 180], [-180, east]] };
  if (east > 180) return { minLat, maxLat, lonRanges: [[west, 180], [-180, east - 360]] };
  return { minLat, maxLat, lonRanges: [[west, east]] };
}
