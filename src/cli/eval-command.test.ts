import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './test-support/run-cli.js';

// Our own short report of the Beirut port explosion of 4 August 2020, for `sitrep eval` end to end.
const TEXT =
  'Huge blast rocks Beirut\n\nBEIRUT A huge explosion tore through the port of Beirut on Tuesday, killing at least 70 people and wounding thousands, ' +
  'the health minister said. “What we are witnessing is a huge catastrophe,” said Georges Kettaneh, head of the Lebanese Red Cross.\n';

const GOLD = {
  format: 'sitrep-gold/1',
  document: 'beirut-port.txt',
  published: '2020-08-04',
  events: [
    {
      id: 'e1',
      key: true,
      type: 'strategic.other',
      place: 'Beirut',
      lat: 33.9,
      lon: 35.52,
      date: '2020-08-04',
      modality: 'asserted',
      fatalities: { low: 70, high: null },
      evidence: 'A huge explosion tore through the port of Beirut on Tuesday',
    },
  ],
  quotes: [],
  places: [{ name: 'Beirut', lat: 33.8938, lon: 35.5018 }],
};

function workspace(gold: unknown = GOLD): { gold: string; texts: string } {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-eval-cli-'));
  mkdirSync(join(root, 'gold'));
  mkdirSync(join(root, 'texts'));
  writeFileSync(join(root, 'gold', 'beirut-port.txt.gold.json'), JSON.stringify(gold));
  writeFileSync(join(root, 'texts', 'beirut-port.txt'), TEXT);
  return { gold: join(root, 'gold'), texts: join(root, 'texts') };
}

describe('sitrep eval', () => {
  it('prints a summary per layer and per document, and exits 0 when every minimum is met', async () => {
    const ws = workspace();
    const run = await runCli(['eval', ws.gold, ws.texts, '--min', 'events.recall=0']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^sitrep eval: 1 document\(s\)/);
    assert.match(run.stdout, /\nevents +1 key +\d+ +\d+ /);
    assert.match(run.stdout, /\nquotes +0 +\d+ +0 /);
    assert.match(run.stdout, /\nplaces +1 +\d+ +\d /);
    assert.match(run.stdout, /\nbeirut-port\.txt +/);
    assert.match(run.stdout, /\nok +events\.recall = \d\.\d{3} \(minimum 0\)\n/);
  });

  it('exits 1 when a minimum is missed, an undefined rate counting as missed', async () => {
    const ws = workspace();
    const run = await runCli(['eval', ws.gold, ws.texts, '--min', 'quotes.recall=0.5,events.recall=0']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /\nFAILED quotes\.recall = - \(minimum 0\.5\)\n/);
  });

  it('lists misses and false positives with --details, and prints the report with --json', async () => {
    const ws = workspace();
    const details = await runCli(['eval', '--details', ws.gold, ws.texts]);
    assert.equal(details.status, 0, details.stderr);
    assert.match(details.stdout, /\n== beirut-port\.txt \(.*beirut-port\.txt\.gold\.json\)\n/);
    const json = await runCli(['eval', '--json', ws.gold, ws.texts, '--min', 'events.recall=0']);
    assert.equal(json.status, 0, json.stderr);
    const report = JSON.parse(json.stdout) as { format: string; documents: Array<{ document: string }>; counts: { events: { key: number } }; thresholds: Array<{ metric: string; ok: boolean }> };
    assert.equal(report.format, 'sitrep-eval/1');
    assert.deepEqual(report.documents.map((d) => d.document), ['beirut-port.txt']);
    assert.equal(report.counts.events.key, 1);
    assert.deepEqual(report.thresholds.map((t) => [t.metric, t.ok]), [['events.recall', true]]);
  });

  it('names the gold file and the field of a malformed gold file on standard error, and exits 1', async () => {
    const ws = workspace({ ...GOLD, events: [{ ...GOLD.events[0], lat: 'north' }] });
    const run = await runCli(['eval', ws.gold, ws.texts]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /sitrep eval: error: .*beirut-port\.txt\.gold\.json: events\[0\] \(e1\)\.lat: expected a latitude between -90 and 90 or null, got string "north"\n/);
  });

  it('names the event whose evidence is not in the text, and exits 1', async () => {
    const ws = workspace({ ...GOLD, events: [{ ...GOLD.events[0], evidence: 'A blast tore through the port' }] });
    const run = await runCli(['eval', ws.gold, ws.texts]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /beirut-port\.txt\.gold\.json: events\[0\] \(e1\)\.evidence: not found verbatim in the text: "A blast tore through the port"\n/);
  });

  it('refuses an unknown metric as a usage error', async () => {
    const ws = workspace();
    const run = await runCli(['eval', ws.gold, ws.texts, '--min', 'events.recal=0.9']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^sitrep: --min: unknown metric 'events.recal'; known: events.precision, /);
  });
});
