import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { EventRecord } from '../core/records.js';
import type { ExtractInput } from '../extract/extract.js';
import type { GoldDocument } from './gold-types.js';
import { loadGold } from './load-gold.js';
import { findName, locateSnippet } from './locate.js';
import { METRIC_NAMES } from './metrics.js';
import { runEval } from './run-eval.js';
import type { SystemOutput } from './score-document.js';
import { actor, systemEvent, systemQuote } from './test-support/records.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repo, '..', 'shared');
const SETS = [
  { name: 'seed', gold: join(shared, 'gold'), docs: join(shared, 'corpus', 'seeds') },
  { name: 'dev', gold: join(shared, 'gold', 'dev'), docs: join(shared, 'corpus', 'dev') },
];

/** What a perfect system would output for a gold file: every rate must then be 1. */
function oracle(golds: readonly GoldDocument[]): (input: ExtractInput) => SystemOutput {
  const byDoc = new Map(golds.map((g) => [g.document, g]));
  return (input) => {
    const g = byDoc.get(input.id ?? '');
    assert.ok(g, `no gold for ${input.id}`);
    const text = input.text;
    // Reversed, so that pairing by position instead of by content would show.
    const events = [...g.events].reverse().map((e): EventRecord => {
      const at = locateSnippet(e.evidence, text);
      assert.ok(at.ok, `${g.file} ${e.id}`);
      return systemEvent(text, {
        type: e.type,
        evidence: [at.quote],
        place: e.place === null ? null : { name: e.place, lat: e.lat, lon: e.lon },
        date: e.date,
        start: e.dateRange?.[0] ?? e.date,
        end: e.dateRange?.[1] ?? e.date,
        actors: e.actors.map((aliases) => actor(aliases[0] ?? '')),
        targets: e.targets.map((aliases) => actor(aliases[0] ?? '')),
        modality: e.modality as EventRecord['modality'],
        background: e.background,
        fatalities: e.fatalities ?? undefined,
      });
    });
    const quotes = g.quotes.map((q) => {
      const at = locateSnippet(q.quote, text);
      return systemQuote(text, at.ok ? at.quote : (q.quote.text ?? ''), q.speaker[0] ?? null);
    });
    const places = g.places.map((p) => {
      const [start, end] = findName(p.name, text)[0] ?? [0, 0];
      return { name: p.name, lat: p.lat, lon: p.lon, evidence: { start, end, quote: text.slice(start, end) } };
    });
    return { events, quotes, places };
  };
}

describe('the shared gold', () => {
  for (const set of SETS) {
    it(`scores a perfect system at 1 on every rate of the ${set.name} gold`, async (t) => {
      if (!existsSync(set.gold)) return t.skip(`../shared not found: ${set.gold}`);
      const { golds } = await loadGold(set.gold);
      const report = await runEval({ gold: set.gold, docs: [set.docs], extract: oracle(golds) });
      assert.deepEqual(report.problems, []);
      assert.equal(report.documents.length, golds.length);
      for (const name of METRIC_NAMES) assert.equal(report.metrics[name], 1, name);
      assert.deepEqual([report.counts.events.duplicates, report.counts.events.background, report.counts.events.unmatched], [0, 0, 0]);
      assert.deepEqual(report.distances, { meanKm: 0, medianKm: 0 });
    });

    it(`runs the real pipeline on the ${set.name} gold without problems`, async (t) => {
      if (!existsSync(set.gold)) return t.skip(`../shared not found: ${set.gold}`);
      const report = await runEval({ gold: set.gold, docs: [set.docs] });
      assert.deepEqual(report.problems, []);
      assert.ok(report.documents.length > 0);
      for (const name of METRIC_NAMES) {
        const v = report.metrics[name];
        assert.ok(v === null || (v >= 0 && v <= 1), `${name} = ${v}`);
      }
    });
  }
});
