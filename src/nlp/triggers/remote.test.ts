import { describe, it } from 'node:test';
import { assertTriggers, type Want } from './fixtures/triggers-of.js';

const AIR: Array<[string, Want[]]> = [
  // "hit" and "killing" say what the strikes did: they stay with the strikes.
  ['Russian air strikes hit a market in Maarat al-Numan, killing at least 40 people.', [['air strikes', 'remote.airstrike', 'asserted', false]]],
  [
    'A U.S. drone strike killed Taliban leader Mullah Akhtar Mansour in Balochistan, officials said.',
    [['drone strike', 'remote.airstrike', 'reported', false]],
  ],
  ['Saudi-led coalition warplanes bombed a funeral hall in Sanaa.', [['warplanes bombed', 'remote.airstrike', 'asserted', false]]],
  ['Israeli aircraft struck a residential building in Rafah overnight.', [['aircraft struck', 'remote.airstrike', 'asserted', false]]],
];

const SHELLING: Array<[string, Want[]]> = [
  ['Government forces shelled the besieged suburb of Douma for a third day.', [['shelled', 'remote.shelling', 'asserted', false]]],
  ['Mortar fire killed two children in the Old City of Damascus.', [['Mortar fire', 'remote.shelling', 'asserted', false]]],
  ['Rebels fired rockets at the government-held district of Hamdaniyeh.', [['fired rockets', 'remote.shelling', 'asserted', false]]],
  ['Russian missiles struck the railway station in Kramatorsk.', [['missiles', 'remote.shelling', 'asserted', false]]],
  ['Artillery shells landed on a school in Kharkiv.', [['Artillery shells', 'remote.shelling', 'asserted', false]]],
  [
    'The assault opened with artillery, tank and machine gun fire on militant positions.',
    [
      ['assault', 'battle.clash', 'asserted', false],
      ['artillery, tank and machine gun fire', 'remote.shelling', 'asserted', false],
    ],
  ],
];

const EXPLOSIVE: Array<[string, Want[]]> = [
  ['A car bomb exploded outside a police station in Diyarbakir, wounding 20 people.', [['car bomb', 'remote.explosive', 'asserted', false]]],
  ['A roadside bomb killed four soldiers in Kandahar province.', [['roadside bomb', 'remote.explosive', 'asserted', false]]],
  ['An IED hit an army patrol near Mogadishu.', [['IED', 'remote.explosive', 'asserted', false]]],
  ['The explosion tore through a bus carrying soldiers in Damascus.', [['explosion', 'remote.explosive', 'asserted', false]]],
];

const SUICIDE: Array<[string, Want[]]> = [
  [
    "A suicide bomber blew himself up at a Shi'ite mosque in Kuwait City.",
    [
      ['suicide bomber', 'remote.suicide', 'asserted', false],
      ['blew himself up', 'remote.suicide', 'asserted', false],
    ],
  ],
  ['A suicide attack on a police academy in Kabul killed 30 cadets.', [['suicide attack', 'remote.suicide', 'asserted', false]]],
  ['Two suicide bombers struck a crowded market in Maiduguri.', [['suicide bombers', 'remote.suicide', 'asserted', false]]],
];

describe('remote violence triggers', () => {
  for (const [name, table] of [
    ['air and drone strikes', AIR],
    ['shelling', SHELLING],
    ['remote explosives', EXPLOSIVE],
    ['suicide attacks', SUICIDE],
  ] as const) {
    it(`finds ${name}`, () => {
      for (const [text, want] of table) assertTriggers(text, want);
    });
  }
});
