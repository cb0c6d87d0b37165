import { describe, it } from 'node:test';
import { assertTriggers, type Want } from './fixtures/triggers-of.js';

/** Our own sentences about real battles; each row: the text and its triggers in order. */
const TERRITORY: Array<[string, Want[]]> = [
  [
    'Iraqi troops recaptured the town of Hit from Islamic State militants on Thursday, a military spokesman said.',
    [['recaptured', 'battle.territory', 'reported', false]],
  ],
  ['Houthi fighters stormed the presidential palace in Sanaa on Tuesday.', [['stormed', 'battle.territory', 'asserted', false]]],
  [
    'Taliban fighters overran the district centre of Musa Qala after days of heavy fighting.',
    [
      ['overran', 'battle.territory', 'asserted', false],
      ['heavy fighting', 'battle.clash', 'asserted', false],
    ],
  ],
  ["The Rapid Support Forces seized the army's headquarters in Wad Madani.", [['seized', 'battle.territory', 'asserted', false]]],
  [
    'The Arakan Army captured a military outpost near Paletwa after clashes with government troops.',
    [
      ['captured', 'battle.territory', 'asserted', false],
      ['clashes', 'battle.clash', 'asserted', false],
    ],
  ],
  ['Syrian government forces took control of the ancient city of Palmyra.', [['took control of', 'battle.territory', 'asserted', false]]],
  ['Ukrainian forces liberated the village of Klishchiivka south of Bakhmut.', [['liberated', 'battle.territory', 'asserted', false]]],
  ['Kurdish fighters took over the town of Manbij after a two-month siege.', [['took over', 'battle.territory', 'asserted', false]]],
  ['Troops entered the city centre of Ramadi on Monday.', [['entered', 'battle.territory', 'asserted', false]]],
  ['The town is now fully under government control, the governor said.', [['under government control', 'battle.territory', 'reported', false]]],
  ['Iraqi troops advanced into the Karama district on Wednesday.', [['advanced into', 'battle.territory', 'asserted', false]]],
  ['Journalists toured the recently recaptured village of Qaraqosh on Saturday.', [['recaptured', 'battle.territory', 'asserted', false]]],
];

const CLASH: Array<[string, Want[]]> = [
  ["Government forces and rebels fought in the streets of Aleppo's Salaheddine district.", [['fought', 'battle.clash', 'asserted', false]]],
  // The killing is what the clashes did: one happening, one trigger.
  ['Clashes between the army and the PKK killed three soldiers in Diyarbakir.', [['Clashes', 'battle.clash', 'asserted', false]]],
  ['Soldiers exchanged fire with gunmen near the border crossing.', [['exchanged fire', 'battle.clash', 'asserted', false]]],
  [
    'Heavy fighting erupted in Donetsk as separatists attacked Ukrainian positions.',
    [
      ['Heavy fighting', 'battle.clash', 'asserted', false],
      ['attacked', 'battle.clash', 'asserted', false],
    ],
  ],
  ['The two sides fought a fierce battle for control of the airport.', [['fierce battle', 'battle.clash', 'asserted', false]]],
  [
    'Insurgents ambushed a police convoy in Helmand, killing seven officers.',
    [
      ['ambushed', 'battle.clash', 'asserted', false],
      ['killing', 'battle.clash', 'asserted', false],
    ],
  ],
  [
    'Government troops repelled an attack on their base near Kunduz.',
    [
      ['repelled', 'battle.clash', 'asserted', false],
      ['attack', 'battle.clash', 'asserted', false],
    ],
  ],
  [
    'The army launched an offensive to retake Sirte from Islamic State.',
    [
      ['offensive', 'battle.clash', 'asserted', false],
      ['retake', 'battle.territory', 'planned', false],
    ],
  ],
  ['Rebels reportedly shot down a government helicopter near Idlib.', [['shot', 'battle.clash', 'reported', false]]],
];

const WITHDRAWAL: Array<[string, Want[]]> = [
  ['Russian forces withdrew from the west bank of the Dnipro in November.', [['withdrew', 'battle.withdrawal', 'asserted', false]]],
  ['Al-Shabaab militants pulled out of the port town of Barawe ahead of the offensive.', [['pulled out', 'battle.withdrawal', 'asserted', false]]],
  ['The rebels retreated from their positions in the hills above the town.', [['retreated', 'battle.withdrawal', 'asserted', false]]],
];

describe('battle triggers', () => {
  for (const [name, table] of [
    ['territory', TERRITORY],
    ['clash', CLASH],
    ['withdrawal', WITHDRAWAL],
  ] as const) {
    it(`finds ${name}`, () => {
      for (const [text, want] of table) assertTriggers(text, want);
    });
  }
});
