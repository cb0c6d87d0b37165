import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyse } from './fixtures/analyse.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const seeds = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');

/** Everyone the seed reports name, as `full | title | role | age | affiliation`, and how often each is mentioned. */
const expected: Record<string, Array<[string, number]>> = {
  '000_fbd54e7fc558b8ec.txt': [
    ['Haider al-Abadi | Prime Minister | - | - | Government of Iraq', 5],
    ['Sami al-Aridi | Major General | - | - | Counter Terrorism Service', 2],
    ['John Dorrian | Colonel | spokesman | - | -', 3],
    ['Haider Fadhil | Brigadier General | - | - | Counter Terrorism Service', 1],
    ['Emad Hassan | - | former policeman | 33 | -', 3],
  ],
  '004_98d26f3cd07b249d.txt': [
    ['Ravina Shamdasani | - | spokeswoman | - | UNHCR', 2],
    ['Muhanad al-Timimi | Lieutenant Colonel | - | - | -', 1],
    ['Boris Johnson | Foreign Secretary | - | - | Government of the United Kingdom', 3],
    ['Abu Bakr al-Baghdadi | - | - | - | Islamic State', 4],
  ],
};

describe('people in the seed reports', () => {
  for (const [file, people] of Object.entries(expected)) {
    it(file, (t) => {
      const seed = path.join(seeds, file);
      if (!existsSync(seed)) return t.skip(`../shared not found: ${seed}`);
      const doc = analyse(readFileSync(seed, 'utf8'));
      const counts = new Map<string, number>();
      for (const p of doc.layer('person')) {
        const a = p.attrs;
        const key = [a.full, a.title ?? '-', a.role ?? '-', a.age ?? '-', a.affiliation?.canonical ?? '-'].join(' | ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      assert.deepEqual([...counts.entries()].sort(), [...people].sort());
    });
  }

  it('resolves "The Foreign Secretary" and "Johnson" to the Secretary of State named before', (t) => {
    const seed = path.join(seeds, '004_98d26f3cd07b249d.txt');
    if (!existsSync(seed)) return t.skip(`../shared not found: ${seed}`);
    const kinds = analyse(readFileSync(seed, 'utf8'))
      .layer('person')
      .filter((p) => p.attrs.full === 'Boris Johnson')
      .map((p) => [p.quote, p.attrs.mention]);
    assert.deepEqual(kinds, [
      ['Boris Johnson', 'full'],
      ['The Foreign Secretary', 'title'],
      ['Johnson', 'surname'],
    ]);
  });
});
