import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorsCorrect, dateInGold, fatalitiesCorrect, fieldResults } from './event-fields.js';
import { scoreEvents } from './score-events.js';
import { actor, gold, goldEvent, systemEvent } from './test-support/records.js';

// The air strike on a funeral hall in Sanaa, 8 October 2016, in our own words.
const SANAA =
  'Coalition warplanes struck a crowded funeral hall in Sanaa on Saturday, killing at least 140 people, the United Nations said. ' +
  'The Saudi-led coalition at first denied any role in the attack.';
const STRIKE = 'Coalition warplanes struck a crowded funeral hall in Sanaa on Saturday';
const SANAA_AT = { name: 'Sanaa', lat: 15.3694, lon: 44.191 };
const COALITION = ['Saudi-led coalition', 'Arab coalition', 'coalition'];
const sanaaGold = gold({
  published: '2016-10-08',
  events: [
    goldEvent('e1', {
      type: 'remote.airstrike',
      actors: [COALITION],
      targets: [['civilians', 'mourners']],
      place: 'Sanaa',
      lat: 15.3694,
      lon: 44.191,
      date: '2016-10-08',
      modality: 'reported',
      alt_modality: ['asserted'],
      fatalities: { low: 140, high: null },
      evidence: STRIKE,
    }),
  ],
});
const goldStrike = sanaaGold.events[0];
assert.ok(goldStrike);

describe('event field accuracy', () => {
  it('finds every field right on a faithful event, and lists nothing', () => {
    const sys = systemEvent(SANAA, {
      type: 'remote.airstrike',
      evidence: [STRIKE],
      place: SANAA_AT,
      date: '2016-10-08',
      actors: [actor('Coalition warplanes', 'Saudi-led coalition')],
      targets: [actor('Civilians')],
      modality: 'asserted',
      fatalities: { low: 140, high: null },
    });
    const { counts, fieldErrors } = scoreEvents(sanaaGold, [sys], SANAA);
    for (const [field, ratio] of Object.entries(counts.fields)) assert.deepEqual(ratio, { correct: 1, total: 1 }, field);
    assert.deepEqual(fieldErrors, []);
  });

  it('lists each wrong field with the gold and system values', () => {
    const sys = systemEvent(SANAA, {
      type: 'remote.shelling',
      evidence: [STRIKE],
      place: { name: 'Sanaa airport', lat: 15.4763, lon: 44.2197 },
      date: '2016-10-09',
      actors: [actor('Houthis')],
      modality: 'alleged',
      fatalities: { low: 140, high: 140 },
      background: true,
    });
    const { fieldErrors } = scoreEvents(sanaaGold, [sys], SANAA);
    assert.deepEqual(
      fieldErrors.map((e) => [e.field, e.gold, e.system]),
      [
        ['type', 'remote.airstrike', 'remote.shelling'],
        ['place', 'Sanaa (15.3694, 44.191)', 'Sanaa airport (15.4763, 44.2197), 12.3 km off'],
        ['date', '2016-10-08', '2016-10-09'],
        ['actors', 'Saudi-led coalition', 'Houthis'],
        ['targets', 'civilians', 'none'],
        ['modality', 'reported | asserted', 'alleged'],
        ['fatalities', '140-?', '140-140 (best ?)'],
        ['background', 'false', 'true'],
      ],
    );
  });

  it('checks the place at 1, 5 and 25 km, and not at all when the gold has no coordinates', () => {
    const at = (lat: number, lon: number | null): ReturnType<typeof fieldResults> =>
      fieldResults(goldStrike, systemEvent(SANAA, { type: 'remote.airstrike', place: { name: 'x', lat, lon } }));
    const pick = (r: ReturnType<typeof fieldResults>): Array<boolean | null> => [r.place1, r.place, r.place25];
    assert.deepEqual(pick(at(15.3694 + 0.005, 44.191)), [true, true, true]); // 0.6 km
    assert.deepEqual(pick(at(15.3694 + 0.03, 44.191)), [false, true, true]); // 3.3 km
    assert.deepEqual(pick(at(15.3694 + 0.1, 44.191)), [false, false, true]); // 11 km
    assert.deepEqual(pick(at(15.3694 + 0.3, 44.191)), [false, false, false]); // 33 km
    assert.deepEqual(pick(at(15.3694, null)), [false, false, false]);
    const noPlace = gold({ events: [goldEvent('e1', { evidence: 'Sanaa' })] }).events[0];
    assert.ok(noPlace);
    assert.deepEqual(pick(fieldResults(noPlace, systemEvent(SANAA, { type: 'battle.clash', place: SANAA_AT }))), [null, null, null]);
  });

  it('accepts a date on the gold day or inside the gold range', () => {
    const day = goldStrike;
    const range = gold({ events: [goldEvent('e1', { date_range: ['2016-10-01', '2016-10-08'], evidence: 'x' })] }).events[0];
    const none = gold({ events: [goldEvent('e1', { evidence: 'x' })] }).events[0];
    assert.ok(range && none);
    const time = (date: string | null, start: string | null = date, end: string | null = date) => ({ date, start, end, precision: null, stated: null });
    const cases: Array<[typeof day, ReturnType<typeof time> | null, boolean | null]> = [
      [day, time('2016-10-08'), true],
      [day, time('2016-10-08T14:30'), true],
      [day, time('2016-10-07'), false],
      [day, time(null, '2016-10-07', '2016-10-08'), false],
      [day, null, false],
      [range, time('2016-10-03'), true],
      [range, time(null, '2016-10-02', '2016-10-08'), true],
      [range, time(null, '2016-09-30', '2016-10-02'), false],
      [range, time('2016-10-09'), false],
      [none, time('2016-10-08'), null],
    ];
    for (const [g, t, want] of cases) assert.equal(dateInGold(g, t), want, JSON.stringify(t));
  });

  it('matches actors by any alias, name or canonical, in any case and with or without "al-"', () => {
    const nusra = [['al-Nusra Front', 'Jabhat al-Nusra']];
    const yes: Array<[string[][], ReturnType<typeof actor>[]]> = [
      [nusra, [actor('Nusra Front')]],
      [nusra, [actor('AL-NUSRA FRONT')]],
      [nusra, [actor('the militants', 'Jabhat al-Nusra')]],
      [[COALITION], [actor('Arab Coalition')]],
      [[COALITION, ['Houthis', 'Ansar Allah']], [actor('Ansar Allah'), actor('coalition')]],
      [[], []],
    ];
    for (const [g, s] of yes) assert.equal(actorsCorrect(g, s), true, JSON.stringify([g, s]));
    const no: Array<[string[][], ReturnType<typeof actor>[]]> = [
      [nusra, []],
      [nusra, [actor('Nusra')]],
      [nusra, [actor('Nusra Front'), actor('Free Syrian Army')]],
      [[COALITION, ['Houthis']], [actor('coalition')]],
      [[], [actor('coalition')]],
      [[COALITION], [actor('Saudi-led coalitions')]],
    ];
    for (const [g, s] of no) assert.equal(actorsCorrect(g, s), false, JSON.stringify([g, s]));
  });

  it('wants low and high as stated, and no figure when the gold has none', () => {
    const count = (low: number | null, high: number | null, best: number | null = null) => ({ low, best, high });
    assert.equal(fatalitiesCorrect({ low: 140, high: null }, count(140, null)), true);
    assert.equal(fatalitiesCorrect({ low: 140, high: null }, count(140, 140)), false);
    assert.equal(fatalitiesCorrect({ low: 3000, high: 5000 }, count(3000, 5000, 4000)), true);
    assert.equal(fatalitiesCorrect({ low: 0, high: 0 }, count(null, null)), false);
    assert.equal(fatalitiesCorrect(null, count(null, null)), true);
    assert.equal(fatalitiesCorrect(null, count(null, null, 3)), false);
    assert.equal(fatalitiesCorrect(null, null), true);
  });
});
