import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document } from './document.js';
import { Pipeline, PipelineError } from './pipeline.js';
import type { Stage } from './stage.js';

declare module './layers.js' {
  interface LayerTypes {
    'test-word': { upper: boolean };
    'test-long-word': Record<string, never>;
  }
}

const words: Stage = {
  name: 'words',
  version: '1',
  requires: [],
  assigns: ['test-word'],
  run(doc) {
    const out = [...doc.text.matchAll(/\p{L}+/gu)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      attrs: { upper: /^\p{Lu}/u.test(m[0]) },
    }));
    return { layers: { 'test-word': out } };
  },
};

const longWords: Stage = {
  name: 'long-words',
  version: '1',
  requires: ['test-word'],
  assigns: ['test-long-word'],
  run(doc) {
    const long = doc.layer('test-word').filter((w) => w.quote.length > 6);
    return { layers: { 'test-long-word': long.map((w) => ({ start: w.start, end: w.end, attrs: {} })) } };
  },
};

const text = 'Troops entered the outskirts of the city on Tuesday.';

describe('Pipeline', () => {
  it('runs stages in order and stamps spans with quote, stage and version', () => {
    const doc = new Pipeline([words, longWords]).run(new Document('d1', text));
    const first = doc.layer('test-word')[0];
    assert.deepEqual(first, { start: 0, end: 6, quote: 'Troops', stage: 'words', version: '1', attrs: { upper: true } });
    assert.deepEqual(
      doc.layer('test-long-word').map((w) => [w.start, w.end, w.quote]),
      [
        [7, 14, 'entered'],
        [19, 28, 'outskirts'],
        [44, 51, 'Tuesday'],
      ],
    );
    for (const w of doc.layer('test-word')) assert.equal(text.slice(w.start, w.end), w.quote);
    assert.deepEqual(doc.messages, []);
  });

  it('fails at assembly when a stage comes before the stage it needs', () => {
    assert.throws(
      () => new Pipeline([longWords, words]),
      (err: unknown) =>
        err instanceof PipelineError &&
        /'long-words' requires layer 'test-word', which is assigned by 'words', placed after it/.test(err.message),
    );
  });

  it('fails at assembly when nothing assigns a required layer', () => {
    assert.throws(() => new Pipeline([longWords]), /which no stage in the pipeline assigns/);
  });

  it('fails at assembly when two stages assign one layer or a stage appears twice', () => {
    assert.throws(() => new Pipeline([words, { ...words, name: 'words-2' }]), /assigned by both 'words' and 'words-2'/);
    assert.throws(() => new Pipeline([words, words]), /appears twice/);
  });

  it('records a fatal message when a stage throws, skips its dependants, and goes on with the batch', () => {
    const broken: Stage = { ...words, run: () => { throw new Error('tagger exploded'); } };
    const pipeline = new Pipeline([broken, longWords]);
    const bad = pipeline.run(new Document('bad', text));
    assert.deepEqual(
      bad.messages.map((m) => [m.ruleId, m.severity]),
      [
        ['pipeline/stage-failed', 'fatal'],
        ['pipeline/stage-skipped', 'error'],
      ],
    );
    assert.match(bad.messages[0]?.reason ?? '', /stage 'words' failed on document 'bad': tagger exploded/);
    assert.equal(bad.has('test-word'), false);
    const good = new Pipeline([words, longWords]).run(new Document('good', text));
    assert.equal(good.layer('test-long-word').length, 3);
  });

  it('rejects output with spans outside the text or undeclared layers', () => {
    const outside: Stage = { ...words, run: () => ({ layers: { 'test-word': [{ start: 5, end: 999, attrs: { upper: false } }] } }) };
    const doc = new Pipeline([outside]).run(new Document('d', 'short text'));
    assert.equal(doc.has('test-word'), false);
    assert.match(doc.messages[0]?.reason ?? '', /span \[5, 999\) outside the text \(10 chars\)/);

    const sneaky: Stage = { ...words, assigns: [], run: () => ({ layers: { 'test-word': [] } }) };
    const doc2 = new Pipeline([sneaky]).run(new Document('d', 'short text'));
    assert.match(doc2.messages[0]?.reason ?? '', /undeclared layer\(s\) test-word/);
  });

  it('never changes the text and sets each layer once', () => {
    const doc = new Document('d', text);
    new Pipeline([words]).run(doc);
    assert.equal(doc.text, text);
    assert.throws(() => doc.setLayer('test-word', []), /already set/);
  });
});

describe('Pipeline profiling', () => {
  it('adds each stage’s time to the profile, across documents', () => {
    const profile = new Map<string, number>();
    const pipeline = new Pipeline([words, longWords]);
    pipeline.run(new Document('a', text), profile);
    pipeline.run(new Document('b', text), profile);
    assert.deepEqual([...profile.keys()], ['words', 'long-words']);
    for (const ms of profile.values()) assert.ok(ms >= 0);
  });
});
