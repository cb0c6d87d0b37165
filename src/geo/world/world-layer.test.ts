import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadGazetteer, worldLayer } from '../load-gazetteer.js';
import { nameKeys } from '../normalize-name.js';

const world = loadGazetteer({ theatres: [] });

function summary(name: string): string[] {
  return world.lookup(name).map((c) => `${c.name}|${c.featureType}|${c.country}`);
}

describe('world layer', () => {
  it('loads once per process and says where from', (t) => {
    const first = worldLayer();
    assert.equal(worldLayer(), first);
    assert.deepEqual(world.stats.map((s) => s.layer), ['world']);
    const [stats] = world.stats;
    assert.ok((stats?.places ?? 0) > 150_000, `${stats?.places} places`);
    t.diagnostic(`world layer: ${stats?.places} places, ${stats?.keys} keys, ${Math.round(first.info.loadMs)} ms, ${first.info.fromCache ? `from ${first.info.cacheFile}` : 'built from the packages'}`);
  });

  it('gives both Tripolis, Libya’s and Lebanon’s, most populous first', () => {
    const tripolis = world.lookup('Tripoli').filter((c) => c.featureType === 'city');
    assert.deepEqual(tripolis.slice(0, 2).map((c) => [c.name, c.country, c.admin]), [
      ['Tripoli', 'LY', ['Tripoli', 'Libya']],
      ['Tripoli', 'LB', ['North', 'Lebanon']],
    ]);
  });

  it('gives Georgia the country and the US state', () => {
    assert.deepEqual(summary('Georgia').slice(0, 2), ['Georgia|country|GE', 'Georgia|admin1|US']);
  });

  it('finds the cities of the seed reports by their usual spellings', () => {
    const table: [string, string, string][] = [
      ['Aleppo', 'SY', 'Aleppo'],
      ['Kabul', 'AF', 'Kabul'],
      ['Aden', 'YE', 'Aden'],
      ['Sanaa', 'YE', 'Sanaa'],
      ["Sana'a", 'YE', 'Sanaa'],
      ['Peshawar', 'PK', 'Peshawar'],
      ['Jalalabad', 'AF', 'Jalalabad'],
      ['Deraa', 'SY', "Dar'a"],
      ['Raqqa', 'SY', 'Ar Raqqah'],
      ['Baghdad', 'IQ', 'Baghdad'],
    ];
    for (const [name, country, canonical] of table) {
      const city = world.lookup(name).find((c) => c.featureType === 'city' || c.featureType === 'town');
      assert.deepEqual([city?.country, city?.asciiName], [country, canonical], name);
      assert.ok(city?.lat !== null && city?.lon !== null, name);
    }
  });

  it('knows the English names of countries', () => {
    for (const [name, iso2] of [['U.S.', 'US'], ['Britain', 'GB'], ['UAE', 'AE'], ['Syria', 'SY'], ['Iran', 'IR'], ['Burma', 'MM']] as const) {
      assert.equal(world.lookup(name).find((c) => c.featureType === 'country')?.country, iso2, name);
    }
  });

  it('finds a province only among regions when the text says "province"', () => {
    assert.deepEqual(summary('Aleppo province'), ['Aleppo|admin1|SY']);
    assert.deepEqual(summary('Idlib Province'), ['Idlib|admin1|SY']);
  });

  it('has no candidate for an unknown village, a code or a machine romanisation', () => {
    assert.deepEqual(world.lookup('Kandinawa'), []);
    assert.deepEqual(world.lookup('Qaryat al-Fadilat al-Sharqiya'), []);
    assert.ok(!world.mightBeName('mwsl'));
    assert.ok(!world.lookup('OSM').some((c) => c.name === 'Mosul'));
  });

  it('links places to their region and country', () => {
    const mosul = world.lookup('Mosul').find((c) => c.country === 'IQ');
    assert.deepEqual(mosul?.admin, ['Nineveh', 'Iraq']);
    assert.deepEqual(world.parents(mosul?.id ?? '').map((e) => e.name), ['Nineveh', 'Iraq']);
    assert.ok(world.children('world:admin1:IQ-NI').some((e) => e.id === mosul?.id));
    assert.equal(world.get('world:country:IQ')?.name, 'Iraq');
    assert.ok(world.byCountry('IQ').length > 100);
  });

  it('names the first-level region of places where the packages file cities a level lower', () => {
    const table: [string, string, string[]][] = [
      ['London', 'GB', ['England', 'United Kingdom']],
      ['Paris', 'FR', ['Île-de-France', 'France']],
      ['Naples', 'IT', ['Campania', 'Italy']],
      ['Seville', 'ES', ['Andalusia', 'Spain']],
      ['Bilbao', 'ES', ['Basque Country', 'Spain']],
      ['Lyon', 'FR', ['Auvergne-Rhône-Alpes', 'France']],
      ['Chicago', 'US', ['Illinois', 'United States']],
    ];
    for (const [name, country, admin] of table) {
      assert.deepEqual(world.lookup(name).find((c) => c.country === country && c.featureType === 'city')?.admin, admin, name);
    }
  });

  it('answers the scanner’s quick questions', () => {
    assert.ok(nameKeys('Kabul').some((k) => world.mightBeName(k)));
    assert.ok(world.couldStartName('Kabul'));
    assert.ok(world.couldStartName('New'));
    assert.ok(!world.couldStartName('Kandinawa'));
    assert.ok(world.maxNameWords >= 4);
  });
});
