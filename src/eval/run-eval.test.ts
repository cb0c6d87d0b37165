import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ExtractInput } from '../extract/extract.js';
import { problemText } from './gold-types.js';
import { runEval } from './run-eval.js';
import type { SystemOutput } from './score-document.js';
import { actor, spanOf, systemEvent, systemQuote } from './test-support/records.js';

// Our own report of the Kabul truck bombing of 19 April 2016.
const TEXT =
  'Taliban storm Kabul security compound\n\nKABUL A truck bomb exploded outside a security agency compound in central Kabul on Tuesday, ' +
  'killing at least 28 people, officials said. Taliban spokesman Zabihullah Mujahid said: “Our fighters carried out the attack.”\n';
const BLAST = 'A truck bomb exploded outside a security agency compound in central Kabul';
const KABUL = { name: 'Kabul', lat: 34.5553, lon: 69.2075 };

const goldJson = {
  format: 'sitrep-gold/1',
  document: 'kabul-blast.txt',
  published: '2016-04-19',
  events: [
    { id: 'e1', key: true, type: 'remote.explosive', alt_types: ['remote.suicide'], actors: [['Taliban']], targets: [], place: 'Kabul', ...KABUL, date: '2016-04-19', modality: 'asserted', background: false, fatalities: { low: 28, high: null }, evidence: BLAST },
  ],
  quotes: [{ speaker: ['Zabihullah Mujahid', 'Mujahid'], text: 'Our fighters carried out the attack' }],
  places: [{ name: 'Kabul', lat: 34.5553, lon: 69.2075 }],
};

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A stand-in for the pipeline that reports the blast, the quote and Kabul, and records what it was given. */
function fakeSystem(seen: ExtractInput[]): (input: ExtractInput) => SystemOutput {
  return (input) => {
    seen.push(input);
    const at = spanOf(input.text, 'Kabul', 1);
    return {
      events: [systemEvent(input.text, { type: 'remote.suicide', evidence: [BLAST], place: KABUL, date: '2016-04-19', actors: [actor('Taliban')], fatalities: { low: 28, high: null } })],
      quotes: [systemQuote(input.text, '“Our fighters carried out the attack.”', 'Zabihullah Mujahid')],
      places: [{ name: 'Kabul', lat: 34.55, lon: 69.2, evidence: at }],
    };
  };
}

describe('runEval', () => {
  it('runs the system on each gold document with the gold date and the JSON Lines title and outlet, and scores it', async () => {
    const record = { id: 'kabul-blast.txt', title: 'Truck bomb hits Kabul', outlet: 'Example Wire', published: '2016-04-20', text: TEXT };
    const root = workspace({
      'gold/kabul-blast.txt.gold.json': JSON.stringify(goldJson),
      'gold/dev/other.txt.gold.json': '{ not read: subdirectories are another set',
      'texts/kabul-blast.txt': TEXT,
      'texts/meta.jsonl': `${JSON.stringify(record)}\n`,
    });
    const seen: ExtractInput[] = [];
    const report = await runEval({ gold: join(root, 'gold'), docs: [join(root, 'texts')], extract: fakeSystem(seen) });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(
      seen.map((s) => [s.id, s.published, s.title, s.outlet, s.text === TEXT]),
      [['kabul-blast.txt', '2016-04-19', 'Truck bomb hits Kabul', 'Example Wire', true]],
    );
    assert.equal(report.format, 'sitrep-eval/1');
    assert.deepEqual(report.documents.map((d) => d.document), ['kabul-blast.txt']);
    const m = report.metrics;
    assert.deepEqual(
      [m['events.precision'], m['events.recall'], m['events.type'], m['events.place'], m['events.place1'], m['events.fatalities'], m['quotes.f1'], m['quotes.speaker'], m['places.f1'], m['places.resolved1']],
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    );
  });

  it('reports a malformed gold file, a missing document and a text that disagrees with its record, and scores the rest', async () => {
    const root = workspace({
      'gold/kabul-blast.txt.gold.json': JSON.stringify(goldJson),
      'gold/broken.txt.gold.json': JSON.stringify({ ...goldJson, document: 'broken.txt', events: [{ ...goldJson.events[0], key: 'yes' }] }),
      'gold/absent.txt.gold.json': JSON.stringify({ ...goldJson, document: 'absent.txt' }),
      'gold/garbled.txt.gold.json': '{"format": "sitrep-gold/1",',
      'texts/kabul-blast.txt': TEXT,
      'texts/broken.txt': TEXT,
      'texts/meta.jsonl': `${JSON.stringify({ id: 'kabul-blast.txt', text: `${TEXT} (Updated)` })}\n`,
    });
    const report = await runEval({ gold: join(root, 'gold'), docs: [join(root, 'texts')], extract: fakeSystem([]) });
    const gold = join(root, 'gold');
    assert.deepEqual(report.problems.map((p) => [p.severity, problemText(p).replace(gold, 'G').replaceAll(root, 'R')]), [
      ['error', 'G/broken.txt.gold.json: events[0] (e1).key: expected true or false, got string "yes"'],
      ['error', `G/garbled.txt.gold.json: not valid JSON: ${report.problems[1]?.reason.slice('not valid JSON: '.length)}`],
      ['error', 'G/absent.txt.gold.json: document: "absent.txt" not found in R/texts'],
      ['warning', 'G/kabul-blast.txt.gold.json: document: R/texts/meta.jsonl:1 holds a different text than R/texts/kabul-blast.txt; the file is scored'],
    ]);
    assert.deepEqual(report.documents.map((d) => d.document), ['kabul-blast.txt']);
    assert.equal(report.metrics['events.recall'], 1);
  });

  it('scores a crash of the system on a document as no output, and says so', async () => {
    const root = workspace({ 'gold/kabul-blast.txt.gold.json': JSON.stringify(goldJson), 'texts/kabul-blast.txt': TEXT });
    const crash = (): SystemOutput => {
      throw new RangeError('span [5, 2) is outside the text');
    };
    const report = await runEval({ gold: join(root, 'gold'), docs: [join(root, 'texts')], extract: crash });
    assert.deepEqual(report.problems.map((p) => [p.at, p.reason]), [['document', 'extraction failed: span [5, 2) is outside the text']]);
    assert.deepEqual([report.counts.events.key, report.counts.events.matched, report.metrics['events.recall']], [1, 0, 0]);
  });

  it('refuses a gold path that does not exist or holds no gold files', async () => {
    const root = workspace({ 'empty/readme.txt': 'nothing here' });
    await assert.rejects(runEval({ gold: join(root, 'nope'), docs: [root] }), /nope: cannot read the gold: no such file or directory/);
    await assert.rejects(runEval({ gold: join(root, 'empty'), docs: [root] }), /empty: no \.gold\.json files in this directory/);
  });
});
