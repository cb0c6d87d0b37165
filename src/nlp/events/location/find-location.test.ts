import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseOf } from '../clause.js';
import { analyse, find } from '../test-support/analyse.js';
import { findLocation } from './find-location.js';
import { locationOf } from './location-ref.js';

interface Where {
  source: string | null;
  places: Array<[number, number, string, string | null, 1 | 2 | 3 | null]>;
}

function where(text: string, trigger: string, background = false): Where {
  const ctx = analyse(text);
  const at = find(ctx, trigger);
  const found = findLocation(ctx, clauseOf(ctx, at.sentence, at.start, at.end), background);
  return {
    source: found?.source ?? null,
    places: (found?.places ?? []).map((p) => {
      const l = locationOf(ctx, p, found?.source ?? 'clause');
      assert.equal(text.slice(l.evidence.start, l.evidence.end), l.evidence.quote);
      return [l.evidence.start, l.evidence.end, l.evidence.quote, l.gazetteerId, l.precision];
    }),
  };
}

describe('findLocation: where it happened, from the clause outwards', () => {
  it('takes the place of the clause: "in X", "the X district"', () => {
    assert.deepEqual(where('Iraqi troops fought Islamic State fighters in Gogjali on Tuesday.', 'fought'), {
      source: 'clause',
      places: [[46, 53, 'Gogjali', 'theatre:mosul:gogjali', 1]],
    });
    assert.deepEqual(where('Rebels seized the Karama district after heavy fighting.', 'seized').places, [
      [18, 33, 'Karama district', 'theatre:mosul:karama', 1],
    ]);
  });

  it('gives "on the edge of X" and "near X" precision 2', () => {
    assert.deepEqual(where('Houthi fighters shelled positions on the edge of Taiz on Monday.', 'shelled').places, [[49, 53, 'Taiz', 'world:city:70225', 2]]);
  });

  it('locates a place, not the town it is measured from: "X, about 30 kilometers south of Mosul"', () => {
    assert.deepEqual(where('Militants are abducting boys in Hammam al-Alil, about 30 kilometers south of Mosul, a UN spokeswoman said.', 'abducting').places, [
      [32, 46, 'Hammam al-Alil', 'theatre:mosul:hammam-al-alil', 1],
    ]);
  });

  it('expands a list of places into all its members', () => {
    const w = where('Special forces took over the neighbourhoods of Malayeen, Samah, Khadra and Quds, the army said.', 'took over');
    assert.deepEqual(
      w.places.map((p) => p[2]),
      ['Malayeen', 'Samah', 'Khadra', 'Quds'],
    );
  });

  it('falls back to the paragraph, the dateline and the entry headline, at precision 2', () => {
    assert.deepEqual(where('Fighting raged in Kunduz on Sunday. Taliban gunmen later attacked a police checkpoint.', 'attacked'), {
      source: 'paragraph',
      places: [[18, 24, 'Kunduz', 'world:city:1135689', 2]],
    });
    assert.deepEqual(where('MOGADISHU (Reuters) - Al Shabaab militants stormed a hotel on Friday, police said.', 'stormed'), {
      source: 'dateline',
      places: [[0, 9, 'MOGADISHU', 'world:city:53654', 2]],
    });
    const blog = 'Battle for Aleppo\n\nSYRIA: Jets Strike Rebel-Held East of Aleppo October 2114:05\n\nGovernment jets bombed a market, activists said.';
    assert.deepEqual(where(blog, 'bombed').source, 'headline');
  });

  it('reads "the village" as the latest village named before it', () => {
    const text = 'Smoke rose over Bazwaya, a village east of Mosul, on Tuesday. Residents said the families will be evacuated from the village to a camp.';
    assert.deepEqual(where(text, 'evacuated'), { source: 'clause', places: [[16, 23, 'Bazwaya', 'theatre:mosul:bazwaya', 1]] });
  });

  it('places a place the gazetteer lacks at the place the text puts it in, as part of it', () => {
    const ctx = analyse('Coalition jets struck the Al-Hazawiya neighbourhood in Manbij on Monday.');
    const at = find(ctx, 'struck');
    const found = findLocation(ctx, clauseOf(ctx, at.sentence, at.start, at.end), false);
    const l = found?.places[0] && locationOf(ctx, found.places[0], found.source);
    assert.deepEqual([l?.name, l?.gazetteerId, l?.precision, l?.admin[0], l?.lat, l?.lon], ['Al-Hazawiya', null, 2, 'Manbij', 36.52815, 37.95495]);
  });

  it('takes the place a lead leaves out from the next sentence of its paragraph', () => {
    const text = 'The UN warned that armed groups were recruiting children. It said it had reports from Kismayo and Baidoa.';
    assert.deepEqual(where(text, 'recruiting'), { source: 'paragraph', places: [[86, 93, 'Kismayo', 'world:city:55671', 2]] });
  });

  describe('negative cases', () => {
    const none: Array<[string, string, string]> = [
      ['A monitoring group in London said jets had bombed a market, killing 12.', 'bombed', 'where the telling was'],
      ['Government forces shelled the town, a resident who fled Homs in 2012 said.', 'shelled', 'a place of history beside the event'],
      ['Soldiers attacked the camp, and a commander recalled "the fighting in Kismayo in 2011".', 'attacked', 'a place in a quote about the past'],
      ['Ravina Shamdasani told a briefing in Geneva, Switzerland that militants had abducted boys.', 'abducted', 'a briefing place'],
    ];
    for (const [text, trigger, why] of none) {
      it(`no location in "${text}" (${why})`, () => {
        assert.deepEqual(where(text, trigger), { source: null, places: [] });
      });
    }
  });
});
