import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { datesStage } from './dates-stage.js';
import { findDates } from './find-dates.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');

/** Every date expression of the two seed reports, in text order: [quote, value, start bound, end bound]. */
const SEEDS: Record<string, Array<[string, string | null, string | null, string | null]>> = {
  '000_fbd54e7fc558b8ec.txt': [
    ['November 1', '2016-11-01', '2016-11-01', '2016-11-01'],
    ['Tuesday', '2016-11-01', '2016-11-01', '2016-11-01'],
    ['by noon', '2016-11-01', null, '2016-11-01'],
    ['2014', null, '2014-01-01', '2014-12-31'],
    ['Tuesday', '2016-11-01', '2016-11-01', '2016-11-01'],
    ['a day earlier', '2016-10-31', '2016-10-31', '2016-10-31'],
    ['Monday night', '2016-10-31', '2016-10-31', '2016-10-31'],
    ['November 1', '2016-11-01', '2016-11-01', '2016-11-01'],
    ['June 2014', null, '2014-06-01', '2014-06-30'],
  ],
  '004_98d26f3cd07b249d.txt': [
    ['since October 17', '2016-10-17', '2016-10-17', '2016-11-04'],
    ['Monday', '2016-10-31', '2016-10-31', '2016-10-31'],
    ['Friday', '2016-11-04', '2016-11-04', '2016-11-04'],
    ['Thursday', '2016-11-03', '2016-11-03', '2016-11-03'],
    ['early Friday morning', '2016-11-04', '2016-11-04', '2016-11-04'],
    ['over two weeks ago', null, '2016-10-14', '2016-10-21'],
    ['Thursday', '2016-11-03', '2016-11-03', '2016-11-03'],
    ['Friday', '2016-11-04', '2016-11-04', '2016-11-04'],
    ['Thursday', '2016-11-03', '2016-11-03', '2016-11-03'],
  ],
};

type Row = [start: number, end: number, quote: string, value: string | null, from: string | null, to: string | null];

interface Seed {
  text: string;
  published: string;
  want: Row[];
}

function loadSeed(file: string): Seed | string {
  const textPath = path.join(shared, 'corpus', 'seeds', file);
  const goldPath = path.join(shared, 'gold', `${file}.gold.json`);
  if (!existsSync(textPath) || !existsSync(goldPath)) return `../shared not found: ${textPath}`;
  const text = readFileSync(textPath, 'utf8');
  const published = (JSON.parse(readFileSync(goldPath, 'utf8')) as { published: string }).published;
  let from = 0;
  const want = SEEDS[file]!.map(([quote, value, lo, hi]): Row => {
    const start = text.indexOf(quote, from);
    assert.ok(start >= 0, `test table: '${quote}' not found after offset ${from}`);
    from = start + quote.length;
    return [start, from, quote, value, lo, hi];
  });
  return { text, published, want };
}

describe('dates in the seed reports', () => {
  for (const file of Object.keys(SEEDS)) {
    it(`finds and resolves every date in ${file}`, (t) => {
      const seed = loadSeed(file);
      if (typeof seed === 'string') return t.skip(seed);
      const found: Row[] = [];
      // Paragraph by paragraph, as the stage goes sentence by sentence: tense cues stay local.
      let offset = 0;
      for (const paragraph of seed.text.split('\n')) {
        for (const m of findDates(paragraph, { day: seed.published, source: 'publication' })) {
          const [start, end] = [offset + m.start, offset + m.end];
          found.push([start, end, seed.text.slice(start, end), m.attrs.value, m.attrs.start, m.attrs.end]);
        }
        offset += paragraph.length + 1;
      }
      assert.deepEqual(found, seed.want);
    });

    it(`gives the same dates through the pipeline for ${file}`, (t) => {
      const seed = loadSeed(file);
      if (typeof seed === 'string') return t.skip(seed);
      const doc = new Pipeline([structureStage, sentencesStage, datesStage]).run(
        new Document(file, seed.text, { published: seed.published }),
      );
      assert.deepEqual(
        doc.layer('date').map((d): Row => [d.start, d.end, d.quote, d.attrs.value, d.attrs.start, d.attrs.end]),
        seed.want,
      );
      assert.deepEqual(doc.messages.filter((m) => m.stage === 'dates'), []);
    });
  }

  it('resolves the first report against its live-blog timestamps', (t) => {
    const seed = loadSeed('000_fbd54e7fc558b8ec.txt');
    if (typeof seed === 'string') return t.skip(seed);
    const doc = new Pipeline([structureStage, sentencesStage, datesStage]).run(
      new Document('000', seed.text, { published: seed.published }),
    );
    const references = doc.layer('date').map((d) => [d.quote, d.attrs.reference]);
    assert.deepEqual(references, [
      ['November 1', 'timestamp'],
      ['Tuesday', 'timestamp'],
      ['by noon', 'timestamp'],
      ['2014', null],
      ['Tuesday', 'timestamp'],
      ['a day earlier', 'timestamp'],
      ['Monday night', 'timestamp'],
      ['November 1', 'timestamp'],
      ['June 2014', null],
    ]);
  });
});
