import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { distanceKm } from '../distance.js';
import { THEATRES_DIR, loadGazetteer } from '../load-gazetteer.js';
import { convert } from './convert-mosul-research.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const PACK = path.join(THEATRES_DIR, 'mosul.yaml');
const MOSUL = { lat: 36.34, lon: 43.13 };
/** Gold places this close to Mosul belong to the theatre. */
const THEATRE_RADIUS_KM = 150;

const gazetteer = loadGazetteer({ world: false, theatres: [PACK] });

describe('Mosul theatre pack', () => {
  it('loads every place without problems', () => {
    assert.deepEqual(gazetteer.problems, []);
    assert.deepEqual(gazetteer.stats.map((s) => [s.layer, s.places]), [['theatre', 265]]);
  });

  it('gives neighbourhoods the chain Mosul → Nineveh → Iraq, and towns their district', () => {
    const gogjali = gazetteer.lookup('Kokjali')[0];
    assert.equal(gogjali?.id, 'theatre:mosul:gogjali');
    assert.deepEqual(gogjali?.admin, ['Mosul', 'Nineveh', 'Iraq']);
    assert.equal(gogjali?.country, 'IQ');
    assert.deepEqual(gazetteer.parents('theatre:mosul:gogjali').map((e) => e.id), ['theatre:mosul:mosul', 'theatre:mosul:nineveh-governorate']);
    assert.deepEqual(gazetteer.lookup('Hamam al-Alil')[0]?.admin, ['Mosul District', 'Nineveh', 'Iraq']);
    assert.ok(gazetteer.children('theatre:mosul:mosul').some((e) => e.name === 'Zahraa'));
  });

  it('leaves places without a trustworthy point unlocated instead of guessing', () => {
    for (const name of ['Aden', 'Faisaliya', 'Old Bridge', 'Judaydat al-Mufti']) {
      const place = gazetteer.lookup(name).find((c) => c.layer === 'theatre');
      assert.ok(place !== undefined, name);
      assert.deepEqual([place.lat, place.lon, place.quality, place.uncertaintyKm], [null, null, 'none', null], name);
    }
  });

  it('carries the quality, radius and references of each point', () => {
    const tahrir = gazetteer.lookup('al-Tahrir')[0];
    assert.deepEqual([tahrir?.quality, tahrir?.uncertaintyKm], ['estimated', 3]);
    assert.match(tahrir?.source ?? '', /^third-party-centroid: /);
    const bartella = gazetteer.lookup('Bartalla')[0];
    assert.deepEqual([bartella?.quality, bartella?.uncertaintyKm], ['exact', 0.5]);
    assert.match(bartella?.source ?? '', /^infobox: https?:\/\//);
  });

  it('keeps homonyms apart: the Karama neighbourhood and the Karama village south of Qayyarah', () => {
    const karamas = gazetteer.lookup('al-Karamah');
    assert.deepEqual(karamas.map((c) => [c.id, c.featureType]), [
      ['theatre:mosul:karama', 'neighbourhood'],
      ['theatre:mosul:al-karamah-qayyarah', 'village'],
    ]);
  });

  it('treats estimated points as unlocated when asked for approx or better', () => {
    const strict = loadGazetteer({ world: false, theatres: [PACK], minQuality: 'approx' });
    assert.equal(strict.lookup('Tahrir')[0]?.lat, null);
    assert.equal(strict.lookup('Gogjali')[0]?.lat, 36.358);
  });

  it('resolves every located seed gold place of the theatre within 5 km', (t) => {
    const goldDirs = [path.join(shared, 'gold'), path.join(shared, 'gold', 'dev')].filter(existsSync);
    if (goldDirs.length === 0) return t.skip(`../shared not found: ${shared}`);
    let checked = 0;
    for (const dir of goldDirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
        const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { places?: { name: string; lat: number | null; lon: number | null }[] };
        for (const place of gold.places ?? []) {
          if (place.lat === null || place.lon === null || distanceKm(place.lat, place.lon, MOSUL.lat, MOSUL.lon) > THEATRE_RADIUS_KM) continue;
          const best = gazetteer.lookup(place.name)[0];
          assert.ok(best?.lat != null && best.lon != null, `${file}: ${place.name} not found or unlocated`);
          const km = distanceKm(place.lat, place.lon, best.lat, best.lon);
          assert.ok(km <= 5, `${file}: ${place.name} → ${best.id} is ${km.toFixed(1)} km from gold`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 20, `only ${checked} gold places checked`);
  });

  it('is what the converter makes of the research CSV', (t) => {
    const csv = path.join(shared, 'gazetteer', 'mosul_places.csv');
    if (!existsSync(csv)) return t.skip(`../shared not found: ${csv}`);
    assert.equal(convert(readFileSync(csv, 'utf8')), readFileSync(PACK, 'utf8'), 'run src/geo/theatre/convert-mosul-research.ts and review the diff');
  });
});
