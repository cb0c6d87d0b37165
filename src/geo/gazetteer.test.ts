import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadGazetteer, sharedGazetteer } from './load-gazetteer.js';
import { describeProblem } from './types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-gazetteer-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const userFile = path.join(dir, 'my-places.yaml');
writeFileSync(userFile, `# An analyst's own places: a checkpoint, a corrected neighbourhood point and a bad row.
places:
  - id: tahrir
    name: Tahrir
    alt: [al-Tahrir]
    type: neighbourhood
    country: IQ
    admin: [Mosul, Nineveh, Iraq]
    lat: 36.372
    lon: 43.176
    quality: exact
  - name: Checkpoint 7
    type: landmark
    country: IQ
    lat: 36.29
    lon: 43.16
  - name: Kirkuk road junction
    lat: 95
    lon: 44
`);

const gazetteer = loadGazetteer({ userFiles: [userFile] });

describe('Gazetteer', () => {
  it('asks the layers in priority order, a user place standing for the theatre’s', () => {
    assert.deepEqual(gazetteer.stats.map((s) => s.layer), ['user', 'theatre', 'world']);
    const [tahrir] = gazetteer.lookup('Tahrir');
    assert.deepEqual([tahrir?.id, tahrir?.lat, tahrir?.sameAs], ['user:my-places:tahrir', 36.372, ['theatre:mosul:tahrir']]);
  });

  it('keeps the bad rows of user files as problems naming file and line', () => {
    assert.deepEqual(gazetteer.problems.map(describeProblem), [`${userFile}:17: lat 95 is out of range [-90, 90]`]);
    assert.equal(gazetteer.lookup('Kirkuk road junction').length, 0);
  });

  it('folds a world entry into the theatre entry for the same place', () => {
    const [mosul, ...rest] = gazetteer.lookup('Mosul');
    assert.equal(mosul?.id, 'theatre:mosul:mosul');
    assert.ok(mosul?.sameAs.some((id) => id.startsWith('world:city:')), `${mosul?.sameAs}`);
    assert.ok((mosul?.population ?? 0) > 1_000_000, 'population taken from the world entry');
    assert.ok(rest.every((c) => c.country !== 'IQ' || c.featureType !== 'city'));
  });

  it('keeps a theatre place apart from a namesake elsewhere', () => {
    const adens = gazetteer.lookup('Aden');
    assert.deepEqual(adens.slice(0, 2).map((c) => [c.id, c.country, c.lat === null]), [
      ['theatre:mosul:aden', 'IQ', true],
      ['world:city:415189', 'YE', false],
    ]);
  });

  it('looks up by descriptor: "the Tahrir district", "Ghazlani military base", "Nineveh province"', () => {
    assert.deepEqual(gazetteer.lookup('the Tahrir district').map((c) => [c.id, c.sameAs]), [['user:my-places:tahrir', ['theatre:mosul:tahrir']]]);
    assert.equal(gazetteer.lookup('Ghazlani military base')[0]?.id, 'theatre:mosul:ghazlani-base');
    assert.deepEqual(gazetteer.lookup('Nineveh province').map((c) => c.featureType), ['admin1']);
  });

  it('is shared per set of options, so a process loads it once', () => {
    const options = { userFiles: [userFile] };
    assert.equal(sharedGazetteer(options), sharedGazetteer({ userFiles: [userFile] }));
    assert.notEqual(sharedGazetteer(options), sharedGazetteer({ userFiles: [] }));
  });

  it('returns nothing for an unknown village', () => {
    assert.deepEqual(gazetteer.lookup('Kandinawa'), []);
    assert.deepEqual(gazetteer.lookup(''), []);
  });

  it('gets entries of every layer by id, and lists a country’s places across layers', () => {
    assert.equal(gazetteer.get('user:my-places:checkpoint-7')?.name, 'Checkpoint 7');
    assert.equal(gazetteer.get('theatre:mosul:bartella')?.name, 'Bartella');
    assert.equal(gazetteer.get('world:country:LB')?.name, 'Lebanon');
    assert.equal(gazetteer.get('nowhere:1'), null);
    const iraq = gazetteer.byCountry('IQ');
    for (const layer of ['user', 'theatre', 'world']) assert.ok(iraq.some((e) => e.layer === layer), layer);
  });

  it('tells a scanner quickly whether words could be a name', () => {
    assert.ok(gazetteer.mightBeName('kukjali'));
    assert.ok(gazetteer.mightBeName('chikpuint 7'));
    assert.ok(!gazetteer.mightBeName('ambushed'));
    assert.ok(gazetteer.couldStartName('al-Zahra'));
    assert.ok(gazetteer.couldStartName('University'));
    assert.ok(!gazetteer.couldStartName('reportedly'));
  });
});
