import { UsageError } from './usage-error.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (2016-02-30 is refused). */
export function parseDate(value: string, flag: string): string {
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} expects a date as YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

export interface Near {
  lat: number;
  lon: number;
  km: number;
}

export function parseNear(value: string): Near {
  const parts = value.split(',').map((p) => p.trim());
  const nums = parts.map(Number);
  const [lat, lon, km] = nums;
  if (parts.length !== 3 || lat === undefined || lon === undefined || km === undefined || nums.some((n, i) => parts[i] === '' || !Number.isFinite(n))) {
    throw new UsageError(`--near expects LAT,LON,KM (e.g. 36.34,43.13,25), got '${value}'`);
  }
  if (Math.abs(lat) > 90) throw new UsageError(`--near latitude must be between -90 and 90, got ${lat}`);
  if (Math.abs(lon) > 180) throw new UsageError(`--near longitude must be between -180 and 180, got ${lon}`);
  if (km <= 0) throw new UsageError(`--near radius must be a positive number of km, got ${km}`);
  return { lat, lon, km };
}

export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parsePositiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive whole number, got '${value}'`);
  return n;
}

export function parseChoice<T extends string>(value: string, choices: readonly T[], flag: string): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${choices.join(', ')}, got '${value}'`);
}
