import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Document } from '../../core/document.js';
import { distanceKm, loadGazetteer } from '../../geo/index.js';
import type { ResolutionAttrs } from './layers.js';
import { placePipeline } from './place-pipeline.js';
import { placeRecords } from './place-records.js';

const pipeline = placePipeline();

function resolve(text: string): Map<string, ResolutionAttrs> {
  const doc = pipeline.run(new Document('g', text, { published: '2016-11-01' }));
  return new Map(doc.layer('place-resolution').map((r) => [r.quote, r.attrs]));
}

function near(r: { lat: number | null; lon: number | null } | undefined, lat: number, lon: number, km: number): boolean {
  return r !== undefined && r.lat !== null && r.lon !== null && distanceKm(r.lat, r.lon, lat, lon) <= km;
}

test('Karama: the Mosul neighbourhood in a Mosul story, the village near Qayyarah in a Qayyarah story', () => {
  const city = resolve('Special forces fought their way into Karama after taking Gogjali on the eastern edge of Mosul.');
  assert.equal(city.get('Karama')?.gazetteerId, 'theatre:mosul:karama');
  const village = resolve('Families fled Karama, a village 7 km south of Qayyarah, as fighting spread along the Tigris.');
  assert.equal(village.get('Karama')?.gazetteerId, 'theatre:mosul:al-karamah-qayyarah');
  assert.equal(village.get('Karama')?.precision, 1);
});

test('Tripoli in Libya or in Lebanon, by the places around it', () => {
  const libya = resolve('Rival militias clashed in Tripoli overnight as the UN envoy urged calm in Benghazi and Misrata.');
  assert.equal(libya.get('Tripoli')?.country, 'LY');
  const lebanon = resolve('Syrian refugees crowded into Tripoli, in northern Lebanon, as the army patrolled Beirut.');
  assert.equal(lebanon.get('Tripoli')?.country, 'LB');
  assert.ok(near(lebanon.get('Tripoli'), 34.43, 35.84, 5));
});

test('Georgia the country or the US state, by the places around it', () => {
  const country = resolve('Russian tanks rolled into Georgia and reached Gori, 60 km from Tbilisi.');
  assert.equal(country.get('Georgia')?.gazetteerId, 'world:country:GE');
  assert.equal(country.get('Georgia')?.precision, 3);
  const state = resolve('Voters in Georgia lined up in Atlanta and Savannah as the polls opened.');
  assert.equal(state.get('Georgia')?.gazetteerId, 'world:admin1:US-GA');
});

test('an unknown village abstains with a message instead of falling back to its country', () => {
  const text = 'Militants seized the village of Qaryat Zubaydiyyah in Iraq before dawn.';
  const doc = pipeline.run(new Document('u', text, {}));
  const r = doc.layer('place-resolution').find((x) => x.quote === 'Qaryat Zubaydiyyah');
  assert.equal(r?.attrs.resolved, false);
  assert.equal(r?.attrs.lat, null);
  assert.match(r?.attrs.reason ?? '', /not in the gazetteer/);
  assert.ok(doc.messages.some((m) => m.ruleId === 'geocode/unresolved' && m.start === text.indexOf('Qaryat')));
});

test('relative locations: an offset point, a ring, and near an anchor, all at precision 2', () => {
  const r = resolve('The town of Bartella, 22km east of Mosul, was retaken. A shell hit a market 800 metres from Gogjali. A checkpoint near Qayara was hit.');
  const offset = r.get('Mosul');
  assert.deepEqual(offset?.relative, { anchor: 'Mosul', distanceKm: 22, bearing: 'E' });
  assert.equal(offset?.precision, 2);
  assert.ok(near(offset, 36.34, 43.13 + 22 / (111.32 * Math.cos((36.34 * Math.PI) / 180)), 0.5));
  assert.ok(near(offset, 36.352, 43.38, 3), 'the offset point falls on Bartella');
  const ring = r.get('Gogjali');
  assert.equal(ring?.precision, 2);
  assert.ok(near(ring, 36.358, 43.247, 0.01), 'a ring keeps its anchor point');
  assert.ok((ring?.uncertaintyKm ?? 0) >= 0.8);
  assert.equal(r.get('Qayara')?.precision, 2);
  assert.equal(r.get('Bartella')?.precision, 1);
});

test('a facility the gazetteer lacks sits at its town with precision 2', () => {
  const r = resolve('Israeli jets struck near Damascus airport on Sunday.');
  const airport = r.get('Damascus airport');
  assert.equal(airport?.canonical, 'Damascus');
  assert.equal(airport?.precision, 2);
  assert.ok(near(airport, 33.51, 36.29, 5));
});

test("a user's own gazetteer file outranks the shipped layers", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-geocode-'));
  const file = path.join(dir, 'mine.yaml');
  writeFileSync(file, 'country: SY\nplaces:\n  - {name: Tal Sheer, type: village, lat: 36.61, lon: 37.05}\n');
  const gazetteer = loadGazetteer({ userFiles: [file] });
  const doc = placePipeline(gazetteer).run(new Document('u', 'Shells fell on Tal Sheer, north of Aleppo.', {}));
  const r = doc.layer('place-resolution').find((x) => x.quote === 'Tal Sheer');
  assert.equal(r?.attrs.gazetteerId?.startsWith('user:'), true);
  assert.equal(r?.attrs.precision, 1);
});

test('place records carry the resolution, the evidence and a stable id', () => {
  const text = 'Troops entered Gogjali, on the eastern outskirts of Mosul.';
  const doc = pipeline.run(new Document('r', text, {}));
  const records = placeRecords(doc);
  assert.deepEqual(records.map((p) => [p.evidence.start, p.evidence.end, p.evidence.quote]), [
    [15, 22, 'Gogjali'], [52, 57, 'Mosul'],
  ]);
  const [gogjali, mosul] = records;
  assert.equal(gogjali?.resolved, true);
  assert.deepEqual(gogjali?.admin, ['Mosul', 'Nineveh', 'Iraq']);
  assert.equal(gogjali?.country, 'IQ');
  assert.equal(mosul?.precision, 2);
  assert.equal(records[0]?.id, placeRecords(pipeline.run(new Document('other', text, {})))[0]?.id);
  assert.match(gogjali?.id ?? '', /^pl_[0-9a-f]{16}$/);
});
