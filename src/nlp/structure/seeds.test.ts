/**
 * The stage on the shared seed reports and dev texts. Expected offsets are
 * computed from the texts themselves; only short quotes are written here.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { structureStage } from './structure-stage.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const seeds = path.join(corpus, 'seeds');

function seed(prefix: string): string | null {
  if (!existsSync(seeds)) return null;
  const file = readdirSync(seeds).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  return file ? readFileSync(path.join(seeds, file), 'utf8') : null;
}

function run(text: string, published: string): Document {
  return new Pipeline([structureStage]).run(new Document('seed', text, { published }));
}

/** [start, end, quote] of the n-th occurrence of `quote` in `text`. */
function at(text: string, quote: string, from = 0): [number, number, string] {
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, `'${quote}' not found`);
  return [start, start + quote.length, quote];
}

function all(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

describe('structure stage on the seed reports', () => {
  it('reads the title, glued timestamps, captions, credits and byline of the 1 November report', (t) => {
    const text = seed('000_');
    if (text === null) return t.skip(`../shared not found: no seed 000_*.txt in ${seeds}`);
    const doc = run(text, '2016-11-01');

    const title = at(text, 'ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City');
    assert.deepEqual(doc.layer('title').map((a) => [a.start, a.end, a.quote]), [title]);

    assert.deepEqual(
      doc.layer('timestamp').map((a) => [a.start, a.end, a.quote, a.attrs.value, a.attrs.yearInferred]),
      [
        [...at(text, 'November 0112:32'), '2016-11-01T12:32', true],
        [...at(text, 'November 011:00'), '2016-11-01T01:00', true],
      ],
    );

    const expectedMedia: unknown[] = [];
    const rudaw = all(text, 'Credit: Facebook/Rudaw English');
    const pictures = all(text, 'Picture: AP Photo/Felipe Dana');
    for (const pos of [...rudaw, ...pictures].sort((a, b) => a - b)) {
      const video = rudaw.includes(pos);
      const captionStart = video ? text.lastIndexOf('This video', pos) : text.lastIndexOf('\n', pos) + 1;
      const creditStart = pos + (video ? 'Credit: ' : 'Picture: ').length;
      const credit = video ? 'Facebook/Rudaw English' : 'AP Photo/Felipe Dana';
      expectedMedia.push([
        captionStart,
        creditStart + credit.length,
        [captionStart, pos - 1],
        [creditStart, creditStart + credit.length, credit],
        video ? ['video', 'Facebook', null, 'Rudaw English'] : ['photo', 'AP Photo', 'Felipe Dana', 'AP'],
      ]);
    }
    assert.equal(expectedMedia.length, 7);
    assert.deepEqual(
      doc.layer('media').map((m) => [
        m.start,
        m.end,
        m.attrs.caption && [m.attrs.caption.start, m.attrs.caption.end],
        m.attrs.credit && [m.attrs.credit.start, m.attrs.credit.end, text.slice(m.attrs.credit.start, m.attrs.credit.end)],
        [m.attrs.kind, m.attrs.origin, m.attrs.author, m.attrs.agency],
      ]),
      expectedMedia,
    );

    assert.deepEqual(
      doc.layer('byline').map((b) => [b.start, b.end, b.quote, b.attrs]),
      [[...at(text, 'AP and staff writersNews Corp Australia Network'), { agencies: ['AP', 'News Corp Australia Network'], authors: [] }]],
    );

    assert.deepEqual(
      doc.layer('boilerplate').filter((b) => b.attrs.kind === 'source-line').map((b) => [b.start, b.end, b.quote]),
      all(text, 'Source:AP').map((i) => [i, i + 9, 'Source:AP']),
    );

    const recovered = doc.layer('quote-mark').filter((q) => q.attrs.recovered);
    const [first, second] = all(text, '?surrender or die');
    assert.ok(first !== undefined && second !== undefined);
    assert.deepEqual(
      recovered.map((q) => [q.start, q.attrs.role]),
      [
        [first, 'open'],
        [text.indexOf('die.?', first) + 4, 'close'],
        [second, 'open'],
        [text.indexOf('die?', second) + 3, 'close'],
      ],
    );

    assert.deepEqual(
      doc.layer('entry').map((e) => [e.start, e.attrs.timestamp]),
      [
        [0, '2016-11-01T12:32'],
        [text.indexOf('ISLAMIC STATE: Damages'), '2016-11-01T01:00'],
      ],
    );
    assert.deepEqual(doc.messages, []);
  });

  it('reads the title, wire photo credits, update entries and trailing furniture of the 4 November report', (t) => {
    const text = seed('004_');
    if (text === null) return t.skip(`../shared not found: no seed 004_*.txt in ${seeds}`);
    const doc = run(text, '2016-11-04');

    assert.deepEqual(doc.layer('title').map((a) => [a.start, a.end, a.quote]), [at(text, 'Battle for Mosul')]);
    assert.deepEqual(
      doc.layer('media').map((m) => [m.attrs.credit && text.slice(m.attrs.credit.start, m.attrs.credit.end), m.end, m.attrs.kind, m.attrs.agency, m.attrs.author]),
      all(text, 'REUTERS/Alaa Al-Marjani').map((i) => ['REUTERS/Alaa Al-Marjani', i + 23, 'photo', 'Reuters', 'Alaa Al-Marjani']),
    );
    const captionTitle = at(text, 'An Iraqi special forces tank');
    assert.equal(doc.layer('paragraph').find((p) => p.start === captionTitle[0])?.attrs.role, 'caption');

    assert.deepEqual(
      doc.layer('entry').map((e) => [e.start, e.attrs.headline && text.slice(e.attrs.headline.start, e.attrs.headline.end), e.attrs.update]),
      all(text, 'UPDATE:').map((i) => [i, 'UPDATE:', true]),
    );
    const last = doc.layer('paragraph').at(-1);
    assert.deepEqual(last && [last.start, last.end, last.quote, last.attrs.role], [...at(text, 'Also read'), 'boilerplate']);
  });

  it('marks the credit trailers and source lines of the dev texts', (t) => {
    const dev = path.join(corpus, 'dev');
    if (!existsSync(dev)) return t.skip(`../shared not found: ${dev}`);
    const files = readdirSync(dev).filter((f) => f.endsWith('.txt'));
    let trailers = 0;
    for (const file of files) {
      const text = readFileSync(path.join(dev, file), 'utf8');
      const doc = run(text, file.slice(0, 10));
      const bylines = doc.layer('byline').map((b) => b.quote);
      for (const line of text.split('\n')) {
        if (/^\((?:additional )?(?:reporting|writing|editing) by /i.test(line)) {
          trailers++;
          assert.ok(bylines.includes(line.trim()), `${file}: trailer not read as a byline: ${line}`);
        }
        if (line.trim() === 'Source') {
          assert.ok(doc.layer('boilerplate').some((b) => b.quote === 'Source'), `${file}: 'Source' line not furniture`);
        }
      }
    }
    assert.ok(trailers >= 8, `expected the Reuters trailers of the dev texts, found ${trailers}`);
  });
});
