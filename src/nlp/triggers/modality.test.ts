import { describe, it } from 'node:test';
import { assertTriggers, type Want } from './fixtures/triggers-of.js';

/** Published 4 November 2016: "last year" and 2014 are history, "last week" is news. */
const PUBLISHED = '2016-11-04';

const MODALITY: Array<[string, Want[]]> = [
  ['Troops entered the town of Jarablus on Wednesday, an army spokesman said.', [['entered', 'battle.territory', 'reported', false]]],
  ['According to the Syrian Observatory, air strikes hit the town of Saraqeb.', [['air strikes', 'remote.airstrike', 'reported', false]]],
  ['The militia allegedly executed dozens of prisoners in Tikrit.', [['executed', 'violence.attack', 'alleged', false]]],
  [
    'Amnesty International accused the army of torturing detainees in Darfur.',
    [
      ['accused', 'statement.accusation', 'asserted', false],
      ['torturing', 'violence.attack', 'alleged', false],
    ],
  ],
  ['A suspected car bomb exploded near the interior ministry in Baghdad.', [['car bomb', 'remote.explosive', 'suspected', false]]],
  ['The jets are believed to have bombed a fuel depot near Raqqa.', [['bombed', 'remote.airstrike', 'suspected', false]]],
  ['A truck left the village, presumably loaded with explosives for a suicide attack.', [['suicide attack', 'remote.suicide', 'suspected', false]]],
  ['The army plans to retake Mosul before the end of the year.', [['retake', 'battle.territory', 'planned', false]]],
  ['Civilians will be evacuated from the old city of Homs next week.', [['evacuated', 'strategic.displacement', 'planned', false]]],
  ['If the talks fail, the army could storm the city.', [['storm', 'battle.territory', 'hypothetical', false]]],
  [
    'The ministry denied that its forces had shelled the village.',
    [
      ['denied', 'statement.denial', 'asserted', false],
      ['shelled', 'remote.shelling', 'denied', false],
    ],
  ],
  ['No civilians were killed, the coalition said.', [['killed', 'violence.attack', 'negated', false]]],
  ['The rebels did not withdraw from the town.', [['withdraw', 'battle.withdrawal', 'negated', false]]],
  ['Government forces failed to recapture the airport.', [['recapture', 'battle.territory', 'negated', false]]],
];

const BACKGROUND: Array<[string, Want[]]> = [
  ['Islamic State seized Mosul in June 2014.', [['seized', 'battle.territory', 'asserted', true]]],
  ['Russian forces annexed Crimea in March 2014.', [['annexed', 'battle.territory', 'asserted', true]]],
  ['More than 1,500 Hezbollah fighters have been killed in the Syrian conflict.', [['killed', 'battle.clash', 'asserted', true]]],
  ['It is a war that has killed more than 400,000 people.', [['killed', 'violence.attack', 'asserted', true]]],
  ['The fighting has been the heaviest since the offensive began in October.', [['offensive', 'battle.clash', 'asserted', true]]],
  [
    'The militants, who had overrun the base, executed 40 soldiers.',
    [
      ['overrun', 'battle.territory', 'asserted', true],
      ['executed', 'violence.attack', 'asserted', false],
    ],
  ],
  ['Air strikes hit Raqqa last year.', [['Air strikes', 'remote.airstrike', 'asserted', true]]],
  // The same happenings told as news.
  ['Troops entered the town on Tuesday.', [['entered', 'battle.territory', 'asserted', false]]],
  ['Air strikes hit Raqqa last week.', [['Air strikes', 'remote.airstrike', 'asserted', false]]],
  // A later date in another clause does not make the main clause history.
  ['Troops entered Mosul, which Islamic State took in 2014, on Tuesday.', [['entered', 'battle.territory', 'asserted', false]]],
];

describe('modality', () => {
  it('tells asserted, reported, alleged, suspected, planned, hypothetical, denied and negated apart', () => {
    for (const [text, want] of MODALITY) assertTriggers(text, want, PUBLISHED);
  });
});

describe('background', () => {
  it('marks history told as context, and only that', () => {
    for (const [text, want] of BACKGROUND) assertTriggers(text, want, PUBLISHED);
  });
});
