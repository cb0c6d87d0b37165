import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLines } from './lines.js';
import { findQuoteMarks } from './quote-marks.js';

/** [offset, mark, role, recovered] for every quotation mark, one paragraph per line. */
function marks(text: string): Array<[number, string, string, boolean]> {
  return findQuoteMarks(text, splitLines(text)).map((m) => [
    m.start,
    text.slice(m.start, m.end),
    m.attrs.role,
    m.attrs.recovered,
  ]);
}

describe('findQuoteMarks', () => {
  it('recovers ? marks that stand for lost curly quotes', () => {
    const text = 'Abadi called for IS militants to ?surrender or die.? This video was broadcast live.';
    const open = text.indexOf('?surrender');
    const close = text.indexOf('.?') + 1;
    assert.deepEqual(marks(text), [
      [open, '?', 'open', true],
      [close, '?', 'close', true],
    ]);
  });

  it('recovers a pair closed after a word or a comma', () => {
    const text = 'He urged fighters to ?surrender or die? as troops massed.\nA spokesman said they would ?defend every street,? and left.';
    assert.deepEqual(
      marks(text).map(([at, , role]) => [at, role]),
      [
        [text.indexOf('?surrender'), 'open'],
        [text.indexOf('die?') + 3, 'close'],
        [text.indexOf('?defend'), 'open'],
        [text.indexOf('street,?') + 7, 'close'],
      ],
    );
  });

  it('gives straight and curly quotes their roles', () => {
    const text = '“The special forces have stormed in,” he said. "Daesh is fighting back," he added.';
    assert.deepEqual(
      marks(text).map(([at, mark, role]) => [at, mark, role]),
      [
        [0, '“', 'open'],
        [text.indexOf('”'), '”', 'close'],
        [text.indexOf('"Daesh'), '"', 'open'],
        [text.indexOf('back,"') + 5, '"', 'close'],
      ],
    );
  });

  it('opens a quote again in each paragraph of a quotation running over several', () => {
    const text = '"We will fight on.\n\n"We will not leave," he said.';
    assert.deepEqual(
      marks(text).map(([at, , role]) => [at, role]),
      [
        [0, 'open'],
        [text.indexOf('"We will not'), 'open'],
        [text.indexOf('leave,"') + 6, 'close'],
      ],
    );
  });

  const genuine = [
    'Where will they go?',
    'Why now? Officials did not say.',
    'Is the ceasefire holding? Residents in Idlib say it is not.',
    'Who fired first?? Nobody knows.',
    'The site is at example.org/page?id=4 and ?ref=home, officials said.',
    'Iraq?s second city fell in 2014.',
    'The toll is (?) unclear.',
  ];
  for (const text of genuine) {
    it(`marks no question mark in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        marks(text).filter(([, mark]) => mark === '?'),
        [],
      );
    });
  }

  it('leaves a real question inside straight quotes alone', () => {
    const text = '"What next?" he asked.';
    assert.deepEqual(marks(text), [
      [0, '"', 'open', false],
      [11, '"', 'close', false],
    ]);
  });

  it('copes with a paragraph holding hundreds of thousands of marks', () => {
    const text = 'He said "go" and ?left? now. '.repeat(60000);
    const found = findQuoteMarks(text, splitLines(text));
    assert.equal(found.length, 240000);
    assert.deepEqual(
      found.slice(0, 4).map((m) => [m.start, m.attrs.role, m.attrs.recovered]),
      [
        [8, 'open', false],
        [11, 'close', false],
        [17, 'open', true],
        [22, 'close', true],
      ],
    );
  });

  it('ignores quotation marks outside the given paragraphs', () => {
    const text = 'Furniture "one"\nBody "two"';
    const body = splitLines(text)[1];
    assert.ok(body);
    assert.deepEqual(
      findQuoteMarks(text, [body]).map((m) => m.start),
      [text.indexOf('"two'), text.length - 1],
    );
  });
});
