import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { triggersOf } from './fixtures/triggers-of.js';

/** Words of war used about sport, business, politics, medicine, science and accidents: no triggers at all. */
const NOT_EVENTS: Array<[topic: string, text: string]> = [
  ['basketball "shot"', 'Curry shot 6-for-10 from three-point range in the first half.'],
  ['basketball "attack"', "The Warriors' attack stalled in the fourth quarter as Cleveland pulled away."],
  ['football "attack"', "Barcelona's attack was blunted by a disciplined Atletico defence."],
  ['football "fired a shot"', 'The striker fired a shot into the top corner.'],
  ['labour strike', 'Workers at the Volkswagen plant went on strike over pay.'],
  ['general strike', 'Teachers launched a general strike across the country on Monday.'],
  ['hunger strike', 'Detainees went on a hunger strike in Guantanamo.'],
  ['structure fire', 'A fire at a warehouse in Oakland killed 36 people.'],
  ['killed a bill', 'Senate Democrats killed the bill in committee.'],
  ['captured a title', 'Serena Williams captured the title at Wimbledon.'],
  ['business takeover', 'Microsoft completed its takeover of LinkedIn on Thursday.'],
  ['box office', 'The film bombed at the box office.'],
  ['heart attack', 'The singer died of a heart attack at 64.'],
  ['film title', 'The film "Battle of Algiers" was screened in Paris.'],
  ['executed a plan', 'The company executed a plan to cut costs by a third.'],
  ['executed a turnaround', 'The airline executed its turnaround plan under a new chief executive.'],
  ['fled the scene', 'The suspect fled the scene before police arrived.'],
  ['prices shot up', 'Shares in Shell fell 3 percent after the oil price shot up.'],
  ['a storm', 'The storm hit the coast, destroying hundreds of homes.'],
  ['political attack', 'Trump attacked Cruz over his immigration plan during the debate.'],
  ['fought back in baseball', 'The Giants fought back to win 3-2 in extra innings.'],
  ['firefighters', 'Firefighters battled the blaze for six hours.'],
  ['sales exploded', 'Sales exploded in the fourth quarter.'],
  ['cyber attack', "Hackers attacked the bank's servers last month."],
  ['rocket launch', 'The SpaceX rocket exploded on the launch pad.'],
  ['investors fled', 'Investors fled emerging markets after the Fed decision.'],
  ['took over first place', 'The Lakers took over first place in the division.'],
  ['shot a film', 'He shot the film in Morocco over six weeks.'],
  ['captured a mood', 'She captured the mood of the nation in her speech.'],
  ['strike a balance', 'The law would strike a balance between privacy and security.'],
  ['lightning', 'Lightning struck a tree in the park, killing two hikers.'],
  ['debate clash', "The candidates clashed over taxes in Tuesday's debate."],
  ['battleground state', 'Ohio is the main battleground in the presidential race.'],
  ['legal battle', "Apple's legal battle with Samsung over patents continues."],
  ['battle with cancer', 'She lost her battle with cancer in March.'],
  ['protest in sport', "Protests over the referee's decision delayed the match."],
  ['withdrew an offer', 'The bank withdrew its offer for the insurer.'],
  ['missile test', 'North Korea test-fired a ballistic missile into the sea.'],
  ['space bombardment', 'The planet was bombarded by comets early in its history.'],
  ['market exodus', 'There had been a huge exodus of engineers from the company.'],
  ['birth defects', 'The virus has been linked to birth defects in thousands of babies.'],
  ['fighting a disease', 'Health workers are fighting an outbreak of cholera in the camp.'],
  ['name of a ministry', "Iraq's Ministry of Migration and Displacement opened a new office in Erbil."],
  ['name of a committee', 'The Committee against Torture met in Geneva on Monday.'],
  ['documentary title', 'The documentary Battle for Haditha won a prize in Toronto.'],
];

describe('words of war that are not events', () => {
  for (const [topic, text] of NOT_EVENTS) {
    it(`finds nothing in ${topic}`, () => {
      assert.deepEqual(triggersOf(text), [], text);
    });
  }
});
