import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseOf } from '../clause.js';
import { analyse, find } from '../test-support/analyse.js';
import { findTime, type TimeFind } from './find-time.js';

/** Published on Friday 4 November 2016 unless told otherwise. */
function time(text: string, trigger: string, opts: { background?: boolean; planned?: boolean; published?: string } = {}): TimeFind {
  const ctx = analyse(text, { published: opts.published ?? '2016-11-04' });
  const at = find(ctx, trigger);
  const found = findTime(ctx, clauseOf(ctx, at.sentence, at.start, at.end), opts.background ?? false, opts.planned ?? false);
  const e = found.time?.evidence;
  if (e) assert.equal(text.slice(e.start, e.end), e.quote);
  return found;
}

describe('findTime: when it happened, from the clause outwards', () => {
  it('takes a date of the clause, resolved to the past', () => {
    const t = time('Rebels shelled the town of Morek on Monday, killing two children.', 'shelled');
    assert.equal(t.rule, 'time/clause');
    assert.deepEqual(t.time, {
      date: '2016-10-31', start: '2016-10-31', end: '2016-10-31', precision: 'day', stated: 'Monday', source: 'clause',
      evidence: { start: 36, end: 42, quote: 'Monday' },
    });
  });

  it('takes a date elsewhere in the sentence when the clause has none', () => {
    const t = time('Troops entered the town, which had been shelled heavily on Wednesday.', 'entered');
    assert.equal(t.rule, 'time/sentence');
    assert.equal(t.time?.date, '2016-11-02');
  });

  it('reads "since" as a period running to the report', () => {
    const t = time('Militants have been abducting boys in the villages since October 17.', 'abducting');
    assert.deepEqual([t.time?.date, t.time?.start, t.time?.end, t.time?.precision, t.time?.stated], [null, '2016-10-17', '2016-11-04', 'range', 'since October 17']);
  });

  it("falls back to the live-blog entry's timestamp, then to the publication date widened to a week", () => {
    const blog = 'Battle for Aleppo\n\nSYRIA: Jets Strike Rebel-Held East of Aleppo October 2114:05\n\nGovernment jets bombed a market in the east of the city, activists said.';
    const entry = time(blog, 'bombed', { published: '2016-10-22' });
    assert.equal(entry.rule, 'time/entry');
    assert.deepEqual(entry.time, { date: '2016-10-21', start: '2016-10-21', end: '2016-10-21', precision: 'day', stated: null, source: 'entry', evidence: null });
    const published = time('Militants attacked a checkpoint outside the city.', 'attacked');
    assert.deepEqual(published.time, { date: '2016-11-04', start: '2016-10-29', end: '2016-11-04', precision: 'week', stated: null, source: 'publication', evidence: null });
  });

  it('dates history told as background from its own words', () => {
    const t = time('Islamic State seized the city in June 2014.', 'seized', { background: true });
    assert.deepEqual([t.time?.date, t.time?.start, t.time?.end, t.time?.precision], [null, '2014-06-01', '2014-06-30', 'month']);
  });

  it('uses a future date only for a planned event', () => {
    assert.equal(time('The families will be evacuated to a camp on Sunday.', 'evacuated', { planned: true }).time?.date, '2016-11-06');
  });

  describe('negative cases', () => {
    const cases: Array<[string, string, string]> = [
      ['The army told Reuters on Thursday that troops had entered the town.', 'entered', 'a date of the telling'],
      ['Troops entered the town, which Islamic State had seized in June 2014.', 'entered', 'history beside a current event'],
      ['Officials said on Wednesday militants attacked the convoy.', 'attacked', 'a date right after "said"'],
      ['Troops attacked the village, and talks are due to resume next Tuesday.', 'attacked', 'a future date of an asserted event'],
    ];
    for (const [text, trigger, why] of cases) {
      it(`no stated date in "${text}" (${why})`, () => {
        const t = time(text, trigger);
        assert.equal(t.rule, 'time/publication');
        assert.equal(t.time?.stated, null);
      });
    }
  });
});
