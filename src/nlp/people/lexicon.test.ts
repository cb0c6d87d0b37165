import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { longestTitle, titleKey } from './lexicon.js';
import { buildPeopleLexicon, defaultPeopleLexicon, PeopleLexiconError } from './load-lexicon.js';

const given = { file: 'given.yaml', text: 'male: [Ahmed]\nfemale: [Fatima]\n' };

function matchOf(words: string[]): [string, string, string | null] | null {
  const lexicon = defaultPeopleLexicon();
  const m = longestTitle(lexicon.titles, 0, (i) => (i < words.length ? titleKey(words[i]!) : undefined));
  return m ? [words.slice(0, m.end).join(' '), m.entry.canonical, m.gender] : null;
}

describe('people lexicon', () => {
  it('matches ranks with and without dots and hyphens, longest first', () => {
    assert.deepEqual(matchOf(['Lt.', 'Col.', 'Ahmed']), ['Lt. Col.', 'Lieutenant Colonel', null]);
    assert.deepEqual(matchOf(['Lieutenant-General', 'Ahmed']), ['Lieutenant-General', 'Lieutenant General', null]);
    assert.deepEqual(matchOf(['Maj.', 'Gen.']), ['Maj. Gen.', 'Major General', null]);
    assert.deepEqual(matchOf(['Secretary', 'of', 'State', 'for', 'Foreign', 'Affairs']), ['Secretary of State for Foreign Affairs', 'Foreign Secretary', null]);
    assert.deepEqual(matchOf(['Spokeswoman']), ['Spokeswoman', 'spokeswoman', 'female']);
    assert.deepEqual(matchOf(['councilwoman']), ['councilwoman', 'councillor', 'female']);
  });

  it('does not match words that merely start a title', () => {
    assert.equal(matchOf(['Majority']), null);
    assert.equal(matchOf(['Generally']), null);
  });

  it('reports every problem of a bad file with its line', () => {
    const titles = [
      'military:',
      '  - General | Gen',
      '  - Gen',
      'politics:',
      '  - President',
      'role:',
      '  - 42',
      'female: [Queen]',
    ].join('\n');
    assert.throws(
      () => buildPeopleLexicon({ titles: { file: 'titles.yaml', text: titles }, givenNames: given }),
      (err: unknown) => {
        assert.ok(err instanceof PeopleLexiconError);
        assert.deepEqual(err.problems, [
          "titles.yaml:3: 'Gen' is already a form of 'General'",
          "titles.yaml:4: unknown section 'politics' (expected military, political, religious, honorific, role, female, male)",
          "titles.yaml:7: section 'role' holds a non-string or empty item",
          "titles.yaml:8: 'Queen' in female is not a form listed above",
        ]);
        return true;
      },
    );
  });

  it('rejects a file that is not YAML', () => {
    assert.throws(
      () => buildPeopleLexicon({ titles: { file: 't.yaml', text: 'military: [General' }, givenNames: given }),
      /t\.yaml:\d+: invalid YAML/,
    );
  });

  it('reads a given name listed under both genders as telling none', () => {
    const lexicon = buildPeopleLexicon({
      titles: { file: 't.yaml', text: 'military: [General]' },
      givenNames: { file: 'g.yaml', text: 'male: [Noor, Ahmed]\nfemale: [Noor]' },
    });
    assert.deepEqual([lexicon.givenNames.get('noor'), lexicon.givenNames.get('ahmed')], [null, 'male']);
  });
});
