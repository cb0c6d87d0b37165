/** Saving and loading documents, for every dialect. */
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import type { Document } from '../../core/document.js';
import type { AnnotationInput } from '../../core/layers.js';
import type { MessageInput } from '../../core/message.js';
import { Pipeline } from '../../core/pipeline.js';
import type { ExtractRecord, MediaRecord } from '../../core/records.js';
import type { Stage } from '../../core/stage.js';
import { documentId, StoreError, TRANSIENT_LAYERS, type Store } from '../store.js';
import { eventCorpus, eventIn, GOGJALI, makeDocument, MOSUL_TEXT, recordOf, saveInputOf, spanIn } from './fixtures.js';

declare module '../../core/layers.js' {
  interface LayerTypes {
    'store-test-line': { index: number };
    'store-test-caption': { credited: boolean };
  }
}

const LINE = /[^\n]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
const CREDIT = /\(([^)]+)\)$/;

/** Lines, words (as the transient `token` layer) and photo captions, with a warning for captions without a credit. */
const linesStage: Stage = {
  name: 'store-test-lines',
  version: '3',
  requires: [],
  assigns: ['store-test-line', 'store-test-caption', 'token'],
  run(doc) {
    const lines: AnnotationInput<'store-test-line'>[] = [];
    const captions: AnnotationInput<'store-test-caption'>[] = [];
    const tokens: AnnotationInput<'token'>[] = [];
    const messages: MessageInput[] = [];
    for (const m of doc.text.matchAll(LINE)) {
      const start = m.index;
      const end = start + m[0].length;
      lines.push({ start, end, attrs: { index: lines.length } });
      for (const w of m[0].matchAll(WORD)) {
        tokens.push({ start: start + w.index, end: start + w.index + w[0].length, attrs: { pos: 'X', norm: w[0].toLowerCase(), sentence: lines.length - 1 } });
      }
      if (!m[0].startsWith('Photo: ')) continue;
      const credited = CREDIT.test(m[0]);
      captions.push({ start, end, attrs: { credited } });
      if (!credited) messages.push({ ruleId: 'store-test/uncredited-photo', reason: 'photo caption without a credit', start, end });
    }
    return { layers: { 'store-test-line': lines, 'store-test-caption': captions, token: tokens }, messages };
  },
};

function mosulThroughPipeline(): { doc: Document; record: ExtractRecord; versions: Record<string, string> } {
  const pipeline = new Pipeline([linesStage]);
  const doc = pipeline.run(
    makeDocument('mosul-live.txt', MOSUL_TEXT, { title: '🔴 Live: Iraqi troops push into eastern Mosul', published: '2016-11-01', outlet: 'Example Wire', source: '/in/mosul-live.txt' }),
  );
  const media: MediaRecord[] = doc.layer('store-test-caption').map((c, i) => {
    const credit = CREDIT.exec(c.quote);
    return {
      id: `m_${i}`,
      kind: 'photo',
      caption: doc.span(c.start + 'Photo: '.length, credit ? c.start + credit.index - 1 : c.end),
      credit: credit?.[1] ?? null,
      origin: null,
      author: credit?.[1]?.split('/')[0] ?? null,
      agency: credit?.[1]?.split('/')[1] ?? null,
      evidence: doc.span(c.start, c.end),
    };
  });
  const quoted = spanIn(doc, '“We have entered the first streets of the city,”');
  const record = recordOf(doc, {
    events: [eventIn(doc, { id: 'ev_1', type: 'battle.territory', evidence: 'stormed the Gogjali district', when: '2016-11-01', at: GOGJALI })],
    quotes: [{ id: 'q_1', text: quoted.quote.slice(1, -2), direct: true, speaker: { name: 'Sami al-Aridi', title: 'Major General', affiliation: null }, evidence: quoted, cue: 'told' }],
    places: [
      {
        id: 'pl_1', name: 'Gogjali', canonical: 'Gogjali', lat: GOGJALI.lat, lon: GOGJALI.lon, precision: 1, uncertaintyKm: 1.5,
        relative: null, admin: ['Mosul', 'Nineveh', 'Iraq'], country: 'IQ', gazetteerId: 'theatre:gogjali',
        evidence: spanIn(doc, 'Gogjali'), candidates: 1, resolved: true, reason: 'only candidate',
      },
    ],
    actors: [
      {
        id: 'ac_1', name: 'Iraqi special forces', canonical: 'Iraqi Counter Terrorism Service', kind: 'state-military', side: 'IRQ-GOV',
        parent: 'Iraqi security forces', country: 'IQ', generic: false, evidence: spanIn(doc, 'Iraqi special forces'),
      },
    ],
    outlets: [],
    figures: [
      {
        id: 'fg_1', kind: 'ordinal', value: 1, low: null, high: null, approx: 'exact', unit: null, counted: null,
        km: null, direction: null, anchor: null, attribution: null, evidence: spanIn(doc, 'first'),
      },
    ],
    media,
    messages: [...doc.messages],
  });
  return { doc, record, versions: pipeline.versions() };
}

function closeAfter(t: TestContext, store: Store): Store {
  t.after(() => store.close());
  return store;
}

export function documentTests(open: () => Store): void {
  describe('documents', () => {
    it('round-trips text, layers, record, messages and media; drops transient layers', (t) => {
      const store = closeAfter(t, open());
      const input = mosulThroughPipeline();
      const { doc } = input;
      assert.ok(doc.layer('token').length > 50, 'the stage made tokens');
      assert.equal(store.save(input), 'inserted');

      const stored = store.getDocument(documentId(doc.hash, doc.id));
      assert.ok(stored);
      assert.match(stored.id, /^doc_[0-9a-f]{16}$/);
      assert.notEqual(documentId(doc.hash, 'other-name.txt'), stored.id);
      assert.equal(stored.sourceId, 'mosul-live.txt');
      assert.equal(stored.text, MOSUL_TEXT);
      assert.deepEqual(stored.record, input.record);
      assert.deepEqual(stored.versions, { 'store-test-lines': '3' });
      assert.deepEqual(Object.keys(stored.layers).sort(), ['store-test-caption', 'store-test-line']);
      for (const layer of TRANSIENT_LAYERS) assert.equal(layer in stored.layers, false);

      assert.deepEqual(stored.layers['store-test-line'], doc.layer('store-test-line'));
      assert.deepEqual(
        stored.layers['store-test-caption']?.map((c) => [c.start, c.end, c.quote, c.attrs.credited, c.stage, c.version]),
        [
          [401, 501, 'Photo: Smoke rises over the Gogjali district as armoured vehicles advance. (Jane Roe/Example Agency)', true, 'store-test-lines', '3'],
          [502, 559, 'Photo: Families wait at a checkpoint outside Khazir camp.', false, 'store-test-lines', '3'],
        ],
      );
      for (const layer of Object.values(stored.layers)) {
        for (const a of layer) assert.equal(a.quote, MOSUL_TEXT.slice(a.start, a.end));
      }
      assert.deepEqual(
        stored.record.messages.map((m) => [m.ruleId, m.stage, m.severity, m.start, m.end]),
        [['store-test/uncredited-photo', 'store-test-lines', 'warning', 502, 559]],
      );
      assert.deepEqual(
        stored.record.media.map((m) => [m.evidence.start, m.evidence.end, m.caption?.quote, m.credit]),
        [
          [401, 501, 'Smoke rises over the Gogjali district as armoured vehicles advance.', 'Jane Roe/Example Agency'],
          [502, 559, 'Families wait at a checkpoint outside Khazir camp.', null],
        ],
      );
      for (const m of stored.record.media) assert.equal(MOSUL_TEXT.slice(m.evidence.start, m.evidence.end), m.evidence.quote);
      assert.deepEqual(stored.record.quotes.map((q) => [q.evidence.start, q.evidence.end, q.text]), [[184, 232, 'We have entered the first streets of the city']]);
    });

    it('finds a document by source id, the latest when a source was stored twice, and nothing for unknown ids', (t) => {
      const store = closeAfter(t, open());
      const first = makeDocument('report.txt', 'Rebels shelled the airport road overnight, witnesses said.', { source: '/in/report.txt' });
      const edited = makeDocument('report.txt', 'Rebels shelled the airport road overnight, two witnesses said.', { source: '/in/report.txt' });
      assert.equal(store.save(saveInputOf(first)), 'inserted');
      assert.equal(store.save(saveInputOf(edited)), 'inserted');
      assert.equal(store.getDocument('report.txt')?.text, edited.text);
      assert.equal(store.getDocument(documentId(first.hash, first.id))?.text, first.text);
      assert.equal(store.getDocument('report'), null);
      assert.equal(store.getDocument('doc_0000000000000000'), null);
      assert.equal(store.getDocument(''), null);
    });

    it('changes nothing when the same input is saved again; keeps a copy under another name as its own document', (t) => {
      const store = closeAfter(t, open());
      const [mosul, donetsk, fiji] = eventCorpus();
      assert.ok(mosul && donetsk && fiji);
      assert.equal(store.isStored(mosul.doc.id, mosul.doc.hash), false);
      assert.equal(store.save(mosul), 'inserted');
      assert.equal(store.isStored(mosul.doc.id, mosul.doc.hash), true);
      const before = store.stats();
      assert.equal(store.save(mosul), 'unchanged');
      assert.deepEqual(store.stats(), before);
      const copy = makeDocument('copy-of-mosul.txt', mosul.doc.text, { source: '/elsewhere/copy.txt' });
      assert.equal(store.isStored(copy.id, copy.hash), false);
      assert.equal(store.save(saveInputOf(copy)), 'inserted');
      assert.deepEqual([store.stats().documents, store.stats().distinctTexts], [2, 1]);
      assert.equal(store.getDocument('copy-of-mosul.txt')?.text, mosul.doc.text);
      assert.equal(store.save(saveInputOf(copy)), 'unchanged');

      assert.deepEqual(store.saveBatch([donetsk, mosul, fiji, donetsk]), { inserted: 2, unchanged: 2 });
      assert.equal(store.stats().documents, 4);
      assert.deepEqual(store.saveBatch([]), { inserted: 0, unchanged: 0 });
    });

    it('refuses a record made for another text, and saves nothing of its batch', (t) => {
      const store = closeAfter(t, open());
      const [mosul, donetsk] = eventCorpus();
      assert.ok(mosul && donetsk);
      const mixed = { ...donetsk, record: mosul.record };
      assert.throws(() => store.saveBatch([mosul, mixed]), (e: unknown) => e instanceof StoreError && /does not belong to document 'ua-17'/.test(e.message));
      assert.equal(store.stats().documents, 0);
    });

    it('records ingest failures once per source and rule, and clears them when the source is saved', (t) => {
      const store = closeAfter(t, open());
      const fail = (source: string, ruleId: string, reason: string) => store.recordFailure({ kind: 'failure', id: source.split('/').at(-1) ?? source, source, ruleId, reason });
      fail('/in/mosul-live.txt', 'ingest/invalid-utf8', 'invalid UTF-8 at byte 812');
      fail('/in/mosul-live.txt', 'ingest/invalid-utf8', 'invalid UTF-8 at byte 813');
      fail('/in/feed.jsonl:4', 'ingest/empty', 'record has no text');
      assert.deepEqual(
        store.listFailures().map((f) => [f.source, f.inputId, f.ruleId, f.reason]),
        [
          ['/in/feed.jsonl:4', 'feed.jsonl:4', 'ingest/empty', 'record has no text'],
          ['/in/mosul-live.txt', 'mosul-live.txt', 'ingest/invalid-utf8', 'invalid UTF-8 at byte 813'],
        ],
      );
      assert.equal(store.stats().failures, 2);
      const [mosul] = eventCorpus();
      assert.ok(mosul);
      store.save(mosul);
      assert.deepEqual(store.listFailures().map((f) => f.source), ['/in/feed.jsonl:4']);
      // A source that failed after its content was stored is cleared by the unchanged re-save too.
      fail('/in/mosul-live.txt', 'ingest/unreadable', 'permission denied');
      assert.equal(store.save(mosul), 'unchanged');
      assert.deepEqual(store.listFailures().map((f) => f.source), ['/in/feed.jsonl:4']);
    });

    it('counts what it holds', (t) => {
      const store = closeAfter(t, open());
      const empty = store.stats();
      assert.deepEqual({ ...empty, dbBytes: 0 }, {
        documents: 0, distinctTexts: 0, events: 0, eventsByType: {}, quotes: 0, places: 0, media: 0, annotations: 0, failures: 0,
        outlets: {}, firstPublished: null, lastPublished: null, dbBytes: 0,
      });
      assert.ok(empty.dbBytes > 0);
      assert.equal(store.save(mosulThroughPipeline()), 'inserted');
      assert.deepEqual(store.saveBatch(eventCorpus()), { inserted: 2, unchanged: 1 });
      const s = store.stats();
      assert.deepEqual({ ...s, dbBytes: 0 }, {
        documents: 3,
        distinctTexts: 3,
        events: 4,
        eventsByType: { 'battle.territory': 1, 'remote.shelling': 1, 'strategic.displacement': 1, 'violence.attack': 1 },
        quotes: 1,
        places: 1,
        media: 2,
        annotations: 6 + 2,
        failures: 0,
        outlets: { 'Example Daily': 1, 'Example Wire': 2 },
        firstPublished: '2016-02-21',
        lastPublished: '2016-11-01',
        dbBytes: 0,
      });
    });

    it('searches titles and texts, taking FTS syntax in user text as words', (t) => {
      const store = closeAfter(t, open());
      store.saveBatch(eventCorpus());
      const hits = (text: string, limit?: number) => store.searchDocuments(text, limit).map((h) => h.document.id);
      assert.deepEqual(hits('Donetsk'), ['ua-17']);
      const [hit] = store.searchDocuments('evacuation centres');
      assert.match(hit?.snippet ?? '', /«evacuation» «centres»/);
      assert.equal(hit?.id, documentId(eventCorpus()[2]?.doc.hash ?? '', eventCorpus()[2]?.doc.id ?? ''));
      assert.deepEqual(hits('officials said').sort(), ['fiji-winston.txt', 'ua-17']);
      assert.deepEqual(hits('officials said', 1).length, 1);
      assert.deepEqual(hits('Mosul OR Fiji'), []);
      assert.deepEqual(hits('Fiji -cyclone'), ['fiji-winston.txt']);
      assert.deepEqual(hits('title:Fiji'), []);
      for (const hostile of ['"', '*', 'AND', '(', 'NEAR(a b)', '"Mosul', 'Mosul"*', '{title}: x', '\u0000']) {
        assert.doesNotThrow(() => store.searchDocuments(hostile), hostile);
      }
      assert.deepEqual(hits('"Mosul'), ['mosul-live.txt']);
      assert.deepEqual(hits('earthquake'), []);
      assert.throws(() => store.searchDocuments('Mosul', 0), /limit 0 must be a whole number >= 1/);
    });
  });
}
