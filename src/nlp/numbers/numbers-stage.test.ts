import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { spanAgrees } from '../../core/span.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { numbersStage } from './numbers-stage.js';
import { viewQuantity } from './quantity-view.js';

const pipeline = new Pipeline([structureStage, sentencesStage, numbersStage]);

const report = [
  'Car bomb kills at least 21 in Baghdad market',
  '',
  'BAGHDAD (Reuters) - A car bomb killed at least 21 people and wounded 45 others in a crowded market in eastern Baghdad on Saturday, police and medical sources said.',
  '',
  'The blast struck the Ayub market about 5 km north-east of the city centre. A 9-year-old girl was among the dead, a hospital official said.',
  '',
  'Islamic State, which seized about a third of Iraq in 2014, claimed the attack. Between 200 and 300 of its fighters are believed to hide in the desert west of Ramadi.',
].join('\n');

describe('numbersStage', () => {
  it('declares what it needs and assigns', () => {
    assert.deepEqual(
      [numbersStage.name, numbersStage.version, numbersStage.requires, numbersStage.assigns],
      ['numbers', '1', ['sentence'], ['quantity']],
    );
  });

  it('reads the quantities of every sentence of a report, in document offsets', () => {
    const doc = pipeline.run(new Document('baghdad', report, { published: '2016-04-30' }));
    assert.deepEqual(doc.messages.filter((m) => m.stage === 'numbers' || m.ruleId.startsWith('pipeline/')), []);
    const got = doc.layer('quantity').map((q) => {
      const v = viewQuantity(doc.text, q);
      return [...v.span, v.attrs.kind, v.attrs.counted ?? v.attrs.anchor];
    });
    const at = (quote: string, from = 0) => {
      const start = report.indexOf(quote, from);
      return [start, start + quote.length, quote];
    };
    const body = report.indexOf('BAGHDAD');
    assert.deepEqual(got, [
      [...at('at least 21'), 'count', null],
      [...at('at least 21', body), 'count', 'people'],
      [...at('45'), 'count', 'others'],
      [...at('about 5 km'), 'distance', 'city centre'],
      [...at('9-year-old'), 'age', 'girl'],
      [...at('2014'), 'year', null],
      [...at('Between 200 and 300'), 'range', 'fighters'],
    ]);
    for (const q of doc.layer('quantity')) {
      assert.equal(spanAgrees(doc.text, q), true);
      assert.equal(q.stage, 'numbers');
    }
    const distance = doc.layer('quantity').find((q) => q.attrs.kind === 'distance');
    assert.deepEqual([distance?.attrs.direction, distance?.attrs.km, distance?.attrs.ring], ['NE', 5, false]);
  });

  it('assigns an empty layer to a document without numbers', () => {
    const doc = pipeline.run(new Document('calm', 'Troops entered the district.\n\nResidents stayed indoors.'));
    assert.equal(doc.has('quantity'), true);
    assert.deepEqual(doc.layer('quantity'), []);
  });
});
