import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readsAsFuture } from './tense.js';

/** [sentence, the date in it, whether its clause reads as future] */
const TABLE: Array<[string, string, boolean]> = [
  ['Talks will resume in Geneva on Monday, officials said.', 'Monday', true],
  ['Officials said talks will resume in Geneva on Monday.', 'Monday', true],
  ['He said on Friday that talks will resume on Monday.', 'Friday', false],
  ['He said on Friday that talks will resume on Monday.', 'Monday', true],
  ['On Monday, Iraqi troops will push into the old city.', 'Monday', true],
  ['On Monday, Iraqi troops pushed into the old city.', 'Monday', false],
  ['On Monday it warned that growth would slow.', 'Monday', false],
  ['The vote is due on Sunday.', 'Sunday', true],
  ['The vote was due on Sunday but was postponed.', 'Sunday', false],
  ['The vote had originally been due on Sunday.', 'Sunday', false],
  ['Parliament is expected to approve the budget on Thursday.', 'Thursday', true],
  ['The president is to visit Kabul on Thursday.', 'Thursday', true],
  ['Elections to be held on Sunday will test the ceasefire.', 'Sunday', true],
  ['Moscow plans to send more jets to Latakia on Friday.', 'Friday', true],
  ['The minister said the army would withdraw on Friday.', 'Friday', true],
  ['He was arrested on Monday and will appear in court on Tuesday.', 'Monday', false],
  ['He was arrested on Monday and will appear in court on Tuesday.', 'Tuesday', true],
  ['Rebels shelled the market on Tuesday, killing 12 people.', 'Tuesday', false],
  ['They\u2019ll meet again on Saturday.', 'Saturday', true],
  ['Fighters must leave the town by Tuesday under the deal.', 'Tuesday', true],
  ['Fighters must have left the town on Tuesday.', 'Tuesday', false],
  ['Drivers will rent cars under a program launched on Monday.', 'Monday', false],
  ['The new rules will be launched on Monday.', 'Monday', true],
  ['Houthi fighters entered Aden on Thursday. The coalition will respond.', 'Thursday', false],
];

describe('readsAsFuture', () => {
  for (const [sentence, date, future] of TABLE) {
    it(`${future ? 'future' : 'past'}: ${date} in "${sentence}"`, () => {
      const start = sentence.indexOf(date);
      assert.ok(start >= 0);
      assert.equal(readsAsFuture(sentence, start, start + date.length), future);
    });
  }
});
