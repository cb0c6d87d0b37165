import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document } from '../../core/document.js';
import { Pipeline, PipelineError } from '../../core/pipeline.js';
import { spanAgrees } from '../../core/span.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { actorsStage, createActorsStage } from './actors-stage.js';
import { buildActorDictionary } from './build-dictionary.js';

const report = `Peshmerga retake villages near Sinjar from Islamic State
By Jane Doe, Reuters

SINJAR, Iraq (Reuters) - Kurdish Peshmerga fighters backed by U.S.-led coalition air strikes retook three villages from Islamic State on Thursday, a Peshmerga commander told Reuters.

Displaced Yazidi families wait at a checkpoint near Sinuni. Photo: AP Photo/Maya Alleruzzo

"Daesh fighters fled towards Tal Afar," the commander said, adding that the Sinjar Resistance Units had joined the attack.

Source: AP
`;

describe('actors stage', () => {
  it('annotates actors and outlets inside sentences only, not in the byline, dateline, credit or source line', () => {
    const doc = new Pipeline([structureStage, sentencesStage, actorsStage]).run(new Document('sinjar', report));
    assert.deepEqual(doc.messages, []);
    assert.deepEqual(
      doc.layer('actor').map((a) => [a.start, a.end, a.quote, a.attrs.canonical, a.attrs.side]),
      [
        [0, 9, 'Peshmerga', 'Peshmerga', 'KRG'],
        [43, 56, 'Islamic State', 'Islamic State', 'IS'],
        [104, 130, 'Kurdish Peshmerga fighters', 'Peshmerga', 'KRG'],
        [141, 171, 'U.S.-led coalition air strikes', 'US-led coalition', 'COALITION'],
        [199, 212, 'Islamic State', 'Islamic State', 'IS'],
        [228, 247, 'Peshmerga commander', 'Peshmerga', 'KRG'],
        [273, 288, 'Yazidi families', 'civilians', 'CIV'],
        [356, 370, 'Daesh fighters', 'Islamic State', 'IS'],
        [431, 454, 'Sinjar Resistance Units', 'Sinjar Resistance Units', 'PKK'],
      ],
    );
    assert.deepEqual(
      doc.layer('outlet').map((o) => [o.start, o.end, o.quote, o.attrs.canonical, o.attrs.kind]),
      [[253, 260, 'Reuters', 'Reuters', 'wire']],
    );
    for (const a of [...doc.layer('actor'), ...doc.layer('outlet')]) {
      assert.ok(spanAgrees(doc.text, a));
      assert.deepEqual([a.stage, a.version], ['actors', '1']);
    }
  });

  it('carries the hierarchy and the qualifier on each mention', () => {
    const doc = new Pipeline([structureStage, sentencesStage, actorsStage]).run(
      new Document('mosul', 'Iraqi special forces and Iraq’s federal police entered the district on Friday.\n'),
    );
    assert.deepEqual(
      doc.layer('actor').map((a) => a.attrs),
      [
        { id: 'iraqi-cts', canonical: 'Counter Terrorism Service', kind: 'state-military', side: 'IRQ-GOV', parent: 'iraqi-security-forces', country: 'IQ', generic: false },
        { id: 'iraqi-federal-police', canonical: 'Federal Police', kind: 'police', side: 'IRQ-GOV', parent: 'iraqi-security-forces', country: 'IQ', generic: false, demonym: 'Iraq’s' },
      ],
    );
  });

  it('uses the dictionary it is given', () => {
    const dictionary = buildActorDictionary([
      {
        file: 'mine.yaml',
        text: 'actors:\n  - {id: nineveh-guards, name: Nineveh Guards, kind: militia, side: null, country: IQ}\n',
      },
    ]);
    const stage = createActorsStage(dictionary);
    const doc = new Pipeline([structureStage, sentencesStage, stage]).run(
      new Document('d', 'The Nineveh Guards and Islamic State fighters clashed.\n'),
    );
    assert.deepEqual(doc.layer('actor').map((a) => [a.start, a.end, a.quote, a.attrs.id]), [[4, 18, 'Nineveh Guards', 'nineveh-guards']]);
  });

  it('cannot run before the sentences stage', () => {
    assert.throws(() => new Pipeline([structureStage, actorsStage, sentencesStage]), PipelineError);
  });
});
