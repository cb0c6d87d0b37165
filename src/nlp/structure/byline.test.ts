import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseByline } from './byline.js';

describe('parseByline', () => {
  const positives: Array<[string, { agencies: string[]; authors: string[] }]> = [
    ['AP and staff writersNews Corp Australia Network', { agencies: ['AP', 'News Corp Australia Network'], authors: [] }],
    ['By Jane Doe, Reuters', { agencies: ['Reuters'], authors: ['Jane Doe'] }],
    ['By Jim Suhr and Amy Shafer | AP', { agencies: ['AP'], authors: ['Jim Suhr', 'Amy Shafer'] }],
    ['By Associated Press', { agencies: ['Associated Press'], authors: [] }],
    ['Emily Schmall, Associated Press', { agencies: ['Associated Press'], authors: ['Emily Schmall'] }],
    [
      '(Reporting by Rafiq Shirzad in Jalalabad; Writing by Andrew MacAskill; Editing by Ed Davies)',
      { agencies: [], authors: ['Rafiq Shirzad', 'Andrew MacAskill', 'Ed Davies'] },
    ],
    [
      'Reporting by Hadeel Al Sayegh and Lin Noueihed; Editing by Mark Heinrich',
      { agencies: [], authors: ['Hadeel Al Sayegh', 'Lin Noueihed', 'Mark Heinrich'] },
    ],
    ['(Editing by Pravin Char)', { agencies: [], authors: ['Pravin Char'] }],
    ["CNN's Archith Seshadri contributed to this report.", { agencies: ['CNN'], authors: ['Archith Seshadri'] }],
    ['The Associated Press contributed to this report.', { agencies: ['Associated Press'], authors: [] }],
    [
      'Times staff writers Joseph Serna and Sonali Kohli contributed to this report.',
      { agencies: [], authors: ['Joseph Serna', 'Sonali Kohli'] },
    ],
    ['Staff and agencies', { agencies: [], authors: [] }],
    ['AFP', { agencies: ['AFP'], authors: [] }],
  ];
  for (const [line, expected] of positives) {
    it(`reads ${JSON.stringify(line)}`, () => assert.deepEqual(parseByline(line), expected));
  }

  const negatives = [
    'By the time troops arrived, the village had been emptied.',
    'By nightfall the army controlled the bridge',
    'By Tuesday morning, officials said',
    'Reporting of casualties has been patchy, officials said.',
    'Our staff writers were turned back at the checkpoint on Monday.',
    'Iraqi forces fought against Islamic State militants in Gogjali, on the eastern outskirts of Mosul.',
    'Obama, Merkel meet in Hanover',
    'Syrian army retakes Palmyra',
    '(Reporting by Olena Marchenko in Kyiv; Editing by Sara Lindqvist',
  ];
  for (const line of negatives) {
    it(`rejects ${JSON.stringify(line)}`, () => assert.equal(parseByline(line), null));
  }
});
