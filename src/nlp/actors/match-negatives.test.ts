import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMentions, type MentionCase } from './fixtures/check-mentions.js';
import { defaultActorDictionary } from './load-dictionary.js';
import { matchActors } from './match-actors.js';

// Text that must yield no mention, or only the ones listed: words that look
// like names, names inside other words, other people who share a surname,
// adjectives, and outlets that are not parties.
const negatives: MentionCase[] = [
  { text: 'This is what it is, and it is not over yet.', actors: [] },
  { text: 'Is it true that the talks will resume in May?', actors: [] },
  { text: 'Iraqi cuisine and Syrian music were celebrated at the festival in Erbil.', actors: [] },
  { text: 'He is a member of the Afghan diaspora and teaches Kurdish literature.', actors: [] },
  { text: 'The Hamaslik clan and their Talibanesque rhetoric drew criticism.', actors: [] },
  { text: 'The guardian of the shrine spoke to the press about the floods.', actors: [] },
  { text: 'The APC rolled past while ministers debated the CAP subsidies.', actors: [] },
  { text: 'Isis, the Egyptian goddess, is shown with outstretched wings.', actors: [] },
  { text: 'Students rowed on the Isis before the exams in late May.', actors: [] },
  { text: 'Sales rose in May and fell in June, the company said.', actors: [] },
  { text: 'WHAT IS NEXT FOR THE CITY AFTER THE FLOODS', actors: [] },
  { text: 'Let me say it again: let us wait for the results.', actors: [] },
  { text: 'Michelle Obama opened the new library in Chicago.', actors: [] },
  { text: 'Richard Wagner wrote the Ring cycle. Wagner spent years on it.', actors: [] },
  { text: 'Dawn broke over the valley and the mist lifted.', actors: [] },
  { text: 'A military parade passed the military base near the airport.', actors: [] },
  { text: 'Jets landed at Heathrow as the US economy grew.', actors: [] },
  { text: 'Turkey’s tourism minister opened the season in Antalya.', actors: [] },
  { text: 'The Supreme Rada voted on the budget.', actors: [] },
  { text: 'Hewlett Packard Enterprise, or HPE, and the United Launch Alliance (ULA) signed a deal.', actors: [] },
  {
    text: 'CNN reported that the AP and Reuters had confirmed it.',
    actors: [],
    outlets: [
      [0, 3, 'CNN', 'CNN'],
      [22, 24, 'AP', 'Associated Press'],
      [29, 36, 'Reuters', 'Reuters'],
    ],
  },
  {
    text: 'She told the Guardian that anti-government feeling ran high.',
    actors: [],
    outlets: [[9, 21, 'the Guardian', 'The Guardian']],
  },
  {
    text: 'The anti-IS campaign and non-Houthi tribes were discussed.',
    actors: [
      [9, 11, 'IS', 'Islamic State', 'IS'],
      [29, 35, 'Houthi', 'Houthis', 'HOUTHI'],
    ],
  },
];

describe('actor mentions: negative cases', () => checkMentions(defaultActorDictionary, negatives));

describe('actor mention rules', () => {
  const match = (text: string) =>
    matchActors(text, defaultActorDictionary()).map((m) => [m.start, m.end, text.slice(m.start, m.end), m.attrs.id]);

  it('trusts IS in an all-caps line only inside a longer phrase', () => {
    assert.deepEqual(match('IS FIGHTERS SEIZE VILLAGE'), [[0, 11, 'IS FIGHTERS', 'islamic-state']]);
    assert.deepEqual(match('WHERE IS THE FRONT'), []);
    assert.deepEqual(match('IS claims Baghdad bombing'), [[0, 2, 'IS', 'islamic-state']]);
    assert.deepEqual(match('Daesh (IS) is fighting back'), [
      [0, 5, 'Daesh', 'islamic-state'],
      [7, 9, 'IS', 'islamic-state'],
    ]);
  });

  it('keeps one-word names in title-case headlines but not after a first name', () => {
    assert.deepEqual(match('Obama Says Assad Must Go'), [
      [0, 5, 'Obama', 'barack-obama'],
      [11, 16, 'Assad', 'bashar-al-assad'],
    ]);
    assert.deepEqual(match('Rifaat al-Assad returned to Damascus.'), []);
    assert.deepEqual(match('President Assad met the envoy.'), [[0, 15, 'President Assad', 'bashar-al-assad']]);
    assert.deepEqual(match('The Taliban said the Wagner Group left.'), [
      [4, 11, 'Taliban', 'taliban'],
      [21, 33, 'Wagner Group', 'wagner-group'],
    ]);
  });

  it('reads possessives, curly apostrophes, diacritics and hyphen variants', () => {
    assert.deepEqual(match('IS’s fighters and Hezbollah’s commanders met Öcalan’s lawyer.'), [
      [0, 13, 'IS’s fighters', 'islamic-state'],
      [18, 40, 'Hezbollah’s commanders', 'hezbollah'],
      [45, 51, 'Öcalan', 'abdullah-ocalan'],
    ]);
    assert.deepEqual(match('Jabhat al Nusra, Jabhat Nusra and al-Nusra are one group.'), [
      [0, 15, 'Jabhat al Nusra', 'nusra-front'],
      [17, 29, 'Jabhat Nusra', 'nusra-front'],
      [34, 42, 'al-Nusra', 'nusra-front'],
    ]);
    assert.deepEqual(match('The US-led coalition, the U.S.-led coalition; Shiite militias, Shi‘ite militias.'), [
      [4, 20, 'US-led coalition', 'cjtf-oir'],
      [26, 44, 'U.S.-led coalition', 'cjtf-oir'],
      [46, 61, 'Shiite militias', 'generic-militias'],
      [63, 79, 'Shi‘ite militias', 'generic-militias'],
    ]);
  });

  it('gives a qualifier without a noun no mention, and a qualifier with one the country’s actor', () => {
    assert.deepEqual(match('The Iraqi delegation left.'), []);
    assert.deepEqual(match('Iraqi officials and Iraqi civilians spoke.'), [
      [0, 15, 'Iraqi officials', 'government-of-iraq'],
      [20, 35, 'Iraqi civilians', 'civilians'],
    ]);
    assert.deepEqual(match('Belgian troops arrived.'), [[0, 14, 'Belgian troops', 'belgian-armed-forces']]);
  });
});
