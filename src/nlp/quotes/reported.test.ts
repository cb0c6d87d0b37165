import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reported } from './fixtures/analyse.js';

type Row = [number, number, string, string | null, string, string | null];

// Reported speech in our own sentences: the content span, who says it, the
// cue, and the outlet that carried it.
const cases: Array<{ name: string; text: string; rows: Row[] }> = [
  {
    name: 'X said (that) …, past a time phrase',
    text: 'Colonel Ahmed Salim said on Friday that troops had retaken the airport.',
    rows: [[40, 70, 'troops had retaken the airport', 'person:Ahmed Salim', 'said', null]],
  },
  {
    name: '…, officials said',
    text: 'Troops retook the airport on Friday, officials said.',
    rows: [[0, 35, 'Troops retook the airport on Friday', 'source:officials', 'said', null]],
  },
  {
    name: 'according to an organisation, after the content',
    text: 'Twelve civilians died in the strike, according to the Syrian Observatory for Human Rights.',
    rows: [[0, 35, 'Twelve civilians died in the strike', 'actor:Syrian Observatory for Human Rights', 'according to', null]],
  },
  {
    name: 'according to witnesses, before the content',
    text: 'According to witnesses, the gunmen fled toward the river.',
    rows: [[24, 56, 'the gunmen fled toward the river', 'source:witnesses', 'According to', null]],
  },
  {
    name: 'X told Reuters on Thursday …',
    text: 'A security official told Reuters on Thursday the convoy had been ambushed.',
    rows: [[45, 73, 'the convoy had been ambushed', 'source:security official', 'told', 'Reuters']],
  },
  {
    name: 'CNN reported: the outlet is the via, not the speaker',
    text: 'CNN reported that the ceasefire had collapsed.',
    rows: [[18, 45, 'the ceasefire had collapsed', null, 'reported', 'CNN']],
  },
  {
    name: 'the BBC is reporting',
    text: 'The BBC is reporting that the border crossing has reopened.',
    rows: [[26, 58, 'the border crossing has reopened', null, 'reporting', 'BBC']],
  },
  {
    name: 'a statement from a named body',
    text: 'A statement from the Joint Operations Command said the militants had been expelled from the district.',
    rows: [[51, 100, 'the militants had been expelled from the district', 'actor:Joint Operations Command', 'said', null]],
  },
  {
    name: 'a monitoring group',
    text: 'At least 40 fighters were killed in the clashes, a monitoring group said.',
    rows: [[0, 47, 'At least 40 fighters were killed in the clashes', 'source:monitoring group', 'said', null]],
  },
  {
    name: '"the group" is the armed group named before',
    text: 'The Taliban claimed the bombing on Monday. The group said the target was a military convoy.',
    rows: [
      [20, 41, 'the bombing on Monday', 'actor:Taliban', 'claimed', null],
      [58, 90, 'the target was a military convoy', 'actor:Taliban', 'said', null],
    ],
  },
  {
    name: 'an -ing cue takes the subject of its clause',
    text: 'The Syrian Foreign Ministry sent a letter to the United Nations, saying the strikes violated the truce.',
    rows: [[72, 102, 'the strikes violated the truce', 'actor:Syrian Foreign Ministry', 'saying', null]],
  },
  {
    name: 'a generic carrier standing between commas',
    text: 'Government troops recaptured the town of Palmyra, state television reported, quoting a military source.',
    rows: [
      [0, 48, 'Government troops recaptured the town of Palmyra', null, 'reported', 'state television'],
      [0, 48, 'Government troops recaptured the town of Palmyra', 'source:military source', 'quoting', 'state television'],
    ],
  },
  {
    name: 'an agency quoting someone: the one quoted speaks, the agency carries it',
    text: 'The Interfax news agency quoted Defence Minister Sergei Shoigu as saying that the troops would leave.',
    rows: [[78, 100, 'the troops would leave', 'person:Sergei Shoigu', 'quoted', 'Interfax']],
  },
  {
    name: 'a two-word cue',
    text: 'The Kremlin statement made clear that Russia would keep bombing.',
    rows: [[38, 63, 'Russia would keep bombing', 'actor:Kremlin', 'made clear', null]],
  },
];

// No attribution: passives, a pronoun with no one to point to, reporting
// nouns, and verbs that only look like cues.
const none: string[] = [
  'Residents were told to leave their homes before dawn.',
  'He said the talks would resume on Monday.',
  'The army has received reports of fighting near the dam.',
  'His call for a ceasefire went unanswered.',
  'The convoy stopped at the checkpoint and the drivers waited.',
];

describe('reported speech', () => {
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(reported(c.text), c.rows));
  }
  for (const text of none) {
    it(`none in: ${text}`, () => assert.deepEqual(reported(text), []));
  }
});
