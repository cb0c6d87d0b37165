import { describe, it } from 'node:test';
import { assertTriggers, type Want } from './fixtures/triggers-of.js';

const DISPLACEMENT: Array<[string, Want[]]> = [
  ['Thousands of civilians fled the fighting in Fallujah.', [['fled', 'strategic.displacement', 'asserted', false]]],
  ['More than 3,000 people were displaced by the clashes in Kachin state.', [['displaced', 'strategic.displacement', 'asserted', false]]],
  ['Residents of the town will be evacuated on Friday, the army said.', [['evacuated', 'strategic.displacement', 'planned', false]]],
  ['Families returned home to Ramadi after the army cleared it of mines.', [['returned home', 'strategic.displacement', 'asserted', false]]],
  // Armed men who flee are withdrawing, a leader who flees is news of its own.
  ['Islamic State fighters fled the town as the army advanced.', [['fled', 'battle.withdrawal', 'asserted', false]]],
];

const DESTRUCTION: Array<[string, Want[]]> = [
  ['Islamic State militants blew up the ancient Temple of Bel in Palmyra.', [['blew up', 'strategic.destruction', 'asserted', false]]],
  [
    'Militants looted and destroyed the museum in Mosul.',
    [
      ['looted', 'strategic.destruction', 'asserted', false],
      ['destroyed', 'strategic.destruction', 'asserted', false],
    ],
  ],
  ['Houthi fighters demolished the homes of tribal leaders in Amran.', [['demolished', 'strategic.destruction', 'asserted', false]]],
];

const ARREST: Array<[string, Want[]]> = [
  [
    'Police arrested 15 suspected militants in raids in Istanbul.',
    [
      ['arrested', 'strategic.arrest', 'asserted', false],
      ['raids', 'strategic.arrest', 'asserted', false],
    ],
  ],
  ['Security forces detained dozens of activists in Cairo.', [['detained', 'strategic.arrest', 'asserted', false]]],
  // "captured" with a person is an arrest, with a place a territorial gain.
  ['Afghan special forces captured a Taliban commander in Kunduz.', [['captured', 'strategic.arrest', 'asserted', false]]],
];

const AGREEMENT: Array<[string, Want[]]> = [
  ['The warring parties agreed to a ceasefire in Geneva.', [['ceasefire', 'strategic.agreement', 'asserted', false]]],
  ['A truce took effect at midnight across Syria.', [['truce', 'strategic.agreement', 'asserted', false]]],
  ['Hundreds of fighters surrendered to the Kurdish forces near Raqqa.', [['surrendered', 'strategic.agreement', 'asserted', false]]],
];

const FORTIFICATION: Array<[string, Want[]]> = [
  ['The militants set up checkpoints on the road to Tikrit.', [['set up', 'strategic.fortification', 'asserted', false]]],
  ['Russia deployed additional troops to the border with Ukraine.', [['deployed', 'strategic.fortification', 'asserted', false]]],
  ['The army sent reinforcements to Aden.', [['sent reinforcements', 'strategic.fortification', 'asserted', false]]],
];

describe('strategic developments', () => {
  for (const [name, table] of [
    ['displacement', DISPLACEMENT],
    ['destruction and looting', DESTRUCTION],
    ['arrests', ARREST],
    ['agreements', AGREEMENT],
    ['fortification and deployment', FORTIFICATION],
  ] as const) {
    it(`finds ${name}`, () => {
      for (const [text, want] of table) assertTriggers(text, want);
    });
  }
});
