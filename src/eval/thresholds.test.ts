import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyCounts } from './counts.js';
import { metricsOf } from './metrics.js';
import { checkThresholds, parseThreshold } from './thresholds.js';

describe('parseThreshold', () => {
  it('reads METRIC=VALUE for every known rate', () => {
    assert.deepEqual(parseThreshold('events.recall=0.9'), { ok: true, threshold: { metric: 'events.recall', min: 0.9 } });
    assert.deepEqual(parseThreshold(' places.resolved161 = .75 '), { ok: true, threshold: { metric: 'places.resolved161', min: 0.75 } });
    assert.deepEqual(parseThreshold('events.place25=1'), { ok: true, threshold: { metric: 'events.place25', min: 1 } });
  });

  const bad: Array<[string, RegExp]> = [
    ['events.recall', /expects METRIC=VALUE/],
    ['events.recall=high', /expects METRIC=VALUE/],
    ['events.recall=-0.1', /expects METRIC=VALUE/],
    ['events.recal=0.9', /unknown metric 'events.recal'; known: events.precision, events.recall/],
    ['places.meanKm=5', /unknown metric/],
    ['events.recall=90', /rates run from 0 to 1, got 90/],
  ];
  for (const [spec, why] of bad) it(`refuses '${spec}'`, () => {
    const r = parseThreshold(spec);
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, why);
  });
});

describe('checkThresholds', () => {
  it('passes a rate at or above its minimum, fails one below, and fails an undefined one', () => {
    const counts = emptyCounts();
    counts.events = { ...counts.events, key: 10, system: 12, matched: 9, acceptable: 2 };
    const m = metricsOf(counts);
    assert.deepEqual([m['events.recall'], m['events.precision'], m['events.f1'], m['quotes.recall']], [0.9, 0.9, 0.9, null]);
    const results = checkThresholds(m, [
      { metric: 'events.recall', min: 0.9 },
      { metric: 'events.precision', min: 0.95 },
      { metric: 'quotes.recall', min: 0 },
    ]);
    assert.deepEqual(results.map((r) => [r.metric, r.value, r.ok]), [['events.recall', 0.9, true], ['events.precision', 0.9, false], ['quotes.recall', null, false]]);
  });

  it('gives an F1 of 0 when nothing was extracted against a non-empty gold', () => {
    const counts = emptyCounts();
    counts.quotes = { ...counts.quotes, gold: 4 };
    const m = metricsOf(counts);
    assert.deepEqual([m['quotes.precision'], m['quotes.recall'], m['quotes.f1']], [null, 0, 0]);
  });
});
