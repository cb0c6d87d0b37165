import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { overlaps } from '../../core/span.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { datesStage } from './dates-stage.js';

const pipeline = new Pipeline([structureStage, sentencesStage, datesStage]);

function run(text: string, published: string | null): Document {
  return pipeline.run(new Document('test', text, { published }));
}

const LIVE_BLOG = [
  'Syria Live: Aleppo Pause Ends',
  '',
  'Rebels Shell Western Aleppo October 2108:40',
  '',
  'Rebels shelled government-held districts of western Aleppo yesterday, state media said. The Russian-declared pause in air strikes began on Thursday.',
  '',
  'Air Strikes Resume on Eastern Aleppo October 2219:15',
  '',
  'Air strikes resumed on rebel-held eastern Aleppo on Saturday evening, hours after the pause ended. Residents said yesterday was the first quiet day in weeks.',
  '',
].join('\n');

describe('datesStage', () => {
  it('resolves each live-blog entry against its own timestamp', () => {
    const doc = run(LIVE_BLOG, '2016-10-23');
    assert.deepEqual(
      doc.layer('date').map((d) => [d.start, d.end, d.quote, d.attrs.value, d.attrs.reference]),
      [
        [135, 144, 'yesterday', '2016-10-20', 'timestamp'],
        [215, 223, 'Thursday', '2016-10-20', 'timestamp'],
        [332, 348, 'Saturday evening', '2016-10-22', 'timestamp'],
        [394, 403, 'yesterday', '2016-10-21', 'timestamp'],
      ],
    );
    assert.ok(doc.layer('date').every((d) => d.stage === 'dates' && d.quote === LIVE_BLOG.slice(d.start, d.end)));
  });

  it('leaves the glued timestamps to the structure stage', () => {
    const doc = run(LIVE_BLOG, '2016-10-23');
    const timestamps = doc.layer('timestamp');
    assert.deepEqual(
      timestamps.map((t) => t.quote),
      ['October 2108:40', 'October 2219:15'],
    );
    assert.ok(doc.layer('date').every((d) => !timestamps.some((t) => overlaps(t, d))));
  });

  it('uses the publication date outside live-blog entries', () => {
    const text = 'Iraqi forces retook Qayyarah on Thursday, two months after clearing the nearby air base.\n';
    const doc = run(text, '2016-08-26');
    assert.deepEqual(
      doc.layer('date').map((d) => [d.start, d.end, d.quote, d.attrs.value, d.attrs.reference]),
      [[32, 40, 'Thursday', '2016-08-25', 'publication']],
    );
    assert.deepEqual(doc.messages.filter((m) => m.stage === 'dates'), []);
  });

  it('without a publication date, keeps relative dates unresolved and says so', () => {
    const text = 'Houthi fighters seized the airport on Wednesday. The coalition began air strikes on 26 March 2015.\n';
    const doc = run(text, null);
    assert.deepEqual(
      doc.layer('date').map((d) => [d.start, d.end, d.quote, d.attrs.value]),
      [
        [38, 47, 'Wednesday', null],
        [84, 97, '26 March 2015', '2015-03-26'],
      ],
    );
    assert.deepEqual(
      doc.messages.map((m) => [m.ruleId, m.stage, m.severity, m.start, m.end]),
      [['dates/no-reference', 'dates', 'warning', 38, 47]],
    );
  });

  it('reports an unusable publication date by name', () => {
    const doc = run('Talks resumed in Geneva on Monday.\n', 'Monday 4 April');
    assert.deepEqual(
      doc.messages.filter((m) => m.ruleId === 'dates/bad-published').map((m) => m.reason),
      ["document 'test': publication date 'Monday 4 April' is not a YYYY-MM-DD date or ISO date-time; relative dates are left unresolved"],
    );
    assert.deepEqual(
      doc.layer('date').map((d) => [d.quote, d.attrs.value]),
      [['Monday', null]],
    );
  });
});
