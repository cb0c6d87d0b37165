import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { structureStage } from '../structure/structure-stage.js';
import { quoteSpans } from './quote-spans.js';

function spans(text: string): Array<[number, number, string, boolean]> {
  const doc = new Pipeline([structureStage]).run(new Document('fixture', text));
  return quoteSpans(text, doc.layer('quote-mark'), doc.layer('paragraph')).map((s) => [s.start, s.end, text.slice(s.start, s.end), s.close === null]);
}

describe('quote spans', () => {
  it('pairs straight, curly and recovered marks', () => {
    assert.deepEqual(spans('He said "go home" and left. She said “stay”. They shouted ?surrender or die.? twice.'), [
      [9, 16, 'go home', false],
      [38, 42, 'stay', false],
      [59, 76, 'surrender or die.', false],
    ]);
  });

  it('runs a quotation left open to the end of its paragraph', () => {
    const text = '“We waited for days. Nobody came.\n\n“Then the shelling started,” she said.';
    assert.deepEqual(spans(text), [
      [1, 33, 'We waited for days. Nobody came.', true],
      [36, 62, 'Then the shelling started,', false],
    ]);
  });
});
