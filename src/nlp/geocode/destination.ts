/**
 * The point a bearing and distance away from another on a spherical Earth:
 * "22km east of Mosul". Good to well under 1 % at the tens of kilometres
 * news reports give, far below the uncertainty of such statements.
 */
import type { Direction } from '../numbers/layers.js';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export const BEARING_DEGREES: Readonly<Record<Direction, number>> = { N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315 };

export function destination(lat: number, lon: number, bearingDeg: number, km: number): { lat: number; lon: number } {
  const d = km / EARTH_RADIUS_KM;
  const t = bearingDeg * RAD;
  const p1 = lat * RAD;
  const l1 = lon * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(t));
  const l2 = l1 + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: p2 / RAD, lon: ((((l2 / RAD) + 540) % 360) - 180) };
}
