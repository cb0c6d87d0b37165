import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemText } from './gold-types.js';
import { parseGold } from './parse-gold.js';

const FILE = 'gold/kabul.txt.gold.json';

const valid = {
  format: 'sitrep-gold/1',
  document: 'kabul.txt',
  published: '2016-04-19',
  events: [
    {
      id: 'e1',
      key: true,
      type: 'remote.suicide',
      alt_types: ['remote.explosive'],
      actors: [['Taliban', 'Afghan Taliban']],
      targets: [],
      place: 'Kabul',
      lat: 34.53,
      lon: 69.17,
      date: '2016-04-19',
      modality: 'asserted',
      alt_modality: ['reported'],
      background: false,
      fatalities: { low: 28, high: null },
      evidence: 'A truck bomb exploded near a security agency compound in Kabul',
    },
    { id: 'e2', key: false, type: 'statement.claim', place: null, lat: null, lon: null, date_range: ['2016-04-18', '2016-04-19'], modality: 'reported', evidence_span: [10, 40] },
  ],
  quotes: [{ speaker: ['Zabihullah Mujahid', 'Mujahid'], text: 'we attacked' }, { speaker: ['Ashraf Ghani'], span: [50, 60] }],
  places: [{ name: 'Kabul', lat: 34.53, lon: 69.17 }, { name: 'Pul-e-Mahmud Khan', lat: null, lon: null, unlocated: true }],
};

describe('parseGold', () => {
  it('reads a valid file with both snippet forms and fills defaults', () => {
    const { gold, problems } = parseGold(valid, FILE);
    assert.deepEqual(problems, []);
    assert.equal(gold?.file, FILE);
    assert.deepEqual(gold?.events.map((e) => [e.id, e.key, e.altTypes, e.date, e.dateRange, e.evidence]), [
      ['e1', true, ['remote.explosive'], '2016-04-19', null, { text: 'A truck bomb exploded near a security agency compound in Kabul', span: null }],
      ['e2', false, [], null, ['2016-04-18', '2016-04-19'], { text: null, span: [10, 40] }],
    ]);
    assert.deepEqual(gold?.events[1]?.actors, []);
    assert.equal(gold?.events[1]?.background, false);
    assert.deepEqual(gold?.quotes.map((q) => q.quote), [{ text: 'we attacked', span: null }, { text: null, span: [50, 60] }]);
    assert.deepEqual(gold?.places, [{ name: 'Kabul', lat: 34.53, lon: 69.17 }, { name: 'Pul-e-Mahmud Khan', lat: null, lon: null }]);
  });

  const event = (change: Record<string, unknown>): unknown => ({ ...valid, events: [{ ...valid.events[0], ...change }] });
  const malformed: Array<[string, unknown, string]> = [
    ['not an object', [], 'gold/kabul.txt.gold.json: a gold file must be a JSON object, got a list'],
    ['wrong format', { ...valid, format: 'sitrep-gold/2' }, 'gold/kabul.txt.gold.json: format: expected "sitrep-gold/1", got string "sitrep-gold/2"'],
    ['no document', { ...valid, document: undefined }, 'gold/kabul.txt.gold.json: document: missing'],
    ['bad published', { ...valid, published: '19 April 2016' }, 'gold/kabul.txt.gold.json: published: expected a date as "YYYY-MM-DD" or null, got string "19 April 2016"'],
    ['events not a list', { ...valid, events: {} }, 'gold/kabul.txt.gold.json: events: expected a list, got an object'],
    ['event without id', event({ id: undefined }), 'gold/kabul.txt.gold.json: events[0].id: missing'],
    ['key not boolean', event({ key: 'yes' }), 'gold/kabul.txt.gold.json: events[0] (e1).key: expected true or false, got string "yes"'],
    ['type without family', event({ type: 'bombing' }), 'gold/kabul.txt.gold.json: events[0] (e1).type: expected "family.kind" (DESIGN.md §3), got "bombing"'],
    ['latitude out of range', event({ lat: 134.5 }), 'gold/kabul.txt.gold.json: events[0] (e1).lat: expected a latitude between -90 and 90 or null, got number 134.5'],
    ['latitude without longitude', event({ lon: null }), 'gold/kabul.txt.gold.json: events[0] (e1).lat: give both "lat" and "lon", or neither'],
    ['date and range', event({ date_range: ['2016-04-18', '2016-04-19'] }), 'gold/kabul.txt.gold.json: events[0] (e1).date: give "date" or "date_range", not both'],
    ['reversed range', event({ date: undefined, date_range: ['2016-04-19', '2016-04-18'] }), 'gold/kabul.txt.gold.json: events[0] (e1).date_range: expected ["YYYY-MM-DD", "YYYY-MM-DD"] in order, got ["2016-04-19","2016-04-18"]'],
    ['no evidence', event({ evidence: undefined }), 'gold/kabul.txt.gold.json: events[0] (e1).evidence: missing: give "evidence" (a verbatim snippet) or "evidence_span"'],
    ['both evidence forms', event({ evidence_span: [0, 5] }), 'gold/kabul.txt.gold.json: events[0] (e1): give "evidence" or "evidence_span", not both'],
    ['empty span', event({ evidence: undefined, evidence_span: [7, 7] }), 'gold/kabul.txt.gold.json: events[0] (e1).evidence_span: expected [start, end] with whole numbers 0 <= start < end, got [7,7]'],
    ['actors as strings', event({ actors: ['Taliban'] }), 'gold/kabul.txt.gold.json: events[0] (e1).actors: expected a list of alias lists, e.g. [["Islamic State", "IS"]], got ["Taliban"]'],
    ['fatalities as a number', event({ fatalities: 28 }), 'gold/kabul.txt.gold.json: events[0] (e1).fatalities: expected null or {"low": n|null, "high": n|null} with whole numbers, got 28'],
    ['duplicate ids', { ...valid, events: [valid.events[0], valid.events[0]] }, 'gold/kabul.txt.gold.json: events[1].id: duplicate event id "e1"'],
    ['speaker as a string', { ...valid, quotes: [{ speaker: 'Mujahid', text: 'we attacked' }] }, 'gold/kabul.txt.gold.json: quotes[0].speaker: expected a list of strings, got "Mujahid"'],
    ['quote without text', { ...valid, quotes: [{ speaker: ['Mujahid'] }] }, 'gold/kabul.txt.gold.json: quotes[0].text: missing: give "text" (a verbatim snippet) or "span"'],
    ['place without name', { ...valid, places: [{ lat: 34.53, lon: 69.17 }] }, 'gold/kabul.txt.gold.json: places[0].name: missing'],
  ];
  for (const [why, json, message] of malformed) {
    it(`refuses a file with ${why}, naming the file and the field`, () => {
      const { gold, problems } = parseGold(json, FILE);
      assert.equal(gold, null);
      assert.ok(problems.every((p) => p.severity === 'error'));
      assert.ok(problems.map(problemText).includes(message), `${problems.map(problemText).join('\n')}`);
    });
  }
});
