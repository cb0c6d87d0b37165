import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseOf } from '../clause.js';
import { analyse, find } from '../test-support/analyse.js';
import { findCounts, type Counts } from './find-counts.js';

function counts(text: string, trigger: string): Counts {
  const ctx = analyse(text);
  const at = find(ctx, trigger);
  return findCounts(ctx, clauseOf(ctx, at.sentence, at.start, at.end));
}

const exact = (n: number) => ({ low: n, best: n, high: n });

describe('findCounts: tolls next to their cue', () => {
  it('reads a number after the cue, with the victims it counts', () => {
    const c = counts('A suicide bomber killed 13 people at a wedding in Jalalabad on Sunday.', 'suicide bomber');
    assert.deepEqual(c.fatalities, exact(13));
    assert.deepEqual(c.victims, [{ name: 'people', canonical: 'civilians', side: 'CIV', kind: 'civilians' }]);
    assert.deepEqual(counts('IS allegedly killed 50 of its own militants at the base.', 'killed').fatalities, exact(50));
  });

  it('reads a number before the cue, across "people were"', () => {
    assert.deepEqual(counts('At least 27 people were killed in a car bomb blast in Azaz.', 'blast').fatalities, { low: 27, best: 27, high: null });
    assert.deepEqual(counts('At least 85 Syrian army troops were killed as the jihadists advanced.', 'advanced').fatalities, null);
    assert.deepEqual(counts('At least 85 Syrian army troops were killed in the assault.', 'assault').fatalities, { low: 85, best: 85, high: null });
  });

  it('reads the tail of the clause: killing and wounding', () => {
    const c = counts('Gunmen stormed a university in Charsadda on Wednesday, killing at least 19 people and wounding dozens.', 'stormed');
    assert.deepEqual(c.fatalities, { low: 19, best: 19, high: null });
    assert.deepEqual(c.injured, { low: 24, best: null, high: null });
  });

  it('reads vague words, approximations and death tolls', () => {
    assert.deepEqual(counts('Dozens dead in Kabul suicide attack', 'suicide attack').fatalities, { low: 24, best: null, high: null });
    assert.deepEqual(counts('The Observatory said the death toll from the air strike has risen to 85.', 'air strike').fatalities, exact(85));
    assert.deepEqual(counts('Rocket fire on Kilis has killed about 20 people this year.', 'Rocket fire').fatalities, exact(20));
  });

  it('reads displaced and captured', () => {
    assert.deepEqual(counts('Some 3,000 families fled the fighting in Fallujah last week.', 'fighting').displaced, exact(3000));
    assert.deepEqual(counts('Police arrested five suspects in a raid in Brussels on Tuesday.', 'raid').captured, exact(5));
  });

  it('reads nobody hurt as zero', () => {
    assert.deepEqual(counts('IS hit the tank with a rocket, sending its crew fleeing from the vehicle, seemingly unharmed.', 'hit').fatalities, exact(0));
    assert.deepEqual(counts('A car bomb exploded outside a hotel in Mogadishu, but nobody was killed, police said.', 'exploded').fatalities, exact(0));
    assert.deepEqual(counts('The shell hit an empty school and caused no casualties.', 'shell').injured, exact(0));
  });

  describe('negative cases', () => {
    const none: Array<[string, string]> = [
      ['Gunmen attacked a farm near Jos and killed 150 sheep.', 'attacked'],
      ['The 40-year-old officer was wounded in the attack.', 'attack'],
      ['Militants fired 12 rockets at the town, killing livestock.', 'fired'],
      ['The offensive, launched in 2016, has killed fighters on both sides.', 'offensive'],
      ['Rebels shelled the district, 22 km east of the city, on Monday.', 'shelled'],
      ['The strike destroyed 30 percent of the village.', 'strike'],
      ['Forces seized 20 trucks loaded with weapons near Sirte.', 'seized'],
      ['Two days after the blast, the market reopened.', 'blast'],
    ];
    for (const [text, trigger] of none) {
      it(`no toll in "${text}"`, () => {
        const c = counts(text, trigger);
        assert.deepEqual([c.fatalities, c.injured, c.displaced, c.captured], [null, null, null, null]);
      });
    }
  });
});
