import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './find-dates.js';

/** Sentences with durations, counts, names and codes that look like dates but are none. */
const NONE: Array<[why: string, text: string]> = [
  ['a duration', 'It was the first time Iraqi troops had entered the city in over two years.'],
  ['a duration', 'Rebels have held the district for two years.'],
  ['a duration', 'The blockade of Taiz has lasted over two years.'],
  ['a duration', 'The fighting is expected to take weeks, if not months.'],
  ['a duration', 'Within two weeks the army had lost 5,000 men.'],
  ['a compound adjective', 'Militants imposed a 2-year rule of fear on the town.'],
  ['a compound adjective', 'He will serve a 10-year sentence, and a 24-hour curfew is in force.'],
  ['ranges of fighters', 'The U.S. estimates 3000-5000 fighters remain inside and another 1500-2500 in the outer belt.'],
  ['a resolution number', 'The Security Council passed Resolution 2254 on a political transition.'],
  ['an aircraft type', 'Two F-16 jets and a Boeing 777 were over Donetsk.'],
  ['a year-like count', 'In 2254 cases, the courts ruled for the state, and about 2000 families fled.'],
  ['counts', 'About 1,500 families fled, and 2,000 more are expected.'],
  ['a score', 'The score was 2-1 at half time and 3-2 at the final whistle.'],
  ['a percentage range', 'It expects revenue growth of 27.8-32.5 percent.'],
  ['fractions and round-the-clock', 'The group runs 24/7 hotlines and 3/4 of its staff are volunteers.'],
  ['a surname', 'Theresa May said talks may take a long time.'],
  ['a surname after a preposition', 'The candidates, in addition to May and Gove, met the party.'],
  ['verbs that are month and weekday names', 'Protesters march through Sanaa, and the ministers sat in silence.'],
  ['a named alliance', 'The March 14 movement held a rally in Beirut.'],
  ['a newspaper', 'USA Today reported the figures.'],
  ['a bare part of the day', 'Fighters in the early morning advance used bulldozers, and snipers fired at night.'],
  ['a bare noon', 'Noon prayers were cancelled.'],
  ['an adjective', 'Overnight lending rates climbed, and he took an overnight train.'],
  ['a day counted from an event', 'A day before the vote, rebels shelled the town.'],
  ['a day counted from an event', 'Two days later, the army withdrew.'],
  ['a recurring day', 'Every Friday, protesters gather outside the mosque.'],
  ['a decade', 'Sunni tribes fought the government in the 1990s.'],
  ['a number after "at"', 'Temperatures reached 45 degrees at 2 in the afternoon, and he was shot at 5.'],
  ['"now"', 'The district is now 90% under army control.'],
  ['a season code and an age', 'He is 33 and played in the 2015/16 season.'],
  ['money', 'Brent crude rose to $48.50 a barrel, up 1.2 percent.'],
];

describe('findDates negatives', () => {
  for (const [why, text] of NONE) {
    it(`${why}: ${text}`, () => {
      const found = findDates(text, { day: '2016-11-04', source: 'publication' });
      assert.deepEqual(
        found.map((m) => [m.start, m.end, text.slice(m.start, m.end)]),
        [],
      );
    });
  }
});
