import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document } from '../../core/document.js';
import { Pipeline } from '../../core/pipeline.js';
import { spanAgrees } from '../../core/span.js';
import { structureStage } from './structure-stage.js';

function run(text: string, published: string | null = null, title: string | null = null): Document {
  return new Pipeline([structureStage]).run(new Document('t', text, { published, title }));
}

describe('structureStage', () => {
  it('gives every line a paragraph with its role', () => {
    const text = [
      'Kurdish forces push toward Raqqa November 0610:00',
      'By Jane Doe, Reuters',
      'Kurdish-led forces began an offensive on Sunday to retake Raqqa, a spokeswoman said.',
      'Fighters near Ain Issa',
      'SDF fighters ride in a pickup north of Raqqa. Photo: Delil Souleiman/AFP',
      'ADVANCE FROM THE NORTH',
      '"The battle has begun," she said.',
      'Also read: Who controls Raqqa?',
    ].join('\n');
    const doc = run(text, '2016-11-06');
    assert.deepEqual(
      doc.layer('paragraph').map((p) => [p.quote.slice(0, 24), p.attrs.role]),
      [
        ['Kurdish forces push towa', 'title'],
        ['By Jane Doe, Reuters', 'byline'],
        ['Kurdish-led forces began', 'body'],
        ['Fighters near Ain Issa', 'caption'],
        ['SDF fighters ride in a p', 'caption'],
        ['ADVANCE FROM THE NORTH', 'headline'],
        ['"The battle has begun," ', 'body'],
        ['Also read: Who controls ', 'boilerplate'],
      ],
    );
    assert.deepEqual(doc.messages, []);
    for (const layer of structureStage.assigns) {
      for (const a of doc.layer(layer)) assert.ok(spanAgrees(text, a), `${layer} [${a.start}, ${a.end})`);
    }
  });

  it('says why a timestamp lost its date when there is no year to be had', () => {
    const text = 'Iraqi Forces Advance on Mosul November 0112:32\n\nTroops entered Gogjali.';
    const doc = run(text);
    assert.deepEqual(
      doc.layer('timestamp').map((t) => [t.start, t.end, t.quote, t.attrs.value, t.attrs.date]),
      [[30, 46, 'November 0112:32', 'T12:32', null]],
    );
    assert.deepEqual(
      doc.messages.map((m) => [m.ruleId, m.stage, m.start, m.end]),
      [['structure/timestamp-year-unknown', 'structure', 30, 46]],
    );
  });

  it('reports a publication date it cannot read, and carries on', () => {
    const doc = run('Ceasefire Holds in Idlib November 0112:32\n\nText.', 'last Tuesday');
    assert.deepEqual(
      doc.messages.map((m) => m.ruleId),
      ['structure/bad-published', 'structure/timestamp-year-unknown'],
    );
    assert.equal(doc.layer('title')[0]?.quote, 'Ceasefire Holds in Idlib');
  });

  it('returns empty layers for empty text', () => {
    const doc = run('');
    for (const layer of structureStage.assigns) assert.deepEqual(doc.layer(layer), [], layer);
    assert.ok(structureStage.assigns.every((l) => doc.has(l)));
  });

  it('keeps quotation marks out of furniture', () => {
    const text = 'Body says "yes".\nRelated: "We will not leave," says mayor';
    assert.deepEqual(
      run(text).layer('quote-mark').map((q) => q.start),
      [10, 14],
    );
  });
});
