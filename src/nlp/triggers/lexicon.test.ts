import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENT_TYPES } from './event-types.js';
import { LexiconError } from './lexicon-error.js';
import { buildLexicon, defaultLexicon } from './load-lexicon.js';

const CLASSES = { file: 'classes.yaml', text: 'ARMED: [troops, militants]\nPLACE: [town, village]\nBOTH: [ARMED, PLACE]\n' };

function problems(entries: string, classes = CLASSES.text): string[] {
  try {
    buildLexicon([{ file: 'classes.yaml', text: classes }], [{ file: 'triggers.yaml', text: entries }]);
  } catch (err) {
    assert.ok(err instanceof LexiconError, String(err));
    return err.problems.map((p) => `${p.line ?? '-'} ${p.entry ?? ''} ${p.message}`);
  }
  return [];
}

describe('the shipped lexicon', () => {
  it('loads, and has a trigger for every event type of DESIGN.md §3', () => {
    const lexicon = defaultLexicon();
    const typed = new Set(lexicon.entries.flatMap((e) => e.senses.map((s) => s.type)));
    assert.deepEqual(EVENT_TYPES.filter((t) => !typed.has(t)), []);
  });

  it('indexes forms by their first word, lower-cased or as written', () => {
    const lexicon = defaultLexicon();
    assert.ok(lexicon.byFirst.get('stormed')?.some((p) => p.entry.id === 'storm'));
    assert.ok(lexicon.byFirstExact.get('IED')?.some((p) => p.entry.id === 'car-bomb'));
    assert.equal(lexicon.byFirst.get('ied'), undefined);
  });
});

describe('building a lexicon', () => {
  it('compiles entries with senses and class references', () => {
    const lexicon = buildLexicon(
      [CLASSES],
      [
        {
          file: 'triggers.yaml',
          text: [
            'entries:',
            '  - id: enter',
            '    pos: verb',
            '    forms: [enter, entered]',
            '    type: battle.territory',
            '    when: {agent: [ARMED], object: [PLACE, PROPN]}',
          ].join('\n'),
        },
      ],
    );
    const [entry] = lexicon.entries;
    assert.equal(entry?.id, 'enter');
    assert.deepEqual(entry?.senses.map((s) => [s.type, s.when.map(([k]) => k)]), [['battle.territory', ['agent', 'object']]]);
    assert.ok(lexicon.classes.get('BOTH')?.byFirst.get('troops')?.single, 'a class includes the classes it names');
  });

  it('reports every problem with its file, line and entry', () => {
    const found = problems(
      [
        'entries:',
        '  - id: one',
        '    pos: verb',
        '    forms: [hit]',
        '    type: battle.skirmish',
        '  - id: two',
        '    pos: adverb',
        '    forms: [x]',
        '    type: battle.clash',
        '  - id: three',
        '    pos: noun',
        '    forms: [raid]',
        '    type: battle.clash',
        '    when: {beside: [ARMED]}',
        '  - id: four',
        '    pos: noun',
        '    forms: ["* gap"]',
        '    type: battle.clash',
        '    when: {near: [MILITARY-TARGET]}',
        '  - id: four',
        '    pos: noun',
        '    forms: [raid]',
        '    type: battle.clash',
      ].join('\n'),
    );
    assert.deepEqual(found, [
      "2 entries[0] 'one' entry: type must be an event type of DESIGN.md §3 or 'none', not \"battle.skirmish\"",
      "6 entries[1] 'two' pos must be 'verb', 'noun' or 'phrase'",
      "10 entries[2] 'three' entry.when: unknown window 'beside' (expected agent, object, means, before, after, near, sentence, premod, prev, next)",
      "20 entries[4] 'four' duplicate id",
      "15 entries[3] 'four' '* gap' must start with a required word",
      "15 entries[3] 'four' unknown class 'MILITARY-TARGET'",
    ]);
  });

  it('rejects classes that include themselves and malformed YAML', () => {
    assert.deepEqual(problems('entries: []', 'LOOP: [OTHER]\nOTHER: [LOOP]\n'), ['2 OTHER classes include each other in a cycle: LOOP → OTHER → LOOP']);
    assert.match(problems('entries: [', CLASSES.text)[0] ?? '', /invalid YAML/);
    assert.deepEqual(problems('forms: []'), ["1  expected one key, 'entries', holding a list"]);
  });
});
