import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from '../../geo/index.js';
import { BEARING_DEGREES, destination } from './destination.js';

test('a point the stated distance away, on the stated bearing', () => {
  const cases: [number, number, keyof typeof BEARING_DEGREES, number][] = [
    [36.34, 43.13, 'E', 22], [36.34, 43.13, 'S', 30], [51.5, -0.12, 'NW', 150], [-33.9, 151.2, 'SW', 5], [0, 179.9, 'E', 50],
  ];
  for (const [lat, lon, dir, km] of cases) {
    const p = destination(lat, lon, BEARING_DEGREES[dir], km);
    assert.ok(Math.abs(distanceKm(lat, lon, p.lat, p.lon) - km) < 0.01 * km, `${dir} ${km} km`);
    assert.ok(p.lon >= -180 && p.lon <= 180);
  }
  const south = destination(36.34, 43.13, 180, 30);
  assert.ok(south.lat < 36.34 && Math.abs(south.lon - 43.13) < 1e-9);
});
