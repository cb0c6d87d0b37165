import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventAttrs } from './layers.js';
import { extractEvents } from './test-support/analyse.js';

function events(text: string, published = '2017-05-10'): EventAttrs[] {
  return extractEvents(text, { published }).layer('event').map((e) => e.attrs);
}

const brief = (e: EventAttrs) => [e.type, e.location?.name ?? null, e.evidence.map((v) => [v.start, v.end, v.quote])];

describe('merging: one happening, told several times, is one event', () => {
  it('joins a clause and the participle that tells its toll, naming it by the attack', () => {
    const [e, ...rest] = events('Gunmen stormed a hotel in Kabul on Wednesday, killing at least 18 people.');
    assert.deepEqual(rest, []);
    assert.deepEqual(brief(e!), [
      'violence.attack', 'Kabul', [[0, 44, 'Gunmen stormed a hotel in Kabul on Wednesday'], [46, 73, 'killing at least 18 people.']],
    ]);
    assert.deepEqual([e?.fatalities, e?.location?.source], [{ low: 18, best: 18, high: null }, 'clause']);
  });

  it('joins an event noun and the relative clause telling what it did, but not the claim of it', () => {
    const found = events('Islamic State claimed responsibility for a suicide car bombing in Aden on Thursday that killed seven people.');
    assert.deepEqual(found.map((e) => [e.type, e.fatalities.low, e.evidence.length]), [
      ['statement.claim', null, 1],
      ['remote.suicide', 7, 2],
    ]);
    assert.notEqual(found[0]?.id, found[1]?.id);
  });

  it('joins "the attack" to the bombing it refers back to', () => {
    const [e, ...rest] = events('A car bomb exploded in Kabul on Tuesday, killing 12 people. Dozens were wounded in the attack.');
    assert.deepEqual(rest, []);
    assert.deepEqual([e?.type, e?.location?.name, e?.location?.source, e?.fatalities.low, e?.injured?.low], ['remote.explosive', 'Kabul', 'clause', 12, 24]);
  });

  describe('negative cases: two happenings stay two', () => {
    const two: Array<[string, string]> = [
      ['Rebels clashed with troops in Aleppo on Monday. Rebels also clashed with troops in Hama on Monday.', 'two places'],
      ['Al Shabaab fighters attacked a base in Kismayo. Separately, police raided a house in Kismayo.', 'two types'],
      ['Houthi fighters shelled Taiz on Monday. Houthi fighters shelled Taiz again on Thursday.', 'two days'],
      ['Militants attacked a checkpoint in Kirkuk, police said. Militants will attack again, a commander warned.', 'what happened and what is announced'],
    ];
    for (const [text, why] of two) {
      it(`${why}: "${text}"`, () => {
        assert.equal(events(text).length, 2, JSON.stringify(events(text).map(brief)));
      });
    }
  });
});
