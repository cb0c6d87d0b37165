import { describe, it } from 'node:test';
import { assertTriggers, type Want } from './fixtures/triggers-of.js';

const ATTACK: Array<[string, Want[]]> = [
  [
    'Gunmen killed 12 villagers in an attack on a village in Zamfara state.',
    [
      ['killed', 'violence.attack', 'asserted', false],
      ['attack', 'violence.attack', 'asserted', false],
    ],
  ],
  ['Islamic State militants executed 19 women in Mosul for refusing to marry fighters.', [['executed', 'violence.attack', 'asserted', false]]],
  ['Soldiers massacred dozens of Rohingya villagers in Tula Toli, survivors said.', [['massacred', 'violence.attack', 'reported', false]]],
  ['Investigators found a mass grave containing 200 bodies near Sinjar.', [['mass grave', 'violence.attack', 'asserted', false]]],
  ['Security forces shot dead five protesters in Khartoum.', [['shot', 'violence.attack', 'asserted', false]]],
  ['Rebels beheaded a hostage in the Philippines.', [['beheaded', 'violence.attack', 'asserted', false]]],
  // Killing armed men is fighting; killing one's own members is an attack.
  ['Kurdish forces killed 20 Islamic State fighters near Kirkuk.', [['killed', 'battle.clash', 'asserted', false]]],
  ['The group allegedly killed 50 of its own militants for desertion.', [['killed', 'violence.attack', 'alleged', false]]],
];

const ABDUCTION: Array<[string, Want[]]> = [
  ['Boko Haram kidnapped 276 schoolgirls from Chibok in April 2014.', [['kidnapped', 'violence.abduction', 'asserted', true]]],
  ['Gunmen abducted three aid workers in Darfur.', [['abducted', 'violence.abduction', 'asserted', false]]],
  ['The group has recruited children as young as 12 to fight in South Sudan.', [['recruited', 'violence.abduction', 'asserted', false]]],
  // The object decides: people seized by fighters are abducted.
  ['The militants are seizing boys from villages around Raqqa.', [['seizing', 'violence.abduction', 'asserted', false]]],
];

const SEXUAL: Array<[string, Want[]]> = [
  ['Militiamen raped women in villages around Minova, the UN said.', [['raped', 'violence.sexual', 'reported', false]]],
];

describe('violence against civilians', () => {
  for (const [name, table] of [
    ['attacks, killings and executions', ATTACK],
    ['abductions and forced recruitment', ABDUCTION],
    ['sexual violence', SEXUAL],
  ] as const) {
    it(`finds ${name}`, () => {
      for (const [text, want] of table) assertTriggers(text, want);
    });
  }
});
