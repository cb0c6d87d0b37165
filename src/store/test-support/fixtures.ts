/**
 * Documents and hand-built records for the store suite. The texts are written
 * for these tests: news-style reports from several places, and one that is
 * not about war.
 */
import { Document, type DocumentMeta } from '../../core/document.js';
import type { EventRecord, Evidence, ExtractRecord } from '../../core/records.js';
import { buildRecord } from '../../extract/build-record.js';
import { spanOf, type Span } from '../../core/span.js';
import { EARTH_RADIUS_KM } from '../geo.js';
import type { SaveInput } from '../store.js';

export const MOSUL_TEXT = [
  '🔴 Live: Iraqi troops push into eastern Mosul',
  'Iraqi special forces stormed the Gogjali district and the Karama neighbourhood on the eastern edge of Mosul on Tuesday, a commander said.',
  '“We have entered the first streets of the city,” Major General Sami al-Aridi told reporters near Bartella.',
  'Coalition aircraft struck a car bomb workshop south of the city overnight, the coalition said in a statement.',
  'Photo: Smoke rises over the Gogjali district as armoured vehicles advance. (Jane Roe/Example Agency)',
  'Photo: Families wait at a checkpoint outside Khazir camp.',
].join('\n');

export const DONETSK_TEXT = [
  'Shelling kills four in Donetsk suburb',
  'Artillery shells struck residential buildings in a suburb of Donetsk, killing at least four civilians, local officials said.',
  'Shelling of the suburb has gone on almost daily since October 17, despite the ceasefire agreed in Minsk.',
  'Gunmen later attacked a bus carrying miners, the officials said.',
].join('\n');

export const FIJI_TEXT = [
  'Thousands shelter after cyclone hits Fiji',
  'Thousands of people spent the night in evacuation centres on Koro Island after Cyclone Winston flattened villages across the island, officials said.',
  'Flood waters cut several roads on the main island of Viti Levu.',
].join('\n');

export const MOSUL = { lat: 36.34, lon: 43.13 };
export const KORO = { lat: -17.32, lon: 179.42 };
export const DONETSK = { lat: 48.0159, lon: 37.8028 };

export function makeDocument(id: string, text: string, meta: Partial<DocumentMeta>): Document {
  return new Document(id, text, { lang: 'en', ...meta });
}

/** The record `extract` would print for the document, with the given extracted parts. */
export function recordOf(doc: Document, parts: Partial<ExtractRecord> = {}): ExtractRecord {
  return { ...buildRecord(doc), ...parts };
}

export function saveInputOf(doc: Document, parts: Partial<ExtractRecord> = {}): SaveInput {
  return { doc, record: recordOf(doc, parts), versions: { 'store-test': '1' } };
}

/** The span of the first occurrence of `phrase`; throws when the fixture text does not contain it. */
export function spanIn(doc: Document, phrase: string): Span {
  const start = doc.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture text of ${doc.id} lacks '${phrase}'`);
  return spanOf(doc.text, start, start + phrase.length);
}

export function evidenceIn(doc: Document, phrase: string): Evidence {
  return { doc: doc.id, ...spanIn(doc, phrase) };
}

export interface EventInit {
  id: string;
  type: string;
  evidence: string;
  /** `[start, end]` for a range, a date, or null when undated. */
  when: string | [string, string] | null;
  at: { lat: number; lon: number; name?: string } | null;
  killed?: number;
}

export function eventIn(doc: Document, init: EventInit): EventRecord {
  const range = Array.isArray(init.when);
  const [start, end] = Array.isArray(init.when) ? init.when : [init.when, init.when];
  return {
    id: init.id,
    type: init.type,
    actors: [],
    targets: [],
    location: init.at && {
      name: init.at.name ?? null,
      canonical: init.at.name ?? null,
      lat: init.at.lat,
      lon: init.at.lon,
      precision: 1,
      uncertaintyKm: null,
      relative: null,
      admin: [],
      country: null,
      gazetteerId: null,
    },
    time: init.when === null ? null : { date: range ? null : start, start, end, precision: range ? 'range' : 'day', stated: null },
    fatalities: { low: init.killed ?? null, best: null, high: null },
    modality: 'asserted',
    background: false,
    attribution: null,
    control: null,
    evidence: [evidenceIn(doc, init.evidence)],
    confidence: 0.5,
    codes: { acled: null, plover: null, cameo: null },
  };
}

/** The point `northKm` north and `eastKm` east of the origin, on a local flat approximation. */
export function offsetKm(origin: { lat: number; lon: number }, northKm: number, eastKm: number): { lat: number; lon: number } {
  const kmPerDegree = (EARTH_RADIUS_KM * Math.PI) / 180;
  const lat = origin.lat + northKm / kmPerDegree;
  return { lat, lon: origin.lon + eastKm / (kmPerDegree * Math.cos((origin.lat * Math.PI) / 180)) };
}

export const GOGJALI = { lat: 36.35, lon: 43.23, name: 'Gogjali' };
/** Points at known distances from MOSUL, for radius searches. */
export const EAST_20 = offsetKm(MOSUL, 0, 20);
export const EAST_30 = offsetKm(MOSUL, 0, 30);
/** Inside the 25 km search box around MOSUL (its corner) but about 34 km away. */
export const NORTH_EAST_24 = offsetKm(MOSUL, 24, 24);

/** Three reports with hand-built events covering every filter of queryEvents. */
export function eventCorpus(): SaveInput[] {
  const mosul = makeDocument('mosul-live.txt', MOSUL_TEXT, {
    title: '🔴 Live: Iraqi troops push into eastern Mosul',
    published: '2016-11-01',
    outlet: 'Example Wire',
    source: '/in/mosul-live.txt',
  });
  const donetsk = makeDocument('ua-17', DONETSK_TEXT, {
    title: 'Shelling kills four in Donetsk suburb',
    published: '2016-10-31',
    outlet: 'Example Daily',
    source: '/in/ua.jsonl:17',
  });
  const fiji = makeDocument('fiji-winston.txt', FIJI_TEXT, {
    title: 'Thousands shelter after cyclone hits Fiji',
    published: '2016-02-21',
    outlet: 'Example Wire',
    source: '/in/fiji-winston.txt',
  });
  return [
    saveInputOf(mosul, {
      events: [
        eventIn(mosul, { id: 'ev_a1', type: 'battle.territory', evidence: 'Iraqi special forces stormed the Gogjali district and the Karama neighbourhood', when: '2016-11-01', at: GOGJALI }),
        eventIn(mosul, { id: 'ev_a2', type: 'remote.airstrike', evidence: 'Coalition aircraft struck a car bomb workshop', when: ['2016-10-31', '2016-11-01'], at: EAST_20 }),
        eventIn(mosul, { id: 'ev_a3', type: 'battle.clash', evidence: 'armoured vehicles advance', when: '2016-11-04', at: EAST_30 }),
        eventIn(mosul, { id: 'ev_a4', type: 'battle.clash', evidence: 'We have entered the first streets of the city', when: '2016-11-04', at: NORTH_EAST_24 }),
        eventIn(mosul, { id: 'ev_a5', type: 'battlefield', evidence: 'Iraqi troops push into eastern Mosul', when: null, at: null }),
      ],
    }),
    saveInputOf(donetsk, {
      events: [
        eventIn(donetsk, { id: 'ev_b1', type: 'remote.shelling', evidence: 'Shelling of the suburb has gone on almost daily since October 17', when: ['2016-10-17', '2016-10-31'], at: DONETSK, killed: 4 }),
        eventIn(donetsk, { id: 'ev_b2', type: 'violence.attack', evidence: 'Gunmen later attacked a bus carrying miners', when: null, at: null }),
      ],
    }),
    saveInputOf(fiji, {
      events: [
        eventIn(fiji, { id: 'ev_c1', type: 'strategic.displacement', evidence: 'Thousands of people spent the night in evacuation centres on Koro Island', when: '2016-02-20', at: KORO }),
      ],
    }),
  ];
}
