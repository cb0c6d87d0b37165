import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyCounts } from './counts.js';
import { distancesOf, metricsOf } from './metrics.js';
import { scorePlaces } from './score-places.js';
import { gold, spanOf } from './test-support/records.js';

// Our own dispatch on the 2016 fight for Sirte.
const TEXT =
  'TRIPOLI, Libya Forces loyal to the unity government pushed into Sirte on Thursday near the Ghardabiya air base, ' +
  'and fighting spread to the coastal road west of Sirte. Misrata’s hospital received the wounded. ' +
  'Syrian and Libyan diplomats met in Geneva.';

const places = gold({
  places: [
    { name: 'Tripoli', lat: 32.8872, lon: 13.1913 },
    { name: 'Libya', lat: 27.0, lon: 17.0 },
    { name: 'Sirte', lat: 31.2089, lon: 16.5887 },
    { name: 'Misrata', lat: 32.3754, lon: 15.0925 },
    { name: 'Geneva', lat: 46.2044, lon: 6.1432 },
    { name: 'Ghardabiya air base', lat: null, lon: null, unlocated: true },
  ],
});

function mention(quote: string, lat: number | null, lon: number | null, nth = 0): Record<string, unknown> {
  const at = spanOf(TEXT, quote, nth);
  return { name: quote, lat, lon, evidence: { start: at.start, end: at.end, quote: at.quote } };
}

describe('scorePlaces', () => {
  it('finds gold toponyms under system mentions and buckets their errors at 1, 5, 25 and 161 km', () => {
    const system = [
      mention('TRIPOLI', 32.8872, 13.1913),
      mention('Libya', 28.0, 17.0), // 111 km north
      mention('Sirte', 31.2389, 16.5887), // 3.3 km off
      mention('Sirte', 31.2139, 16.5887, 1), // 0.6 km off: the closer resolution counts
      mention('Misrata', 32.4754, 15.0925), // 11 km off
      mention('Geneva', 42.8687, -76.9777), // Geneva, New York
      mention('Ghardabiya air base', null, null),
    ];
    assert.deepEqual(system[0]?.evidence, { start: 0, end: 7, quote: 'TRIPOLI' });
    const { counts, misses, unresolved, falsePositives } = scorePlaces(places, system, TEXT);
    assert.deepEqual([counts.gold, counts.system, counts.found, counts.matched, counts.located], [6, 7, 6, 7, 5]);
    assert.deepEqual(counts.within, { 1: 2, 5: 2, 25: 3, 161: 4 });
    assert.deepEqual([misses, falsePositives], [[], []]);
    assert.deepEqual(
      unresolved.map((u) => [u.name, Math.round(u.errorKm ?? -1)]),
      [['Libya', 111], ['Misrata', 11], ['Geneva', 6283]],
    );
    const m = metricsOf({ ...emptyCounts(), places: counts });
    assert.deepEqual([m['places.recall'], m['places.precision'], m['places.resolved5'], m['places.resolved161']], [1, 1, 0.4, 0.8]);
    const d = distancesOf({ ...emptyCounts(), places: counts });
    assert.equal(Math.round(d.medianKm ?? -1), 11);
    assert.equal(Math.round(d.meanKm ?? -1), Math.round((0 + 111.2 + 0.6 + 11.1 + 6283.5) / 5));
  });

  it('misses toponyms no mention covers, and lists mentions of no gold toponym as false positives', () => {
    const system = [mention('Syrian', 35.0, 38.0), mention('coastal road', null, null), mention('Sirte', 31.2089, 16.5887)];
    const { counts, misses, falsePositives } = scorePlaces(places, system, TEXT);
    assert.deepEqual([counts.found, counts.matched, counts.within[1]], [1, 1, 1]);
    assert.deepEqual(misses.map((x) => x.name), ['Tripoli', 'Libya', 'Misrata', 'Geneva', 'Ghardabiya air base']);
    assert.deepEqual(falsePositives, [{ name: 'Syrian', quote: 'Syrian' }, { name: 'coastal road', quote: 'coastal road' }]);
  });

  it('judges a mention without offsets by its name, and a gold name absent from the text likewise, with a warning', () => {
    const withBenghazi = gold({ places: [{ name: 'Sirte', lat: 31.2089, lon: 16.5887 }, { name: 'Benghazi', lat: 32.1167, lon: 20.0667 }] }, 'sirte.gold.json');
    const system = [{ name: 'sirte', lat: 31.2089, lon: 16.5887 }, { name: 'Benghazi', lat: 32.1167, lon: 20.0667 }];
    const { counts, problems } = scorePlaces(withBenghazi, system, TEXT);
    assert.deepEqual([counts.found, counts.within[1]], [2, 2]);
    assert.deepEqual(problems, [{ file: 'sirte.gold.json', at: 'places[1] (Benghazi)', reason: 'the name does not occur in the text; matched by name only', severity: 'warning' }]);
  });

  it('tolerates records missing fields and skips what is not a record', () => {
    const system: unknown[] = [null, 42, 'Sirte', { name: 'Sirte' }, { lat: 31.2, lon: 'x', evidence: { start: 'a' } }, mention('Sirte', 31.2089, null)];
    const { counts, unresolved, falsePositives } = scorePlaces(places, system, TEXT);
    assert.deepEqual([counts.system, counts.found, counts.matched, counts.errorsKm.length], [3, 1, 2, 0]);
    assert.deepEqual(unresolved, [{ name: 'Sirte', errorKm: null, system: 'Sirte (unresolved); Sirte (unresolved)' }]);
    assert.deepEqual(falsePositives, [{ name: null, quote: '?' }]);
  });

  it('scores no gold and no output as nothing, with undefined rates', () => {
    const { counts } = scorePlaces(gold({}), [], '');
    assert.deepEqual([counts.gold, counts.system, counts.found], [0, 0, 0]);
    const m = metricsOf({ ...emptyCounts(), places: counts });
    assert.deepEqual([m['places.recall'], m['places.precision'], m['places.resolved5']], [null, null, null]);
    assert.deepEqual(distancesOf(emptyCounts()), { meanKm: null, medianKm: null });
  });
});
