import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundingBox, haversineKm } from './geo.js';

const inBox = (box: ReturnType<typeof boundingBox>, lat: number, lon: number) =>
  lat >= box.minLat && lat <= box.maxLat && box.lonRanges.some(([w, e]) => lon >= w && lon <= e);

describe('haversineKm', () => {
  it('measures great-circle distances', () => {
    assert.ok(Math.abs(haversineKm(51.5074, -0.1278, 48.8566, 2.3522) - 343.56) < 0.05, 'London to Paris');
    assert.ok(Math.abs(haversineKm(0, 179.5, 0, -179.5) - 111.2) < 0.05, 'one degree across the antimeridian');
    assert.equal(haversineKm(36.34, 43.13, 36.34, 43.13), 0);
  });
});

describe('boundingBox', () => {
  it('holds every point of the circle, including off its parallel at high latitude', () => {
    for (const [lat, lon, km] of [[36.34, 43.13, 25], [69.65, 18.96, 300], [-33.87, 151.21, 5]] as const) {
      const box = boundingBox(lat, lon, km);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        // A point just inside the circle, found by walking along the bearing.
        const d = (km * 0.999) / 6371.0088;
        const b = (bearing * Math.PI) / 180;
        const p1 = (lat * Math.PI) / 180;
        const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        const l2 = lon + (Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2)) * 180) / Math.PI;
        const plat = (p2 * 180) / Math.PI;
        assert.ok(haversineKm(lat, lon, plat, l2) < km);
        assert.ok(inBox(box, plat, l2), `${plat},${l2} at bearing ${bearing} from ${lat},${lon}`);
      }
    }
  });

  it('splits at the antimeridian and opens up at the poles', () => {
    assert.deepEqual(boundingBox(-17.3, -179.9, 80).lonRanges.length, 2);
    assert.ok(inBox(boundingBox(-17.3, -179.9, 80), -17.32, 179.42));
    assert.ok(!inBox(boundingBox(-17.3, -179.9, 80), -17.32, 178.0));
    assert.ok(inBox(boundingBox(-17.3, 179.9, 80), -17.32, -179.5));
    assert.ok(!inBox(boundingBox(-17.3, 179.9, 80), -17.32, -178.0));
    assert.deepEqual(boundingBox(89.9, 10, 50).lonRanges, [[-180, 180]]);
    assert.ok(boundingBox(36.34, 43.13, 25).lonRanges.every(([w, e]) => w > 42.8 && e < 43.5));
  });
});
