import { describe, it } from 'node:test';
import { assertTriggers, type Want } from './fixtures/triggers-of.js';

const STATEMENTS: Array<[string, Want[]]> = [
  [
    'The Taliban claimed responsibility for the attack.',
    [
      ['claimed responsibility', 'statement.claim', 'asserted', false],
      ['attack', 'violence.attack', 'asserted', false],
    ],
  ],
  ['Islamic State claimed the bombing in a statement posted online.', [['claimed the bombing', 'statement.claim', 'asserted', false]]],
  [
    'The Pakistani Taliban denied responsibility for the massacre.',
    [
      ['denied', 'statement.denial', 'asserted', false],
      ['massacre', 'violence.attack', 'asserted', false],
    ],
  ],
  [
    'Turkey accused Kurdish militants of carrying out the bombing.',
    [
      ['accused', 'statement.accusation', 'asserted', false],
      ['bombing', 'remote.explosive', 'alleged', false],
    ],
  ],
  [
    'The United Nations condemned the air strikes on hospitals in Aleppo.',
    [
      ['condemned', 'statement.accusation', 'asserted', false],
      ['air strikes', 'remote.airstrike', 'asserted', false],
    ],
  ],
  [
    'The prime minister called on the militants to lay down their weapons.',
    [
      ['called on', 'statement.demand', 'asserted', false],
      ['lay down their weapons', 'strategic.agreement', 'planned', false],
    ],
  ],
  ['The U.N. Security Council urged all sides to end the fighting.', [['urged', 'statement.demand', 'asserted', false]]],
  [
    'The army threatened to storm the city if the rebels did not surrender.',
    [
      ['threatened', 'statement.threat', 'asserted', false],
      ['storm', 'battle.territory', 'hypothetical', false],
      ['surrender', 'strategic.agreement', 'negated', false],
    ],
  ],
  // A threat quoted from a speaker is the speaker's act: asserted.
  [
    '“Surrender or die,” the commander warned the fighters holding out in the old city.',
    [['Surrender or die', 'statement.threat', 'asserted', false]],
  ],
];

const PROTESTS: Array<[string, Want[]]> = [
  ['Thousands of people protested in Istanbul against the government.', [['protested', 'protest.peaceful', 'asserted', false]]],
  ['Protesters threw stones at police, who responded with tear gas.', [['threw stones', 'protest.riot', 'asserted', false]]],
  ['Scuffles broke out between protesters and police outside parliament in Kiev.', [['Scuffles', 'protest.riot', 'asserted', false]]],
];

describe('statements and protests', () => {
  it('finds claims, denials, accusations, demands and threats', () => {
    for (const [text, want] of STATEMENTS) assertTriggers(text, want);
  });
  it('finds protests and riots', () => {
    for (const [text, want] of PROTESTS) assertTriggers(text, want);
  });
});
