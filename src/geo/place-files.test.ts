import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadPlaceFile } from './place-files.js';
import type { PlaceFileOptions } from './place-files.js';
import type { GazetteerProblem } from './types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-places-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const COUNTRIES: Record<string, string> = { SY: 'Syria', IQ: 'Iraq', YE: 'Yemen' };
const options: PlaceFileOptions = { layer: 'user', idPrefix: 'user:places', countryName: (c) => COUNTRIES[c] ?? null };

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Problems as [line, feature, severity, reason] for exact comparison. */
function table(problems: readonly GazetteerProblem[]): [number | null, number | null, string, string][] {
  return problems.map((p) => [p.line, p.feature, p.severity, p.reason]);
}

describe('YAML place files', () => {
  it('loads places with parents, admin chains, aliases and unlocated places', () => {
    const file = write('aleppo.yaml', `country: SY
places:
  - id: aleppo-governorate
    name: Aleppo Governorate
    type: governorate
    parent: SY
    adminName: Aleppo
    lat: 36.2
    lon: 37.15
    quality: approx
  - id: tel-rifaat
    name: Tel Rifaat
    alt: [Tall Rifat, "Tell Rif'at"]
    type: town
    parent: aleppo-governorate
    lat: 36.473
    lon: 37.097
  - name: Ein Jalout school
    type: landmark
    parent: aleppo-governorate
`);
    const { entries, problems, meta } = loadPlaceFile(file, options);
    assert.deepEqual(problems, []);
    assert.equal(meta['country'], 'SY');
    assert.deepEqual(entries.map((e) => [e.id, e.name, e.featureType, e.country, e.admin, e.parentId, e.lat, e.lon, e.quality]), [
      ['user:places:aleppo-governorate', 'Aleppo Governorate', 'admin1', 'SY', ['Syria'], null, 36.2, 37.15, 'approx'],
      ['user:places:tel-rifaat', 'Tel Rifaat', 'town', 'SY', ['Aleppo', 'Syria'], 'user:places:aleppo-governorate', 36.473, 37.097, 'approx'],
      ['user:places:ein-jalout-school', 'Ein Jalout school', 'landmark', 'SY', ['Aleppo', 'Syria'], 'user:places:aleppo-governorate', null, null, 'none'],
    ]);
    assert.deepEqual(entries[1]?.altNames, ['Tall Rifat', "Tell Rif'at"]);
    assert.equal(entries[1]?.source, `${file}:11`);
  });

  it('reports each bad place by line and keeps the good ones', () => {
    const file = write('bad.yaml', `places:
  - name: Manbij
    lat: 36.528
    lon: 37.955
  - lat: 36.0
    lon: 37.0
  - name: Kobani
    lat: 136.0
    lon: 38.4
  - name: Azaz
    lat: 36.587
  - name: Jarablus
    type: hamletto
    lat: 36.817
    lon: 38.011
  - name: Tokhar
    parent: nowhere
  - just a string
  - name: Manbij
    lat: 1
    lon: 2
  - name: Al-Bab
    lat: thirty six
    lon: 37.5
  - name: Deir Hafer
    quality: guessed
    lat: 36.15
    lon: 37.7
`);
    const { entries, problems } = loadPlaceFile(file, options);
    assert.deepEqual(entries.map((e) => [e.name, e.featureType]), [['Manbij', 'other'], ['Jarablus', 'other'], ['Tokhar', 'other']]);
    assert.deepEqual(table(problems), [
      [18, 6, 'error', 'a place must be a mapping of fields (name, lat, lon, …)'],
      [5, 1, 'error', 'missing name'],
      [7, 2, 'error', 'lat 136 is out of range [-90, 90]'],
      [10, 3, 'error', '"Azaz" has lat but not lon'],
      [12, 4, 'warning', '"Jarablus" has unknown type "hamletto" (known: country, admin1, admin2, district, city, town, village, neighbourhood, base, airport, bridge, landmark, camp, river, mountain, region, other)'],
      [19, 7, 'error', 'duplicate id "manbij"'],
      [22, 8, 'error', 'lat "thirty six" is not a number'],
      [25, 9, 'error', '"Deir Hafer" has unknown quality "guessed" (known: exact, approx, estimated, none)'],
      [16, 5, 'warning', '"Tokhar": parent "nowhere" is not an id in this file nor a known country code'],
    ]);
  });

  it('reports invalid YAML and a file that is not a list of places', () => {
    const broken = loadPlaceFile(write('broken.yaml', 'places:\n  - name: [Mosul\n    lat: 36\n'), options);
    assert.equal(broken.entries.length, 0);
    assert.equal(broken.problems.length, 1);
    assert.match(broken.problems[0]?.reason ?? '', /^invalid YAML: /);
    assert.equal(typeof broken.problems[0]?.line, 'number');
    const scalar = loadPlaceFile(write('scalar.yaml', 'just text\n'), options);
    assert.deepEqual(table(scalar.problems), [[null, null, 'error', 'expected a list of places, or a mapping with a "places" list']]);
  });

  it('detects a parent loop', () => {
    const file = write('loop.yaml', `- {id: a, name: Alpha, parent: b}\n- {id: b, name: Beta, parent: a}\n`);
    const { entries, problems } = loadPlaceFile(file, options);
    assert.equal(entries.length, 2);
    assert.deepEqual(table(problems).map((p) => p[3]), ['"Alpha": parent chain loops at "a"', '"Beta": parent chain loops at "b"']);
  });
});

describe('CSV place files', () => {
  it('loads rows, splits |-lists and reports bad rows by line', () => {
    const file = write('places.csv', [
      'name,alt,lat,lon,type,country,admin,population',
      'Tartus,"Tartous|Tortosa",34.889,35.887,city,SY,Tartus Governorate|Syria,115769',
      ',Nameless,34.0,35.0,town,SY,,',
      'Jableh,Jablah,135.362,35.928,city,SY,,',
      'Baniyas,Banias,35.18,35.94,town',
      'Safita,,34.82,36.12,town,Syria,,',
      '"Wadi al-Nasara, valley",,,,region,SY,,',
    ].join('\n'));
    const { entries, problems } = loadPlaceFile(file, options);
    assert.deepEqual(entries.map((e) => [e.name, e.altNames, e.lat, e.lon, e.country, e.admin, e.population]), [
      ['Tartus', ['Tartous', 'Tortosa'], 34.889, 35.887, 'SY', ['Tartus Governorate', 'Syria'], 115769],
      ['Safita', [], 34.82, 36.12, null, [], null],
      ['Wadi al-Nasara, valley', [], null, null, 'SY', ['Syria'], null],
    ]);
    assert.deepEqual(table(problems), [
      [5, null, 'error', 'row has 5 cells, header has 8'],
      [3, null, 'error', 'missing name'],
      [4, null, 'error', 'lat 135.362 is out of range [-90, 90]'],
      [6, null, 'warning', '"Safita" has country "Syria", expected an ISO 3166-1 alpha-2 code such as IQ'],
    ]);
  });

  it('needs a name column', () => {
    const { entries, problems } = loadPlaceFile(write('noname.csv', 'place,lat,lon\nAden,12.8,45.0\n'), options);
    assert.equal(entries.length, 0);
    assert.deepEqual(table(problems), [[1, null, 'error', 'CSV header has no "name" column (found: place, lat, lon)']]);
  });
});

describe('GeoJSON place files', () => {
  it('takes points as they are and areas at their bounding-box centre with a radius', () => {
    const file = write('places.geojson', JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: "Ma'ashiq palace", type: 'landmark', country: 'YE' }, geometry: { type: 'Point', coordinates: [45.054, 12.764] } },
        { type: 'Feature', properties: { name: 'Crater', type: 'district', country: 'YE' }, geometry: { type: 'Polygon', coordinates: [[[45.02, 12.77], [45.06, 12.77], [45.06, 12.8], [45.02, 12.8], [45.02, 12.77]]] } },
        { type: 'Feature', properties: { type: 'town' }, geometry: { type: 'Point', coordinates: [44.0, 15.0] } },
        { type: 'Feature', properties: { name: 'Sheikh Othman' }, geometry: { type: 'Point', coordinates: ['45.0', 12.87] } },
        { type: 'Feature', properties: { name: 'Dar Saad' }, geometry: null },
        { type: 'Feature', properties: { name: 'Lahij' }, geometry: { type: 'Point', coordinates: [44.88, 213.0] } },
      ],
    }));
    const { entries, problems } = loadPlaceFile(file, options);
    assert.deepEqual(entries.map((e) => [e.name, e.featureType, e.lat, e.lon, e.uncertaintyKm, e.admin]), [
      ["Ma'ashiq palace", 'landmark', 12.764, 45.054, 1, ['Yemen']],
      ['Crater', 'district', 12.785, 45.04, 2.7, ['Yemen']],
      ['Dar Saad', 'other', null, null, null, []],
    ]);
    assert.deepEqual(table(problems), [
      [null, 3, 'error', 'bad position [45.0, 12.87]: expected [lon, lat]'],
      [null, 2, 'error', 'missing name'],
      [null, 5, 'error', 'lat 213 is out of range [-90, 90]'],
    ]);
  });

  it('rejects JSON that is not GeoJSON', () => {
    assert.deepEqual(table(loadPlaceFile(write('list.json', '[1, 2]'), options).problems), [[null, null, 'error', 'expected a GeoJSON FeatureCollection or Feature']]);
    assert.match(loadPlaceFile(write('bad.geojson', '{"type": '), options).problems[0]?.reason ?? '', /^invalid JSON: /);
  });
});

describe('place files in general', () => {
  it('reports unreadable files and unknown types by file name', () => {
    const missing = path.join(dir, 'missing.yaml');
    const gone = loadPlaceFile(missing, options).problems[0];
    assert.equal(gone?.file, missing);
    assert.match(gone?.reason ?? '', /^cannot read place file: ENOENT/);
    assert.deepEqual(table(loadPlaceFile(write('places.kml', '<kml/>'), options).problems), [
      [null, null, 'error', 'unknown place file type ".kml" (expected .yaml, .yml, .csv, .geojson or .json)'],
    ]);
  });
});
