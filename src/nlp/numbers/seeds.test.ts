/**
 * Every number expression of the two seed reports, read line by line by the
 * core and through the full pipeline. Only short number phrases are written
 * here, never the texts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Document } from '../../core/document.js';
import type { AnnotationInput } from '../../core/layers.js';
import { Pipeline } from '../../core/pipeline.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { numbersStage } from './numbers-stage.js';
import { parseQuantities } from './parse-quantities.js';
import { viewQuantity } from './quantity-view.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seeds = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');

type Row = [number, number, string, string, number | null, number | null, number | null, string, string | null, string | null, string | null, string | null];

/** [start, end, quote, kind, value, low, high, approx, unit, counted, anchor, direction] */
const expected: Record<string, { published: string; rows: Row[] }> = {
  '000_': {
    published: '2016-11-01',
    rows: [
      [244, 250, '2-year', 'duration', 2, 2, 2, 'exact', 'years', null, null, null],
      [1093, 1103, '800 metres', 'distance', 800, 800, 800, 'exact', 'm', null, 'Karama district', null],
      [1404, 1409, 'first', 'ordinal', 1, 1, 1, 'exact', null, null, null, null],
      [1462, 1468, 'second', 'ordinal', 2, 2, 2, 'exact', null, null, null, null],
      [1481, 1495, 'over two years', 'duration', 2, 2, null, 'more-than', 'years', null, null, null],
      [1819, 1823, '2014', 'year', 2014, 2014, 2014, 'exact', null, null, null, null],
      [1969, 1987, 'some 10 kilometres', 'distance', 10, null, null, 'about', 'km', null, 'city centre', null],
      [3710, 3718, 'hundreds', 'vague', null, 200, null, 'vague', null, null, null, null],
      [4227, 4234, 'several', 'vague', null, 3, null, 'vague', null, null, null, null],
      [4328, 4336, 'some 150', 'count', 150, null, null, 'about', null, 'sheep', null, null],
      [4373, 4375, '33', 'age', 33, 33, 33, 'exact', 'years', 'Emad Hassan', null, null],
      [5258, 5267, '3000-5000', 'range', null, 3000, 5000, 'exact', null, 'fighters', null, null],
      [5298, 5307, '1500-2500', 'range', null, 1500, 2500, 'exact', null, null, null, null],
      [5356, 5366, 'about 1000', 'count', 1000, null, null, 'about', null, 'foreign fighters', null, null],
      [5511, 5522, 'over 40,000', 'count', 40000, 40000, null, 'more-than', null, 'men', null, null],
      [5727, 5731, '22km', 'distance', 22, 22, 22, 'exact', 'km', null, 'Mosul', 'E'],
      [5921, 5925, '2014', 'year', 2014, 2014, 2014, 'exact', null, null, null, null],
      [5935, 5939, 'many', 'vague', null, null, null, 'vague', null, 'occupants', null, null],
    ],
  },
  '004_': {
    published: '2016-11-04',
    rows: [
      [327, 341, 'more two years', 'duration', 2, 2, null, 'more-than', 'years', null, null, null],
      [465, 468, '90%', 'percent', 90, 90, 90, 'exact', '%', null, null, null],
      [571, 584, 'as young as 9', 'age', 9, 9, null, 'at-least', 'years', null, null, null],
      [688, 720, 'about 30 kilometers (18.6 miles)', 'distance', 30, null, null, 'about', 'km', null, 'Mosul', 'S'],
      [755, 769, 'nine and older', 'age', 9, 9, null, 'at-least', 'years', null, null, null],
      [1246, 1248, '50', 'count', 50, 50, 50, 'exact', null, 'militants', null, null],
      [1367, 1370, 'six', 'count', 6, 6, 6, 'exact', null, 'districts', null, null],
      [1989, 1992, 'One', 'count', 1, 1, 1, 'exact', null, 'special forces officer', null, null],
      [3063, 3077, 'over two weeks', 'duration', 2, 2, null, 'more-than', 'weeks', null, null, null],
      [3116, 3122, 'second', 'ordinal', 2, 2, 2, 'exact', null, null, null, null],
    ],
  },
};

function seed(prefix: string): string | null {
  if (!existsSync(seeds)) return null;
  const file = readdirSync(seeds).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  return file ? readFileSync(path.join(seeds, file), 'utf8') : null;
}

function rows(text: string, quantities: readonly AnnotationInput<'quantity'>[]): Row[] {
  return quantities.map((q) => {
    const { span, attrs: a } = viewQuantity(text, q);
    return [...span, a.kind, a.value, a.low, a.high, a.approx, a.unit, a.counted, a.anchor, a.direction];
  });
}

function byLine(text: string): AnnotationInput<'quantity'>[] {
  let offset = 0;
  return text.split('\n').flatMap((line) => {
    const found = parseQuantities(line, offset);
    offset += line.length + 1;
    return found;
  });
}

describe('seed reports', () => {
  for (const [prefix, { published, rows: want }] of Object.entries(expected)) {
    it(`${prefix}: every number expression, line by line`, (t) => {
      const text = seed(prefix);
      if (text === null) return t.skip(`../shared not found: no seed ${prefix}* in ${seeds}`);
      assert.deepEqual(rows(text, byLine(text)), want);
    });
    it(`${prefix}: the same through structure, sentences and numbers`, (t) => {
      const text = seed(prefix);
      if (text === null) return t.skip(`../shared not found: no seed ${prefix}* in ${seeds}`);
      const doc = new Pipeline([structureStage, sentencesStage, numbersStage]).run(new Document(prefix, text, { published }));
      assert.deepEqual(doc.messages.filter((m) => m.stage === 'numbers' || m.ruleId.startsWith('pipeline/')), []);
      assert.deepEqual(rows(text, doc.layer('quantity')), want);
    });
  }
});
