import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuantities } from './parse-quantities.js';

/**
 * Numbers that must not become counts: dates, times, identifiers, model
 * names, scores, phone numbers, page numbers, pronoun "one". Each row gives
 * what the text must yield instead, as `[quote, kind]`, usually nothing.
 */
const cases: Array<[text: string, expected: Array<[string, string]>]> = [
  // Dates and times
  ['The attack happened on November 1.', []],
  ['Talks resume on Nov. 14, 2016 in Geneva.', []],
  ['Troops reached the town on 17 October and the 1st of November.', []],
  ['OCT. 3, 2015: the hospital in Kunduz was hit.', []],
  ['Figures dated 2016-11-01 and 01/11/2016 were published.', []],
  ['The 9/11 attacks changed US policy.', []],
  ['The statement was issued at 12:32 local time.', []],
  ['Fighting resumed at 1500 GMT and again at 0800 local time.', []],
  ['The curfew starts at 1900 hours.', []],
  ['Talks are set for 3 p.m. on Friday, or 10am at the latest.', []],
  ['ISLAMIC STATE: Iraqi Forces Advance November 0112:32', []],
  // Identifiers, models, labels
  ['The strike was carried out by F-16 jets and Su-24 bombers.', []],
  ['A MiG-29 and an Il-76 transport were seen over Latakia.', []],
  ['UN Resolution 2254 calls for a ceasefire in Syria.', []],
  ['Traffic on Highway 1 was halted north of Kandahar.', []],
  ['COVID-19 cases rose again in Khartoum.', []],
  ['Brigade 93 withdrew from the village.', []],
  ['Britain triggered Article 50 and the G20 met in Hangzhou.', []],
  ['Flight MH17 was shot down over eastern Ukraine.', []],
  ['The Boeing 737 landed safely.', []],
  ['The S&P 500 closed higher while the FTSE 100 fell.', []],
  ['See page 12 of the report, or pp. 40-45.', []],
  ['He lives at No. 10 Downing Street.', []],
  ['Soldiers carried AK-47 rifles and rode in T-72 tanks.', []],
  ['Call +44 20 7946 0958 or (212) 555-1234 for details.', []],
  ['Hon Hai (2317.TW) shares were suspended.', []],
  // Sport scores and votes
  ['Arsenal won 2-1 at the Emirates.', []],
  ['Chelsea drew 1-1 with Everton after a 1-2 home defeat last week.', []],
  ['The Senate approved the bill by a 58 to 42 vote.', []],
  ['Real Madrid beat Barcelona 3-2 in the final.', []],
  // Pronoun "one"
  ['No one was hurt, and the two sides blamed one another.', [['two', 'count']]],
  ['Mosul is one of the largest cities in Iraq.', []],
  ['IS once held about a third of Iraq and one fifth of Syria.', []],
  // Numbers that are something else than counts
  ['IS seized Mosul in 2014.', [['2014', 'year']]],
  ["It is Iraq's second largest city.", [['second', 'ordinal']]],
  ['The 2-year rule of the group ended.', [['2-year', 'duration']]],
  ['The mid-2016 offensive stalled.', [['2016', 'year']]],
  ['On November 1, 14 people were killed.', [['14', 'count']]],
  ['Revenue rose to $5 million in fiscal 2015.', [['$5 million', 'money'], ['2015', 'year']]],
  ['The car was doing 120 km/h on a 300 km² plain.', []],
];

describe('non-quantities', () => {
  for (const [text, expected] of cases) {
    it(text, () => {
      const got = parseQuantities(text).map((q) => [text.slice(q.start, q.end), q.attrs.kind]);
      assert.deepEqual(got, expected);
    });
  }
});
