import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { loadGazetteer } from '../load-gazetteer.js';
import { importGeonames } from './geonames-import.js';
import { GeonamesLayer } from './geonames-layer.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-geonames-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A row of GeoNames' geoname table: 19 tab-separated columns. */
function row(id: number, name: string, ascii: string, alt: string, lat: number, lon: number, fclass: string, fcode: string, admin1: string, admin2: string, population: number): string {
  return [id, name, ascii, alt, lat, lon, fclass, fcode, 'IQ', '', admin1, admin2, '', '', population, '', 250, 'Asia/Baghdad', '2024-01-01'].join('\t');
}

/** Our own miniature of an IQ.txt country dump: a country, a governorate, two districts, places, and two bad lines. */
const COUNTRY_FILE = [
  row(900001, 'Republic of Iraq', 'Republic of Iraq', 'Iraq,Irak', 33, 44, 'A', 'PCLI', '00', '', 40000000),
  row(900002, 'Nineveh', 'Nineveh', 'Ninawa,Muhafazat Ninawa', 36, 42.5, 'A', 'ADM1', '15', '', 3700000),
  row(900003, 'Mosul District', 'Mosul District', 'Qadha al-Mosul', 36.3, 43.1, 'A', 'ADM2', '15', '1501', 0),
  row(900004, 'Al-Hamdaniya District', 'Al-Hamdaniya District', '', 36.27, 43.38, 'A', 'ADM2', '15', '1502', 0),
  row(900005, 'Mosul', 'Mosul', 'Al Mawsil,Mossoul,OSM,mwsl', 36.335, 43.119, 'P', 'PPLA', '15', '1501', 1683000),
  row(900006, 'Barṭallah', 'Bartallah', 'Bartella,Bartalla', 36.352, 43.38, 'P', 'PPL', '15', '1502', 30000),
  row(900007, 'Kūkjalī', 'Kukjali', 'Gogjali', 36.358, 43.247, 'P', 'PPLX', '15', '1501', 0),
  row(900008, 'Mosul International Airport', 'Mosul International Airport', 'ORBM', 36.306, 43.148, 'S', 'AIRP', '15', '1501', 0),
  'not a geonames row',
  row(900009, 'Nowhere', 'Nowhere', '', 95, 43, 'P', 'PPL', '15', '1501', 0),
].join('\n');

/** Our own miniature of alternateNamesV2.txt: id, geonameid, language, name, preferred, short, colloquial, historic, from, to. */
const ALTERNATES_FILE = [
  ['1', '900005', 'en', 'Al-Mosul', '', '', '', '', '', ''],
  ['2', '900005', 'link', 'https://en.wikipedia.org/wiki/Mosul', '', '', '', '', '', ''],
  ['3', '900005', 'iata', 'OSM', '', '', '', '', '', ''],
  ['4', '777777', 'en', 'Tal Kaif', '', '', '', '', '', ''],
  ['5', '900006', 'ar', 'برطلة', '', '', '', '', '', ''],
  ['6', '900007', 'en', 'Kokjeli', '', '', '', '', '', ''],
].map((cells) => cells.join('\t')).concat(['x\ty\tz']).join('\n');

const countryFile = path.join(dir, 'IQ.txt');
const alternatesFile = path.join(dir, 'alternateNamesV2.txt');
const db = path.join(dir, 'geonames.db');
writeFileSync(countryFile, `${COUNTRY_FILE}\n`);
writeFileSync(alternatesFile, `${ALTERNATES_FILE}\n`);

describe('importGeonames', () => {
  it('imports a country dump and reports bad rows by line', async () => {
    const report = await importGeonames(countryFile, db);
    assert.deepEqual([report.kind, report.imported, report.skipped], ['places', 8, 0]);
    assert.deepEqual(report.problems.map((p) => [p.line, p.reason]), [
      [9, 'not a GeoNames place row: expected 19 tab-separated columns with a numeric id, a name and coordinates'],
      [10, 'coordinates 95, 43 out of range'],
    ]);
  });

  it('imports the alternate names of imported places only, leaving out links, codes and other scripts', async () => {
    const report = await importGeonames(alternatesFile, db);
    assert.deepEqual([report.kind, report.imported, report.skipped], ['alternate-names', 2, 4]);
    assert.deepEqual(report.problems.map((p) => [p.line, p.reason]), [
      [7, 'not an alternateNames row: expected alternateNameId, geonameid, isolanguage, alternate name, … separated by tabs'],
    ]);
  });

  it('refuses a zipped dump and a missing file with a clear reason', async () => {
    assert.equal((await importGeonames(path.join(dir, 'IQ.zip'), db)).problems[0]?.reason, 'file not found');
    writeFileSync(path.join(dir, 'IQ.zip'), 'PK');
    assert.equal((await importGeonames(path.join(dir, 'IQ.zip'), db)).problems[0]?.reason, 'GeoNames ships dumps zipped: unzip it and import the .txt inside');
  });
});

describe('GeonamesLayer', () => {
  it('finds places by any spelling with their admin chain from the dump', () => {
    const layer = new GeonamesLayer(db, () => null);
    try {
      const g = loadGazetteer({ world: false, theatres: [], geonamesDb: db });
      const mosul = g.lookup('al-Mosul');
      assert.deepEqual(mosul.map((c) => [c.id, c.name, c.featureType, c.admin, c.parentId]), [
        ['geonames:900005', 'Mosul', 'city', ['Mosul District', 'Nineveh', 'Republic of Iraq'], 'geonames:900003'],
      ]);
      assert.deepEqual(g.lookup('Kokjeli').map((c) => c.id), ['geonames:900007']);
      assert.deepEqual(g.lookup('Gogjali').map((c) => [c.featureType, c.admin]), [['neighbourhood', ['Mosul District', 'Nineveh', 'Republic of Iraq']]]);
      assert.deepEqual(g.lookup('Mosul airport').map((c) => c.id), ['geonames:900008']);
      assert.deepEqual(g.lookup('Ninawa province').map((c) => c.id), ['geonames:900002']);
      assert.deepEqual(g.lookup('OSM'), []);
      assert.deepEqual(g.lookup('Tal Kaif'), []);
      assert.equal(layer.get('geonames:900006')?.name, 'Barṭallah');
      assert.deepEqual(g.children('geonames:900002').map((e) => e.id).sort(), ['geonames:900003', 'geonames:900004']);
      assert.deepEqual(g.children('geonames:900004').map((e) => e.id), ['geonames:900006']);
      assert.deepEqual(g.parents('geonames:900006').map((e) => e.id), ['geonames:900004', 'geonames:900002', 'geonames:900001']);
      assert.equal(g.byCountry('iq').length, 8);
      assert.ok(g.mightBeName('kukjali'));
      assert.ok(g.couldStartName('Bartalla'));
      assert.ok(!g.couldStartName('Kandinawa'));
    } finally {
      layer.close();
    }
  });

  it('re-keys a database written by an older normaliser', () => {
    const raw = new Database(db);
    raw.exec("UPDATE name SET key = 'stale ' || key; UPDATE meta SET v = 'older' WHERE k = 'keying'");
    assert.equal(raw.prepare("SELECT count(*) FROM name WHERE key = 'bartila'").pluck().get(), 0);
    raw.close();
    const layer = new GeonamesLayer(db, () => null);
    try {
      assert.deepEqual(layer.lookup('bartila').map((e) => e.id), ['geonames:900006']);
    } finally {
      layer.close();
    }
  });

  it('reports a missing database as a problem of the gazetteer', () => {
    const missing = path.join(dir, 'none.db');
    const g = loadGazetteer({ world: false, theatres: [], geonamesDb: missing });
    assert.deepEqual(g.problems.map((p) => [p.file, p.reason]), [[missing, `GeoNames database ${missing} not found: create it with importGeonames (sitrep gazetteer import geonames FILE)`]]);
    assert.deepEqual(g.layers, []);
  });
});
