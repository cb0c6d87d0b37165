import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { metricsOf } from './metrics.js';
import { emptyCounts } from './counts.js';
import { scoreEvents } from './score-events.js';
import { gold, goldEvent, spanOf, systemEvent } from './test-support/records.js';

// Our own sentences about real events: the Donetsk market shelling of 21 January 2024,
// the fighting for eastern Mosul in November 2016, the Genoa bridge collapse of 2018.
const DONETSK =
  'Shelling hit a busy market in the Tekstilshchik district of Donetsk on Sunday morning, killing 27 people, ' +
  "the city's Russian-installed mayor said. Ukrainian officials denied responsibility.";
const DONETSK_AT = { name: 'Donetsk', lat: 48.0159, lon: 37.8028 };
const donetskGold = gold({
  published: '2024-01-21',
  events: [
    goldEvent('e1', { type: 'remote.shelling', place: 'Donetsk', lat: 48.0159, lon: 37.8028, date: '2024-01-21', fatalities: { low: 27, high: 27 }, evidence: 'Shelling hit a busy market in the Tekstilshchik district of Donetsk' }),
    goldEvent('e2', { key: false, type: 'statement.denial', date: '2024-01-21', evidence: 'Ukrainian officials denied responsibility' }),
  ],
});

const MOSUL =
  'Iraqi troops retook the districts of Karama and Tahrir in eastern Mosul on Thursday after heavy street fighting, an army spokesman said. ' +
  'Coalition aircraft struck a car bomb workshop in Tahrir the same morning. Islamic State fighters overran the city in June 2014.';
const KARAMA = { name: 'Karama', lat: 36.345, lon: 43.178 };
const TAHRIR = { name: 'Tahrir', lat: 36.368, lon: 43.186 };
const RETOOK = 'Iraqi troops retook the districts of Karama and Tahrir in eastern Mosul on Thursday';
const mosulGold = gold({
  published: '2016-11-17',
  events: [
    goldEvent('e1', { type: 'battle.territory', place: 'Karama', ...KARAMA, date: '2016-11-17', evidence: RETOOK }),
    goldEvent('e2', { type: 'battle.territory', place: 'Tahrir', ...TAHRIR, date: '2016-11-17', evidence: RETOOK }),
    goldEvent('e3', { type: 'remote.airstrike', alt_types: ['strategic.destruction'], place: 'Tahrir', ...TAHRIR, date: '2016-11-17', evidence: 'Coalition aircraft struck a car bomb workshop in Tahrir' }),
    goldEvent('e4', { key: false, background: true, type: 'battle.territory', place: 'Mosul', lat: 36.34, lon: 43.13, date_range: ['2014-06-01', '2014-06-30'], evidence: 'Islamic State fighters overran the city in June 2014' }),
  ],
});

describe('scoreEvents: matching', () => {
  it('matches on overlapping evidence alone, whatever the type and place', () => {
    const sys = systemEvent(DONETSK, { type: 'battle.clash', evidence: ['busy market in the Tekstilshchik'] });
    assert.deepEqual([sys.evidence[0]?.start, sys.evidence[0]?.end, sys.evidence[0]?.quote], [15, 47, 'busy market in the Tekstilshchik']);
    const { counts, misses, falsePositives } = scoreEvents(donetskGold, [sys], DONETSK);
    assert.equal(counts.matched, 1);
    assert.deepEqual([misses, falsePositives], [[], []]);
    assert.deepEqual(counts.fields.type, { correct: 0, total: 1 });
  });

  it('matches on place within 5 km, date and type family when the evidence does not overlap', () => {
    const sys = systemEvent(DONETSK, { type: 'remote.airstrike', place: { name: 'Donetsk', lat: 48.03, lon: 37.8 }, date: '2024-01-21' });
    const { counts } = scoreEvents(donetskGold, [sys], DONETSK);
    assert.equal(counts.matched, 1);
    assert.deepEqual(counts.fields.type, { correct: 0, total: 1 });
  });

  const notMatching: Array<[string, Parameters<typeof systemEvent>[1]]> = [
    ['6 km away', { type: 'remote.shelling', place: { name: 'Makiivka', lat: 48.0699, lon: 37.8028 }, date: '2024-01-21' }],
    ['the next day', { type: 'remote.shelling', place: DONETSK_AT, date: '2024-01-22' }],
    ['a range reaching outside the gold day', { type: 'remote.shelling', place: DONETSK_AT, start: '2024-01-20', end: '2024-01-21' }],
    ['another type family', { type: 'battle.clash', place: DONETSK_AT, date: '2024-01-21' }],
    ['no coordinates', { type: 'remote.shelling', place: { name: 'Donetsk', lat: null, lon: null }, date: '2024-01-21' }],
    ['no date', { type: 'remote.shelling', place: DONETSK_AT }],
  ];
  for (const [why, spec] of notMatching) {
    it(`does not match an event without overlapping evidence: ${why}`, () => {
      const { counts, misses, falsePositives } = scoreEvents(donetskGold, [systemEvent(DONETSK, spec)], DONETSK);
      assert.equal(counts.matched, 0);
      assert.deepEqual(misses.map((m) => m.id), ['e1']);
      assert.deepEqual(falsePositives.map((f) => f.kind), ['unmatched']);
    });
  }

  it('counts a match on an alternative type as type-correct, and its family for the place-and-date rule', () => {
    const byEvidence = systemEvent(MOSUL, { type: 'strategic.destruction', evidence: ['struck a car bomb workshop'], place: TAHRIR, date: '2016-11-17' });
    const byPlace = systemEvent(MOSUL, { type: 'strategic.destruction', place: TAHRIR, date: '2016-11-17' });
    const g = gold({ events: [rawOf('e3')] });
    for (const sys of [byEvidence, byPlace]) {
      const { counts } = scoreEvents(g, [sys], MOSUL);
      assert.equal(counts.matched, 1);
      assert.deepEqual(counts.fields.type, { correct: 1, total: 1 });
    }
  });

  it('pairs events told in one sentence best first: each district with its own system event', () => {
    const tahrir = systemEvent(MOSUL, { type: 'battle.territory', evidence: [RETOOK], place: TAHRIR, date: '2016-11-17' });
    const karama = systemEvent(MOSUL, { type: 'battle.territory', evidence: [RETOOK], place: KARAMA, date: '2016-11-17' });
    const { counts, misses } = scoreEvents(mosulGold, [tahrir, karama], MOSUL);
    assert.equal(counts.matched, 2);
    assert.deepEqual(counts.fields.place1, { correct: 2, total: 2 });
    assert.deepEqual(misses.map((m) => m.id), ['e3']);
  });

  it('pairs by distance when the system names the places differently', () => {
    const nearTahrir = systemEvent(MOSUL, { type: 'battle.territory', evidence: [RETOOK], place: { name: 'al-Tahrir quarter', lat: 36.367, lon: 43.187 }, date: '2016-11-17' });
    const nearKarama = systemEvent(MOSUL, { type: 'battle.territory', evidence: [RETOOK], place: { name: 'Karamah', lat: 36.346, lon: 43.177 }, date: '2016-11-17' });
    const { counts } = scoreEvents(mosulGold, [nearTahrir, nearKarama], MOSUL);
    assert.deepEqual(counts.fields.place1, { correct: 2, total: 2 });
  });

  it('counts a second system event for one gold event as a duplicate, against precision', () => {
    const once = systemEvent(MOSUL, { type: 'battle.territory', evidence: [RETOOK], place: KARAMA, date: '2016-11-17' });
    const again = systemEvent(MOSUL, { type: 'battle.territory', evidence: ['retook the districts of Karama'], place: KARAMA, date: '2016-11-17' });
    const g = gold({ events: [rawOf('e1')] });
    const { counts, falsePositives } = scoreEvents(g, [once, again], MOSUL);
    assert.deepEqual([counts.matched, counts.duplicates], [1, 1]);
    assert.deepEqual(falsePositives.map((f) => [f.kind, f.gold, f.quote]), [['duplicate', 'e1', 'retook the districts of Karama']]);
    const m = metricsOf({ ...emptyCounts(), events: counts });
    assert.deepEqual([m['events.precision'], m['events.recall']], [0.5, 1]);
  });

  it('leaves events matching non-key gold events out of precision', () => {
    const shelling = systemEvent(DONETSK, { type: 'remote.shelling', evidence: ['Shelling hit a busy market'] });
    const denial = systemEvent(DONETSK, { type: 'statement.denial', evidence: ['denied responsibility'] });
    const { counts, falsePositives } = scoreEvents(donetskGold, [shelling, denial], DONETSK);
    assert.deepEqual([counts.system, counts.matched, counts.acceptable], [2, 1, 1]);
    assert.deepEqual(falsePositives, []);
    assert.equal(metricsOf({ ...emptyCounts(), events: counts })['events.precision'], 1);
  });

  it('counts history reported as current as a false positive, and history reported as history as acceptable', () => {
    const asCurrent = systemEvent(MOSUL, { type: 'battle.territory', evidence: ['overran the city in June 2014'], background: false });
    const asHistory = { ...asCurrent, background: true };
    const current = scoreEvents(mosulGold, [asCurrent], MOSUL);
    assert.deepEqual([current.counts.background, current.counts.acceptable], [1, 0]);
    assert.deepEqual(current.falsePositives.map((f) => [f.kind, f.gold]), [['background', 'e4']]);
    assert.equal(metricsOf({ ...emptyCounts(), events: current.counts })['events.precision'], 0);
    const history = scoreEvents(mosulGold, [asHistory], MOSUL);
    assert.deepEqual([history.counts.background, history.counts.acceptable, history.falsePositives.length], [0, 1, 0]);
  });

  it('counts an event of a text with no gold events as a false positive', () => {
    const text = 'A motorway bridge collapsed in Genoa on Tuesday, killing at least 35 people, Italy’s interior minister said.';
    const sys = systemEvent(text, { type: 'violence.attack', evidence: ['killing at least 35 people'] });
    const { counts, falsePositives } = scoreEvents(gold({ events: [] }), [sys], text);
    assert.deepEqual([counts.unmatched, counts.matched], [1, 0]);
    assert.deepEqual(falsePositives.map((f) => f.quote), ['killing at least 35 people']);
  });

  it('scores empty gold and empty output as nothing, with undefined rates', () => {
    const { counts, problems } = scoreEvents(gold({}), [], '');
    assert.deepEqual([counts.gold, counts.system, counts.matched, problems.length], [0, 0, 0, 0]);
    const m = metricsOf({ ...emptyCounts(), events: counts });
    assert.deepEqual([m['events.precision'], m['events.recall'], m['events.f1'], m['events.type']], [null, null, null, null]);
  });

  it('reports a gold snippet missing from the text by file and event id, and still matches by place and date', () => {
    const g = gold({ events: [goldEvent('e7', { type: 'remote.shelling', ...DONETSK_AT, place: 'Donetsk', date: '2024-01-21', evidence: 'Shells struck the central market' })] }, 'gold/donetsk.txt.gold.json');
    const sys = systemEvent(DONETSK, { type: 'remote.shelling', evidence: ['Shelling hit a busy market'], place: DONETSK_AT, date: '2024-01-21' });
    const { counts, problems } = scoreEvents(g, [sys], DONETSK);
    assert.deepEqual(problems, [
      { file: 'gold/donetsk.txt.gold.json', at: 'events[0] (e7).evidence', reason: 'not found verbatim in the text: "Shells struck the central market"', severity: 'error' },
    ]);
    assert.equal(counts.matched, 1);
  });

  it('reads evidence given as offsets, and reports offsets outside the text', () => {
    const at = spanOf(DONETSK, 'Ukrainian officials denied responsibility');
    const g = gold({ events: [goldEvent('e1', { type: 'statement.denial', evidence_span: [at.start, at.end] }), goldEvent('e2', { evidence_span: [10, 9999] })] });
    const sys = systemEvent(DONETSK, { type: 'statement.denial', evidence: ['officials denied'] });
    const { counts, problems } = scoreEvents(g, [sys], DONETSK);
    assert.equal(counts.matched, 1);
    assert.deepEqual(problems.map((p) => [p.at, p.reason]), [['events[1] (e2).evidence_span', `[10, 9999] is outside the text (${DONETSK.length} characters)`]]);
  });
});

function rawOf(id: string): Record<string, unknown> {
  const e = mosulGold.events.find((g) => g.id === id);
  assert.ok(e);
  return goldEvent(e.id, {
    key: e.key,
    type: e.type,
    alt_types: e.altTypes,
    place: e.place,
    lat: e.lat,
    lon: e.lon,
    ...(e.dateRange === null ? { date: e.date } : { date_range: e.dateRange }),
    background: e.background,
    evidence: e.evidence.text,
  });
}
