/**
 * The quality ratchet CI runs: extraction scored on the seed gold, the shared
 * dev gold and our own dev gold must not fall below these floors. Raise a
 * floor when quality improves; never lower one.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { MetricName } from './metrics.js';
import { runEval } from './run-eval.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repo, '..', 'shared');

interface Gate {
  name: string;
  gold: string;
  docs: string[];
  floors: Partial<Record<MetricName, number>>;
}

const GATES: Gate[] = [
  {
    name: 'seed gold',
    gold: join(shared, 'gold'),
    docs: [join(shared, 'corpus/seeds')],
    // The event targets of the event-extraction issue.
    floors: {
      'events.recall': 0.9,
      'events.precision': 0.85,
      'events.type': 0.9,
      'events.place': 0.9,
      'events.date': 0.9,
      'events.fatalities': 0.9,
      'events.background': 0.9,
      'places.recall': 1,
      'places.resolved5': 1,
      'quotes.recall': 1,
      'quotes.speaker': 1,
    },
  },
  {
    name: 'shared dev gold',
    gold: join(shared, 'gold/dev'),
    docs: [join(shared, 'corpus/dev')],
    floors: {
      'events.recall': 0.8, 'events.precision': 0.45, 'events.type': 0.9,
      'places.recall': 0.83, 'places.resolved5': 0.62, 'quotes.recall': 0.95, 'quotes.speaker': 0.95,
    },
  },
  {
    name: 'our own dev gold',
    gold: join(repo, 'gold/own'),
    docs: [join(shared, 'corpus/reuters-2016.jsonl'), join(shared, 'corpus/fakes-syria.jsonl')],
    floors: {
      'events.recall': 0.65, 'events.precision': 0.4, 'events.type': 0.9,
      'places.recall': 0.83, 'places.resolved5': 0.77, 'quotes.recall': 0.9, 'quotes.speaker': 0.55,
    },
  },
];

describe('quality gate (eval floors)', () => {
  for (const gate of GATES) {
    it(`${gate.name} stays above its floors`, { timeout: 600_000 }, async (t) => {
      if (!existsSync(shared)) return t.skip(`../shared not found: ${shared}`);
      const report = await runEval({ gold: gate.gold, docs: gate.docs });
      assert.deepEqual(report.problems.filter((p) => p.severity === 'error'), []);
      const below = Object.entries(gate.floors)
        .map(([metric, floor]) => ({ metric, floor, value: report.metrics[metric as MetricName] }))
        .filter((m) => m.value === null || m.value < m.floor);
      assert.deepEqual(below, [], `metrics below their floors on the ${gate.name}`);
    });
  }
});
