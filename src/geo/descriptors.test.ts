import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexableCore, splitDescriptor } from './descriptors.js';
import { nameWords } from './normalize-name.js';

describe('splitDescriptor', () => {
  it('splits generic words off names of provinces, districts, neighbourhoods and bases', () => {
    const table: [string, string[], string][] = [
      ['Aleppo province', ['aleppo'], 'admin1'],
      ['Nineveh Governorate', ['nineveh'], 'admin1'],
      ['Tahrir district', ['tahrir'], 'neighbourhood'],
      ['Hay al-Zahra', ['zahra'], 'neighbourhood'],
      ['Ghazlani military base', ['ghazlani'], 'base'],
      ['Khazir camp', ['khazir'], 'camp'],
      ['Kuwait City', ['kuwait'], 'city'],
    ];
    for (const [name, core, fits] of table) {
      const split = splitDescriptor(nameWords(name));
      assert.deepEqual(split?.core, core, name);
      assert.ok(split?.fits.includes(fits as never), `${name} fits ${fits}`);
    }
  });

  it('leaves names without a descriptor, or that are only a descriptor, alone', () => {
    for (const name of ['Mosul', 'Tripoli', 'Mosul Dam', 'Base', 'District', 'Hay', 'Bab al-Tob', 'Camp David Road']) {
      assert.equal(splitDescriptor(nameWords(name)), null, name);
    }
  });
});

describe('indexableCore', () => {
  it('indexes the cores of regions always and of bases only where nothing else has the name', () => {
    assert.deepEqual(indexableCore(nameWords('Nineveh Governorate'), 'admin1'), { core: ['nineveh'], always: true });
    assert.deepEqual(indexableCore(nameWords('Ghazlani base'), 'base'), { core: ['ghazlani'], always: false });
  });

  it('never strips "city", an admin-2 "district", or a descriptor that does not fit the kind', () => {
    assert.equal(indexableCore(nameWords('Kuwait City'), 'city'), null);
    assert.equal(indexableCore(nameWords('Tal Afar District'), 'admin2'), null);
    assert.equal(indexableCore(nameWords('Mosul Province'), 'city'), null);
    assert.equal(indexableCore(nameWords('Bashiqa camp'), 'town'), null);
  });
});
