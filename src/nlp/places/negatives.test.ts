import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document } from '../../core/document.js';
import { placePipeline } from '../geocode/place-pipeline.js';
import './layers.js';

const pipeline = placePipeline();

/** Each sentence, and the words in it that must not be place mentions (other words may be). */
const NOT_PLACES: readonly [string, readonly string[]][] = [
  ['Iraqi forces and Kurdish fighters pushed back Islamic State militants on Tuesday.', ['Iraqi', 'Kurdish', 'Islamic State', 'Tuesday']],
  ['Displaced people who fled Islamic State-held territory sat outside a mosque.', ['Islamic State', 'State']],
  ['In March, May and June the talks stalled; by August nothing had moved.', ['March', 'May', 'June', 'August']],
  ['Reading the report aloud, the minister paused.', ['Reading']],
  ['Boris Johnson told the House of Commons that Johnson would not resign.', ['Johnson', 'House', 'Commons']],
  ['Emad Hassan, 33, a former policeman, said Hassan had left.', ['Hassan']],
  ['Major General Sami al-Aridi said the troops had advanced.', ['Major', 'General', 'Sami', 'Aridi']],
  ['Reuters and The Associated Press reported the attack, CNN said.', ['Reuters', 'Associated Press', 'CNN']],
  ['Spokeswoman Ravina Shamdasani said reports were being checked.', ['Ravina', 'Shamdasani']],
  ['The Aleppo Media Center posted a video of the strike.', ['Aleppo', 'Media']],
  ['Christians and Sunni Arabs voted, as did Yazidi families.', ['Christians', 'Sunni', 'Arabs', 'Yazidi']],
  ['Hope remained that the ceasefire would hold, officials said.', ['Hope']],
  ['The Russian ambassador met Turkish and American envoys.', ['Russian', 'Turkish', 'American']],
  ['Prime Minister Haider al-Abadi warned the militants to surrender.', ['Haider', 'Abadi']],
  ['A spokesman for Hezbollah denied the report on Sunday.', ['Hezbollah', 'Sunday']],
  ['The Western-backed government and the Syrian Democratic Forces met.', ['Western', 'Syrian']],
];

test('names that are not places stay out of the place layer', () => {
  for (const [sentence, words] of NOT_PLACES) {
    const doc = pipeline.run(new Document('n', sentence, { published: '2016-11-01' }));
    const found = doc.layer('place').map((p) => p.quote);
    for (const w of words) {
      assert.ok(!found.some((q) => q.includes(w)), `"${w}" was taken for a place in: ${sentence} (places: ${found.join(', ')})`);
    }
  }
});

test('a sentence with no places has no place mentions', () => {
  for (const sentence of [
    'The committee will meet again next week to discuss the budget.',
    'He said the troops were tired but determined to finish the job.',
    'Officials estimated that 3000-5000 fighters remained, many of them foreign.',
  ]) {
    const doc = pipeline.run(new Document('n', sentence, {}));
    assert.deepEqual(doc.layer('place').map((p) => p.quote), [], sentence);
  }
});
