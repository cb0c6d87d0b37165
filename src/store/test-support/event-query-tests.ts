/** queryEvents, for every dialect: each filter alone, with the cases it must not match, then combined. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { documentId, StoreError, type EventFilter, type Store } from '../store.js';
import { haversineKm } from '../geo.js';
import { EAST_20, EAST_30, eventCorpus, GOGJALI, KORO, MOSUL, NORTH_EAST_24 } from './fixtures.js';

const ALL = ['ev_c1', 'ev_b1', 'ev_a2', 'ev_a1', 'ev_a3', 'ev_a4', 'ev_a5', 'ev_b2'];

export function eventQueryTests(open: () => Store): void {
  describe('queryEvents', () => {
    let store: Store;
    const ids = (filter: EventFilter) => store.queryEvents(filter).map((e) => e.id);
    const corpus = eventCorpus();

    before(() => {
      store = open();
      assert.deepEqual(store.saveBatch(corpus), { inserted: 3, unchanged: 0 });
    });
    after(() => store.close());

    it('returns every event by date (ranges by their start, undated last), then id, with its document', () => {
      const events = store.queryEvents();
      assert.deepEqual(events.map((e) => e.id), ALL);
      const a1 = events.find((e) => e.id === 'ev_a1');
      assert.equal(a1?.docId, documentId(corpus[0]?.doc.hash ?? '', corpus[0]?.doc.id ?? ''));
      assert.deepEqual(a1 && { ...a1, docId: undefined }, { ...corpus[0]?.record.events[0], docId: undefined });
    });

    it('compares since/until with the event date range, inclusively', () => {
      const cases: Array<[EventFilter, string[]]> = [
        [{ since: '2016-11-01', until: '2016-11-01' }, ['ev_a2', 'ev_a1']],
        [{ until: '2016-10-31' }, ['ev_c1', 'ev_b1', 'ev_a2']],
        [{ since: '2016-11-04' }, ['ev_a3', 'ev_a4']],
        [{ since: '2016-10-20', until: '2016-10-25' }, ['ev_b1']],
        [{ since: '2016-11' }, ['ev_a2', 'ev_a1', 'ev_a3', 'ev_a4']],
        [{ since: '2016', until: '2016-02' }, ['ev_c1']],
        [{ since: '2016-11-02', until: '2016-11-03' }, []],
        [{ since: '2016-11-05' }, []],
        [{ until: '2016-02-19' }, []],
        [{ since: '2017' }, []],
      ];
      for (const [filter, expected] of cases) assert.deepEqual(ids(filter), expected, JSON.stringify(filter));
    });

    it('rejects dates that are not dates, and reversed ranges', () => {
      for (const since of ['2016-13', '2016-02-30', '1 November 2016', 'yesterday', '16-11-01', '']) {
        assert.throws(() => store.queryEvents({ since }), (e: unknown) => e instanceof StoreError && e.message.includes(`since '${since}' is not a date`));
      }
      assert.throws(() => store.queryEvents({ since: '2016-11-05', until: '2016-11-01' }), /since 2016-11-05 is after until 2016-11-01/);
    });

    it('matches exact types and families, never a longer word with the same start', () => {
      const cases: Array<[string[], string[]]> = [
        [['battle'], ['ev_a1', 'ev_a3', 'ev_a4']],
        [['battle.clash'], ['ev_a3', 'ev_a4']],
        [['remote.airstrike', 'violence'], ['ev_a2', 'ev_b2']],
        [['battlefield'], ['ev_a5']],
        [['battle.cl'], []],
        [['batt'], []],
        [['Battle'], []],
        [['remote.shelling.heavy'], []],
      ];
      for (const [types, expected] of cases) assert.deepEqual(ids({ types }), expected, types.join(','));
    });

    it('finds events within a radius, exactly, also across the antimeridian', () => {
      // The fixture points are where the test needs them.
      assert.ok(haversineKm(MOSUL.lat, MOSUL.lon, GOGJALI.lat, GOGJALI.lon) < 10);
      assert.ok(Math.abs(haversineKm(MOSUL.lat, MOSUL.lon, EAST_20.lat, EAST_20.lon) - 20) < 0.1);
      assert.ok(Math.abs(haversineKm(MOSUL.lat, MOSUL.lon, EAST_30.lat, EAST_30.lon) - 30) < 0.1);
      assert.ok(Math.abs(haversineKm(MOSUL.lat, MOSUL.lon, NORTH_EAST_24.lat, NORTH_EAST_24.lon) - 33.9) < 0.5);
      const across = { lat: KORO.lat, lon: -179.9 };
      assert.ok(Math.abs(haversineKm(across.lat, across.lon, KORO.lat, KORO.lon) - 72.2) < 1);

      const cases: Array<[EventFilter['near'], string[]]> = [
        [{ ...MOSUL, km: 25 }, ['ev_a2', 'ev_a1']],
        [{ ...MOSUL, km: 31 }, ['ev_a2', 'ev_a1', 'ev_a3']],
        [{ ...MOSUL, km: 35 }, ['ev_a2', 'ev_a1', 'ev_a3', 'ev_a4']],
        [{ ...MOSUL, km: 5 }, []],
        [{ ...across, km: 80 }, ['ev_c1']],
        [{ ...across, km: 60 }, []],
        [{ lat: 0, lon: 0, km: 1000 }, []],
      ];
      for (const [near, expected] of cases) assert.deepEqual(ids({ near }), expected, JSON.stringify(near));
    });

    it('rejects impossible coordinates and radii', () => {
      assert.throws(() => store.queryEvents({ near: { lat: 91, lon: 0, km: 5 } }), /latitude 91 is not between -90 and 90/);
      assert.throws(() => store.queryEvents({ near: { lat: 0, lon: 181, km: 5 } }), /longitude 181/);
      assert.throws(() => store.queryEvents({ near: { lat: 0, lon: 0, km: 0 } }), /radius 0 km/);
      assert.throws(() => store.queryEvents({ near: { lat: Number.NaN, lon: 0, km: 1 } }), /latitude NaN/);
    });

    it('searches evidence words, with FTS syntax in user text taken as words', () => {
      const cases: Array<[string, string[]]> = [
        ['stormed', ['ev_a1']],
        ['STORMING', ['ev_a1']],
        ['storm*', ['ev_a1']],
        ['stormed AND Karama', ['ev_a1']],
        ['Karama OR shelling', []],
        ['shelling NOT suburb', []],
        ['shelling -suburb', ['ev_b1']],
        ['"car bomb"', ['ev_a2']],
        ['car-bomb', ['ev_a2']],
        ['Gogjali"', ['ev_a1']],
        ['^shelling', ['ev_b1']],
        ['evidence:shelling', []],
        ['NEAR(stormed Karama)', []],
        ['"', []],
        ['*', []],
        ['(', []],
        [') OR (', []],
        ['-', []],
        ['   ', ALL],
        ['bombing', ['ev_a2']],
        ['airstrike', []],
      ];
      for (const [text, expected] of cases) assert.deepEqual(ids({ text }), expected, text);
    });

    it('keeps to one document, by stored id or source id', () => {
      const [mosul, donetsk] = corpus;
      assert.deepEqual(ids({ docId: documentId(mosul?.doc.hash ?? '', mosul?.doc.id ?? '') }), ['ev_a2', 'ev_a1', 'ev_a3', 'ev_a4', 'ev_a5']);
      assert.deepEqual(ids({ docId: donetsk?.doc.id ?? '' }), ['ev_b1', 'ev_b2']);
      assert.deepEqual(ids({ docId: 'doc_0000000000000000' }), []);
      assert.deepEqual(ids({ docId: 'mosul-live' }), []);
    });

    it('pages with limit and offset without gaps or repeats', () => {
      const pages = [0, 3, 6].map((offset) => ids({ limit: 3, offset }));
      assert.deepEqual(pages, [ALL.slice(0, 3), ALL.slice(3, 6), ALL.slice(6)]);
      assert.deepEqual(ids({ offset: 7 }), ALL.slice(7));
      assert.deepEqual(ids({ limit: 0 }), []);
      assert.throws(() => store.queryEvents({ limit: -1 }), /limit -1 must be a whole number/);
      assert.throws(() => store.queryEvents({ offset: 1.5 }), /offset 1.5 must be a whole number/);
    });

    it('combines filters with AND', () => {
      assert.deepEqual(ids({ types: ['battle'], near: { ...MOSUL, km: 31 } }), ['ev_a1', 'ev_a3']);
      assert.deepEqual(ids({ types: ['battle'], since: '2016-11-02', near: { ...MOSUL, km: 31 } }), ['ev_a3']);
      assert.deepEqual(ids({ text: 'shelling', types: ['remote'], since: '2016-10-01' }), ['ev_b1']);
      assert.deepEqual(ids({ text: 'shelling', types: ['battle'] }), []);
      assert.deepEqual(ids({ text: 'stormed', docId: corpus[1]?.doc.id ?? '' }), []);
    });
  });
}
