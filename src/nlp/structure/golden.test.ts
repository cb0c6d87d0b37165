/**
 * Golden fixtures: the stage's whole output on texts we wrote ourselves.
 * `UPDATE_GOLDEN=1 node --import tsx --test src/nlp/structure/golden.test.ts`
 * rewrites the `*.golden.json` files, so a change shows up as a diff to review.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { structureStage } from './structure-stage.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';

/** Publication dates the fixtures are read with; the others have none, as a bare text file would. */
const PUBLISHED: Record<string, string> = {
  'live-blog': '2023-04-15',
  'wire-story': '2022-03-01',
  'running-times': '2023-09-12',
};

type Row = [string, number | null, number | null, string | null, unknown];

function rows(name: string, text: string): Row[] {
  const doc = new Pipeline([structureStage]).run(new Document(name, text, { published: PUBLISHED[name] ?? null }));
  const out: Row[] = [];
  for (const layer of structureStage.assigns) {
    for (const a of doc.layer(layer)) out.push([layer, a.start, a.end, a.quote, a.attrs]);
  }
  for (const m of doc.messages) {
    const quote = m.start !== null && m.end !== null ? text.slice(m.start, m.end) : null;
    out.push(['message', m.start, m.end, quote, { ruleId: m.ruleId, severity: m.severity, reason: m.reason }]);
  }
  return out;
}

function serialise(list: Row[]): string {
  return `[\n${list.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`;
}

describe('structure golden fixtures', () => {
  const names = readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();

  it('has the fixtures it promises', () => {
    assert.ok(names.length >= 5, `expected at least 5 fixtures in ${fixtures}, found ${names.length}`);
  });

  for (const name of names) {
    it(name, () => {
      const text = readFileSync(path.join(fixtures, `${name}.txt`), 'utf8');
      const actual = rows(name, text);
      for (const [layer, start, end, quote] of actual) {
        if (start !== null && end !== null) assert.equal(text.slice(start, end), quote, `${layer} [${start}, ${end})`);
      }
      const goldenPath = path.join(fixtures, `${name}.golden.json`);
      if (update) {
        writeFileSync(goldenPath, serialise(actual));
        return;
      }
      assert.ok(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1 to create it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(goldenPath, 'utf8')));
    });
  }
});
