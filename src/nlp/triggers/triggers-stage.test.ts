import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document } from '../../core/document.js';
import { Pipeline, PipelineError } from '../../core/pipeline.js';
import { spanAgrees } from '../../core/span.js';
import { datesStage } from '../dates/dates-stage.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { structureStage } from '../structure/structure-stage.js';
import { runTriggers } from './fixtures/triggers-of.js';
import { buildLexicon } from './load-lexicon.js';
import { createTriggersStage, triggersStage } from './triggers-stage.js';

const REPORT = [
  'Kurdish forces retake Sinjar from Islamic State',
  '',
  'SINJAR, Iraq (Reuters) - Kurdish peshmerga fighters recaptured the town of Sinjar on Friday after two days of heavy fighting, a Kurdish commander said.',
  '',
  'Islamic State seized Sinjar in August 2014 and killed or enslaved thousands of Yazidis. “We will not let them come back,” the commander said.',
  '',
  'Air strikes by the U.S.-led coalition hit militant positions on the edge of the town, and thousands of families are expected to return home in the coming weeks.',
].join('\n');

describe('the triggers stage', () => {
  it('declares the contract stage 2 relies on', () => {
    assert.equal(triggersStage.name, 'triggers');
    assert.equal(triggersStage.version, '1');
    assert.deepEqual(triggersStage.requires, ['sentence', 'token', 'date']);
    assert.deepEqual(triggersStage.assigns, ['event-trigger']);
    assert.throws(() => new Pipeline([structureStage, sentencesStage, triggersStage]), PipelineError);
  });

  it('annotates a report: spans, types, sentences, cues and background', () => {
    const doc = runTriggers(REPORT, '2015-11-13');
    const triggers = doc.layer('event-trigger');
    const sentences = doc.layer('sentence');
    assert.deepEqual(
      triggers.map((t) => [t.quote, t.attrs.type, t.attrs.lexeme, t.attrs.pos, t.attrs.voice, t.attrs.modality, t.attrs.background]),
      [
        ['retake', 'battle.territory', 'recapture', 'verb', 'active', 'asserted', false],
        ['recaptured', 'battle.territory', 'recapture', 'verb', 'active', 'reported', false],
        ['heavy fighting', 'battle.clash', 'fight', 'noun', null, 'reported', false],
        ['seized', 'battle.territory', 'seize', 'verb', 'active', 'asserted', true],
        ['killed', 'violence.attack', 'kill', 'verb', 'active', 'asserted', true],
        ['enslaved', 'violence.abduction', 'abduct', 'verb', 'active', 'asserted', true],
        ['Air strikes', 'remote.airstrike', 'air-strike', 'noun', null, 'asserted', false],
        ['return home', 'strategic.displacement', 'return-home', 'phrase', 'active', 'planned', false],
      ],
    );
    for (const t of triggers) {
      assert.ok(spanAgrees(REPORT, t), t.quote);
      const s = sentences[t.attrs.sentence]!;
      assert.ok(s.start <= t.start && t.end <= s.end, `${t.quote} lies in sentence ${t.attrs.sentence}`);
      for (const cue of [t.attrs.modalityCue, t.attrs.backgroundCue]) {
        if (cue) assert.ok(s.start <= cue.start && cue.end <= s.end, `${t.quote}: cue inside its sentence`);
      }
    }
    const cue = (quote: string, which: 'modalityCue' | 'backgroundCue') => {
      const c = triggers.find((t) => t.quote === quote)?.attrs[which];
      return c ? REPORT.slice(c.start, c.end) : null;
    };
    assert.equal(cue('recaptured', 'modalityCue'), 'said');
    assert.equal(cue('seized', 'backgroundCue'), 'August 2014');
    assert.equal(cue('return home', 'modalityCue'), 'expected to');
    assert.deepEqual(doc.messages, []);
  });

  it('says so when a document has no publication date, and marks no background by date', () => {
    const doc = new Pipeline([structureStage, sentencesStage, datesStage, triggersStage]).run(new Document('undated', 'Islamic State seized Mosul in June 2014.'));
    assert.deepEqual(
      doc.layer('event-trigger').map((t) => [t.quote, t.attrs.background]),
      [['seized', false]],
    );
    assert.deepEqual(
      doc.messages.map((m) => [m.ruleId, m.severity, m.stage]),
      [['triggers/no-publication-date', 'info', 'triggers']],
    );
    assert.match(doc.messages[0]?.reason ?? '', /document 'undated' has no publication date/);
  });

  it('finds nothing in text without event words', () => {
    assert.deepEqual(runTriggers('The central bank kept interest rates on hold on Thursday.').layer('event-trigger'), []);
  });

  it('runs with a lexicon of the user’s own', () => {
    const lexicon = buildLexicon(
      [{ file: 'classes.yaml', text: 'ARMED: [troops]\n' }],
      [{ file: 'mine.yaml', text: 'entries:\n  - id: raze\n    pos: verb\n    forms: [razed]\n    type: strategic.destruction\n    when: {agent: [ARMED]}\n' }],
    );
    const stage = createTriggersStage(lexicon);
    const doc = new Pipeline([structureStage, sentencesStage, datesStage, stage]).run(
      new Document('d', 'Troops razed the village of Kafr Nabudah.', { published: '2016-05-01' }),
    );
    assert.deepEqual(
      doc.layer('event-trigger').map((t) => [t.start, t.end, t.quote, t.attrs.type, t.attrs.lexeme]),
      [[7, 12, 'razed', 'strategic.destruction', 'raze']],
    );
  });
});
