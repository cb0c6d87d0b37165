import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../core/records.js';
import { csvField } from './csv.js';
import { EVENT_CSV_COLUMNS, eventCsvRow, eventsCsvHeader } from './events-csv.js';
import { eventFeature, GEOJSON_HEAD, GEOJSON_TAIL } from './events-geojson.js';

const text = 'Troops entered Gogjali, a district on the edge of Mosul, on Tuesday, "and met fierce resistance".';

function event(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'ev_1',
    type: 'battle.territory',
    actors: [{ name: 'Troops', canonical: 'Iraqi security forces', side: 'IRQ-GOV', kind: 'state-military' }],
    targets: [],
    location: {
      name: 'Gogjali', canonical: 'Gogjali', lat: 36.358, lon: 43.247, precision: 1, uncertaintyKm: 1.5,
      relative: null, admin: ['Mosul', 'Nineveh', 'Iraq'], country: 'IQ', gazetteerId: null,
    },
    time: { date: '2016-11-01', start: '2016-11-01', end: '2016-11-01', precision: 'day', stated: 'on Tuesday' },
    fatalities: { low: null, best: null, high: null },
    modality: 'asserted',
    background: false,
    attribution: null,
    control: null,
    evidence: [{ doc: 'doc_a', start: 0, end: text.length, quote: text }],
    confidence: 0.8,
    codes: { acled: 'Battles/Government regains territory', plover: 'ASSAULT', cameo: '192' },
    ...overrides,
  };
}

/** A small RFC 4180 reader, enough to check that what we write reads back. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('event exports', () => {
  it('CSV has the documented columns and round-trips quotes and commas', () => {
    const csv = eventsCsvHeader() + eventCsvRow({ event: event(), source: 'doc_a' });
    const [header, row] = parseCsv(csv);
    assert.deepEqual(header, [...EVENT_CSV_COLUMNS]);
    const byName = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    assert.equal(byName.event_date, '2016-11-01');
    assert.equal(byName.admin1, 'Nineveh');
    assert.equal(byName.admin2, 'Mosul');
    assert.equal(byName.latitude, '36.358');
    assert.equal(byName.evidence, text);
    assert.equal(byName.actor1, 'Iraqi security forces');
    assert.equal(byName.fatalities, '');
  });

  it('quotes only fields that need it', () => {
    assert.equal(csvField('Mosul'), 'Mosul');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(null), '');
  });

  it('GeoJSON parses, puts lon before lat, and keeps unlocated events with a null geometry', () => {
    const unlocated = event({ id: 'ev_2', location: null });
    const body = [event(), unlocated].map((e) => JSON.stringify(eventFeature(e))).join(',\n');
    const parsed = JSON.parse(GEOJSON_HEAD + body + GEOJSON_TAIL) as { type: string; features: Array<{ id: string; geometry: { coordinates: number[] } | null }> };
    assert.equal(parsed.type, 'FeatureCollection');
    assert.deepEqual(parsed.features[0]?.geometry?.coordinates, [43.247, 36.358]);
    assert.equal(parsed.features[1]?.geometry, null);
    assert.equal(parsed.features[1]?.id, 'ev_2');
  });
});
