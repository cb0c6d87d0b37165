import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { viewOf } from './fixtures/triggers-of.js';
import { phraseAfter, subjectOf } from './noun-phrases.js';
import { readsAsNoun } from './reading.js';
import type { SentenceView } from './sentence-view.js';

function at(v: SentenceView, word: string, nth = 0): number {
  const found = v.tokens.map((t, i) => (t.surface === word ? i : -1)).filter((i) => i >= 0);
  const i = found[nth];
  assert.ok(i !== undefined, `'${word}' not in the sentence`);
  return i;
}

function head(v: SentenceView, p: { head: number } | null): string | null {
  return p ? v.tokens[p.head]!.surface : null;
}

describe('phrase heads', () => {
  it('find the subject of a verb through auxiliaries, relatives and place phrases', () => {
    const cases: Array<[text: string, verb: string, subject: string | null]> = [
      ['Iraqi special forces have entered the outskirts of Mosul.', 'entered', 'forces'],
      ['The Kurdish fighters, who had besieged the town, withdrew on Friday.', 'besieged', 'fighters'],
      ['Coalition air strikes in Syria killed 48 militants on Saturday.', 'killed', 'strikes'],
      ['Clashes between the army and the PKK killed three soldiers.', 'killed', 'Clashes'],
      ['Around 1,200 fighters are estimated to have been killed in the war.', 'killed', 'fighters'],
      ['IS hit the tank with a rocket.', 'hit', 'IS'],
      ['The militants fled, and the army entered the town.', 'entered', 'army'],
    ];
    for (const [text, verb, subject] of cases) {
      const v = viewOf(text);
      assert.equal(head(v, subjectOf(v.tokens, at(v, verb))), subject, text);
    }
  });

  it('find the object after a verb, through quantities and "of"', () => {
    const cases: Array<[text: string, after: string, object: string]> = [
      ['The group allegedly killed 50 of its own militants.', 'killed', 'militants'],
      ['Troops struck ISIS positions early Friday morning.', 'struck', 'positions'],
      ['The Kurds seized an ex-military air base at Menagh.', 'seized', 'base'],
      ['Gunmen killed at least 19 people at the university.', 'killed', 'people'],
      ['It drove out a larger but demoralised Iraqi army.', 'out', 'army'],
    ];
    for (const [text, after, object] of cases) {
      const v = viewOf(text);
      assert.equal(head(v, phraseAfter(v.tokens, at(v, after) + 1)), object, text);
    }
  });
});

describe('noun or verb', () => {
  it('reads the same word as a noun or a verb by its neighbours', () => {
    const cases: Array<[text: string, word: string, noun: boolean]> = [
      ['The attack killed 12 people.', 'attack', true],
      ['Militants attack the base every night.', 'attack', false],
      ['Coalition strikes hit the town.', 'strikes', true],
      ['Heavy fighting continued overnight.', 'fighting', true],
      ['Iraqi forces fought against the militants.', 'fought', false],
      ['They were striking and disabling a tank.', 'striking', false],
      ['Journalists toured the besieged city.', 'besieged', false],
    ];
    for (const [text, word, noun] of cases) {
      const v = viewOf(text);
      assert.equal(readsAsNoun(v.tokens, at(v, word)), noun, text);
    }
  });
});
