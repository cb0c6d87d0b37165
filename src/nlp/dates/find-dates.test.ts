import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, type DateReference } from './find-dates.js';
import type { DateAttrs, DateKind, DatePrecision } from './layers.js';
import { mayContainDate } from './prefilter.js';

interface Expected {
  quote: string;
  value: string | null;
  bounds: [string | null, string | null];
  kind: DateKind;
  precision: DatePrecision;
  /** Checked only when given. */
  future?: boolean;
  time?: string | null;
  partOfDay?: DateAttrs['partOfDay'];
  stated?: Partial<DateAttrs['stated']>;
  reference?: DateAttrs['reference'];
}

interface Case {
  topic: string;
  /** The publication day (weekday noted for the reader). */
  ref: string;
  text: string;
  dates: Expected[];
}

const CASES: Case[] = [
  {
    topic: 'Syria: weekday on the reference day (Wed)',
    ref: '2015-09-30',
    text: 'Russian jets carried out their first air strikes in Syria on Wednesday, a day after the upper house approved the deployment.',
    dates: [{ quote: 'Wednesday', value: '2015-09-30', bounds: ['2015-09-30', '2015-09-30'], kind: 'weekday', precision: 'day', future: false }],
  },
  {
    topic: 'Syria: since a month',
    ref: '2015-09-30',
    text: 'Rebel commanders said the bombed positions had been held by the Free Syrian Army since March 2015.',
    dates: [{ quote: 'since March 2015', value: null, bounds: ['2015-03-01', '2015-09-30'], kind: 'since', precision: 'month', reference: 'publication' }],
  },
  {
    topic: 'Yemen: overnight (Thu)',
    ref: '2015-03-26',
    text: 'Saudi-led warplanes struck Houthi positions around Sanaa overnight, and Riyadh said the campaign would go on.',
    dates: [{ quote: 'overnight', value: '2015-03-26', bounds: ['2015-03-25', '2015-03-26'], kind: 'part-of-day', precision: 'day', partOfDay: 'night' }],
  },
  {
    topic: 'Yemen: past weekday',
    ref: '2015-03-26',
    text: 'President Hadi fled Aden by boat on Wednesday as Houthi fighters closed in on the port city.',
    dates: [{ quote: 'Wednesday', value: '2015-03-25', bounds: ['2015-03-25', '2015-03-25'], kind: 'weekday', precision: 'day' }],
  },
  {
    topic: 'Afghanistan: weekday on the reference day (Sun)',
    ref: '2021-08-15',
    text: 'Taliban fighters entered Kabul on Sunday, hours after seizing Jalalabad without a fight.',
    dates: [{ quote: 'Sunday', value: '2021-08-15', bounds: ['2021-08-15', '2021-08-15'], kind: 'weekday', precision: 'day' }],
  },
  {
    topic: 'Afghanistan: weekday night',
    ref: '2021-08-15',
    text: 'The militants took Kandahar and Herat on Friday night.',
    dates: [{ quote: 'Friday night', value: '2021-08-13', bounds: ['2021-08-13', '2021-08-13'], kind: 'weekday', precision: 'day', partOfDay: 'night', stated: { weekday: true, day: false } }],
  },
  {
    topic: 'Afghanistan: future deadline',
    ref: '2021-08-15',
    text: 'U.S. officials said the evacuation will be completed by August 31.',
    dates: [{ quote: 'by August 31', value: '2021-08-31', bounds: [null, '2021-08-31'], kind: 'until', precision: 'day', future: true, stated: { year: false, month: true, day: true } }],
  },
  {
    topic: 'Ukraine: early on a weekday (Thu)',
    ref: '2022-02-24',
    text: 'Russian forces launched a full-scale invasion of Ukraine early on Thursday, with missile strikes near Kyiv and Kharkiv.',
    dates: [{ quote: 'early on Thursday', value: '2022-02-24', bounds: ['2022-02-24', '2022-02-24'], kind: 'weekday', precision: 'day', partOfDay: 'morning' }],
  },
  {
    topic: 'Ukraine: month-year and since',
    ref: '2022-02-24',
    text: 'Moscow annexed Crimea in March 2014, and fighting in the Donbas has gone on since April 2014.',
    dates: [
      { quote: 'March 2014', value: null, bounds: ['2014-03-01', '2014-03-31'], kind: 'absolute', precision: 'month', reference: null, stated: { year: true, month: true, day: false } },
      { quote: 'since April 2014', value: null, bounds: ['2014-04-01', '2022-02-24'], kind: 'since', precision: 'month' },
    ],
  },
  {
    topic: 'Ukraine: "is due to" moves a weekday forward',
    ref: '2022-02-24',
    text: "Ukraine's parliament is due to vote on martial law on Friday.",
    dates: [{ quote: 'Friday', value: '2022-02-25', bounds: ['2022-02-25', '2022-02-25'], kind: 'weekday', precision: 'day', future: true }],
  },
  {
    topic: 'Ukraine: the same weekday in the past tense',
    ref: '2022-02-24',
    text: "Ukraine's parliament voted on martial law on Friday.",
    dates: [{ quote: 'Friday', value: '2022-02-18', bounds: ['2022-02-18', '2022-02-18'], kind: 'weekday', precision: 'day', future: false }],
  },
  {
    topic: 'year rollover: late December in an early January report (Mon)',
    ref: '2017-01-02',
    text: 'Turkish warplanes struck Islamic State targets near al-Bab on December 30, the army said.',
    dates: [{ quote: 'December 30', value: '2016-12-30', bounds: ['2016-12-30', '2016-12-30'], kind: 'absolute', precision: 'day', future: false, stated: { year: false, month: true, day: true } }],
  },
  {
    topic: 'year rollover: a future January in a December report',
    ref: '2016-12-28',
    text: 'Peace talks on Syria are due to begin in Astana on January 23.',
    dates: [{ quote: 'January 23', value: '2017-01-23', bounds: ['2017-01-23', '2017-01-23'], kind: 'absolute', precision: 'day', future: true }],
  },
  {
    topic: 'business: since a year, and the reference weekday (Fri)',
    ref: '2016-06-24',
    text: 'Sterling fell to its lowest level since 1985 on Friday after Britain voted to leave the European Union.',
    dates: [
      { quote: 'since 1985', value: null, bounds: ['1985-01-01', '2016-06-24'], kind: 'since', precision: 'year' },
      { quote: 'Friday', value: '2016-06-24', bounds: ['2016-06-24', '2016-06-24'], kind: 'weekday', precision: 'day' },
    ],
  },
  {
    topic: 'business: last week and since mid-month (Sat)',
    ref: '2016-03-12',
    text: 'Oil rose 7 percent last week and has gained about 40 percent since mid-February.',
    dates: [
      { quote: 'last week', value: null, bounds: ['2016-02-29', '2016-03-06'], kind: 'relative', precision: 'week' },
      { quote: 'since mid-February', value: null, bounds: ['2016-02-11', '2016-03-12'], kind: 'since', precision: 'range' },
    ],
  },
  {
    topic: 'sports: a coming fixture',
    ref: '2016-03-12',
    text: 'Leicester City will host Newcastle on Monday night, five points clear at the top.',
    dates: [{ quote: 'Monday night', value: '2016-03-14', bounds: ['2016-03-14', '2016-03-14'], kind: 'weekday', precision: 'day', future: true, partOfDay: 'night' }],
  },
  {
    topic: 'sports: a score is not a date',
    ref: '2016-03-12',
    text: 'Barcelona beat Getafe 6-0 on Saturday to stay top of La Liga.',
    dates: [{ quote: 'Saturday', value: '2016-03-12', bounds: ['2016-03-12', '2016-03-12'], kind: 'weekday', precision: 'day' }],
  },
  {
    topic: 'weeks ago is a week, not a day',
    ref: '2016-11-04',
    text: 'Kurdish forces began their push toward Bashiqa two weeks ago.',
    dates: [{ quote: 'two weeks ago', value: null, bounds: ['2016-10-18', '2016-10-24'], kind: 'duration-ago', precision: 'week' }],
  },
  {
    topic: 'days ago',
    ref: '2016-11-04',
    text: 'Three days ago, the army dropped leaflets over the city.',
    dates: [{ quote: 'Three days ago', value: '2016-11-01', bounds: ['2016-11-01', '2016-11-01'], kind: 'duration-ago', precision: 'day', stated: { year: false, month: false, day: false } }],
  },
  {
    topic: 'last month',
    ref: '2016-11-04',
    text: 'The U.N. said last month that up to a million people could flee.',
    dates: [{ quote: 'last month', value: null, bounds: ['2016-10-01', '2016-10-31'], kind: 'relative', precision: 'month' }],
  },
  {
    topic: 'this week (Thu)',
    ref: '2016-01-14',
    text: 'Aid convoys reached the besieged town of Madaya this week.',
    dates: [{ quote: 'this week', value: null, bounds: ['2016-01-11', '2016-01-17'], kind: 'relative', precision: 'week' }],
  },
  {
    topic: 'abbreviated month, and a full date as a bound',
    ref: '2016-11-04',
    text: 'Iraqi troops reached the city limits on Nov. 1, and by 4 November 2016 they held six districts.',
    dates: [
      { quote: 'Nov. 1', value: '2016-11-01', bounds: ['2016-11-01', '2016-11-01'], kind: 'absolute', precision: 'day', reference: 'publication' },
      { quote: 'by 4 November 2016', value: '2016-11-04', bounds: [null, '2016-11-04'], kind: 'until', precision: 'day', reference: null, stated: { year: true, month: true, day: true } },
    ],
  },
  {
    topic: 'by noon',
    ref: '2016-11-04',
    text: 'By noon, rebels had retaken the hill.',
    dates: [{ quote: 'By noon', value: '2016-11-04', bounds: [null, '2016-11-04'], kind: 'until', precision: 'time', time: '12:00', stated: { time: true, day: false } }],
  },
  {
    topic: 'earlier this month (Fri)',
    ref: '2016-10-28',
    text: 'Earlier this month, militants attacked government buildings in Kirkuk.',
    dates: [{ quote: 'Earlier this month', value: null, bounds: ['2016-10-01', '2016-10-28'], kind: 'relative', precision: 'range', future: false }],
  },
  {
    topic: 'possessive weekday',
    ref: '2016-11-04',
    text: 'Tuesday\u2019s clashes left 12 soldiers dead, and Thursday\'s shelling hit a school.',
    dates: [
      { quote: 'Tuesday', value: '2016-11-01', bounds: ['2016-11-01', '2016-11-01'], kind: 'weekday', precision: 'day' },
      { quote: 'Thursday', value: '2016-11-03', bounds: ['2016-11-03', '2016-11-03'], kind: 'weekday', precision: 'day' },
    ],
  },
  {
    topic: 'day and month followed by a clause',
    ref: '2016-11-04',
    text: 'Kurdish fighters reached the edge of Bashiqa on November 1, as coalition jets circled overhead.',
    dates: [{ quote: 'November 1', value: '2016-11-01', bounds: ['2016-11-01', '2016-11-01'], kind: 'absolute', precision: 'day' }],
  },
  {
    topic: 'clock time on a weekday (Mon)',
    ref: '2016-02-29',
    text: 'A car bomb exploded at 8:15 a.m. on Sunday near the ministry.',
    dates: [{ quote: '8:15 a.m. on Sunday', value: '2016-02-28', bounds: ['2016-02-28', '2016-02-28'], kind: 'weekday', precision: 'time', time: '08:15', stated: { time: true, weekday: true } }],
  },
  {
    topic: 'yesterday over a leap day',
    ref: '2016-03-01',
    text: 'Yesterday, a suicide bomber struck a checkpoint north of Baghdad.',
    dates: [{ quote: 'Yesterday', value: '2016-02-29', bounds: ['2016-02-29', '2016-02-29'], kind: 'relative', precision: 'day' }],
  },
  {
    topic: 'over the weekend (Mon)',
    ref: '2016-10-24',
    text: 'Over the weekend, Iraqi troops drove the last militants out of Kirkuk.',
    dates: [{ quote: 'weekend', value: null, bounds: ['2016-10-22', '2016-10-23'], kind: 'relative', precision: 'range' }],
  },
  {
    topic: 'a future weekend (Tue)',
    ref: '2016-11-01',
    text: 'Foreign ministers will meet in Lausanne this weekend.',
    dates: [{ quote: 'this weekend', value: null, bounds: ['2016-11-05', '2016-11-06'], kind: 'relative', precision: 'range', future: true }],
  },
  {
    topic: 'the past 24 hours',
    ref: '2016-11-04',
    text: 'More than 40 air strikes hit eastern Aleppo in the past 24 hours, monitors said.',
    dates: [{ quote: 'the past 24 hours', value: null, bounds: ['2016-11-03', '2016-11-04'], kind: 'relative', precision: 'range' }],
  },
  {
    topic: 'mid-month and a bare year',
    ref: '2016-11-04',
    text: 'The offensive began in mid-October, two years after Islamic State overran Mosul in 2014.',
    dates: [
      { quote: 'mid-October', value: null, bounds: ['2016-10-11', '2016-10-20'], kind: 'absolute', precision: 'range' },
      { quote: '2014', value: null, bounds: ['2014-01-01', '2014-12-31'], kind: 'absolute', precision: 'year', reference: null },
    ],
  },
  {
    topic: 'a future month takes next year',
    ref: '2016-11-04',
    text: 'The coalition will hand the air base over to Iraqi forces in March.',
    dates: [{ quote: 'March', value: null, bounds: ['2017-03-01', '2017-03-31'], kind: 'absolute', precision: 'month', future: true }],
  },
  {
    topic: 'since a weekday',
    ref: '2016-11-04',
    text: 'Civilians have been trapped in the district since Tuesday.',
    dates: [{ quote: 'since Tuesday', value: '2016-11-01', bounds: ['2016-11-01', '2016-11-04'], kind: 'since', precision: 'day' }],
  },
  {
    topic: 'a start bound looks back even in a future clause',
    ref: '2016-07-19',
    text: 'Losing Manbij will be the biggest defeat for Islamic State since July 2015, and the worst since July 31.',
    dates: [
      { quote: 'since July 2015', value: null, bounds: ['2015-07-01', '2016-07-19'], kind: 'since', precision: 'month', future: false },
      { quote: 'since July 31', value: '2015-07-31', bounds: ['2015-07-31', '2016-07-19'], kind: 'since', precision: 'day', future: false },
    ],
  },
  {
    topic: '"by" before a possessive is no deadline; a deadline under "must" is ahead',
    ref: '2016-11-04',
    text: "The school was hit by Tuesday's air strike, and fighters must leave by Sunday.",
    dates: [
      { quote: 'Tuesday', value: '2016-11-01', bounds: ['2016-11-01', '2016-11-01'], kind: 'weekday', precision: 'day' },
      { quote: 'by Sunday', value: '2016-11-06', bounds: [null, '2016-11-06'], kind: 'until', precision: 'day', future: true },
    ],
  },
  {
    topic: 'a part of the day inside a title is no date',
    ref: '2016-11-04',
    text: 'The film Night Crawler opened in 2014 to strong reviews.',
    dates: [{ quote: '2014', value: null, bounds: ['2014-01-01', '2014-12-31'], kind: 'absolute', precision: 'year' }],
  },
  {
    topic: 'a day earlier',
    ref: '2016-11-01',
    text: 'White flags had gone up a day earlier.',
    dates: [{ quote: 'a day earlier', value: '2016-10-31', bounds: ['2016-10-31', '2016-10-31'], kind: 'relative', precision: 'day' }],
  },
  {
    topic: 'over two weeks ago',
    ref: '2016-11-04',
    text: 'The offensive began over two weeks ago.',
    dates: [{ quote: 'over two weeks ago', value: null, bounds: ['2016-10-14', '2016-10-21'], kind: 'duration-ago', precision: 'range' }],
  },
  {
    topic: 'next Monday (Fri)',
    ref: '2016-11-04',
    text: 'Talks resume next Monday in Geneva.',
    dates: [{ quote: 'next Monday', value: '2016-11-07', bounds: ['2016-11-07', '2016-11-07'], kind: 'weekday', precision: 'day', future: true }],
  },
  {
    topic: 'numeric dates',
    ref: '2016-11-04',
    text: 'The decree, dated 2016-03-01, was published on 03/04/2016.',
    dates: [
      { quote: '2016-03-01', value: '2016-03-01', bounds: ['2016-03-01', '2016-03-01'], kind: 'absolute', precision: 'day', reference: null },
      { quote: '03/04/2016', value: '2016-03-04', bounds: ['2016-03-04', '2016-03-04'], kind: 'absolute', precision: 'day', reference: null },
    ],
  },
];

function check(text: string, reference: DateReference | null, dates: Expected[]): void {
  const found = findDates(text, reference);
  let from = 0;
  const expectedSpans = dates.map((d) => {
    const start = text.indexOf(d.quote, from);
    assert.ok(start >= 0, `test table: '${d.quote}' not in the text`);
    from = start + d.quote.length;
    return [start, start + d.quote.length, d.quote, d.value];
  });
  assert.deepEqual(
    found.map((m) => [m.start, m.end, text.slice(m.start, m.end), m.attrs.value]),
    expectedSpans,
  );
  found.forEach((m, i) => {
    const d = dates[i]!;
    const a = m.attrs;
    assert.deepEqual([a.start, a.end, a.kind, a.precision], [...d.bounds, d.kind, d.precision], d.quote);
    for (const key of ['future', 'time', 'partOfDay', 'reference'] as const) {
      if (d[key] !== undefined) assert.equal(a[key], d[key], `${d.quote}: ${key}`);
    }
    for (const [part, stated] of Object.entries(d.stated ?? {})) {
      assert.equal(a.stated[part as keyof typeof a.stated], stated, `${d.quote}: stated.${part}`);
    }
  });
}

describe('findDates', () => {
  for (const c of CASES) {
    it(`${c.topic}: ${c.text}`, () => check(c.text, { day: c.ref, source: 'publication' }, c.dates));
  }

  it('passes every sentence of the table through the prefilter', () => {
    for (const c of CASES) assert.ok(mayContainDate(c.text), c.text);
  });

  it('says when a live-blog timestamp was the reference', () => {
    const [m] = findDates('Troops entered Gogjali on Tuesday.', { day: '2016-11-01', source: 'timestamp' });
    assert.deepEqual([m?.attrs.value, m?.attrs.reference], ['2016-11-01', 'timestamp']);
  });

  describe('without a reference date', () => {
    it('leaves relative dates unresolved', () => {
      check('Troops entered the town on Tuesday, a day after the strikes began two weeks ago.', null, [
        { quote: 'Tuesday', value: null, bounds: [null, null], kind: 'weekday', precision: 'day', reference: null },
        { quote: 'two weeks ago', value: null, bounds: [null, null], kind: 'duration-ago', precision: 'week', reference: null },
      ]);
    });

    it('leaves a day-month without a year unresolved', () => {
      check('Rebels retook the hill on October 17.', null, [
        { quote: 'October 17', value: null, bounds: [null, null], kind: 'absolute', precision: 'day', stated: { year: false, month: true, day: true } },
      ]);
    });

    it('still resolves what the text states in full', () => {
      check('The siege of Aleppo began on 3 March 2015, and rebels have held Idlib since 2015.', null, [
        { quote: '3 March 2015', value: '2015-03-03', bounds: ['2015-03-03', '2015-03-03'], kind: 'absolute', precision: 'day', reference: null },
        { quote: 'since 2015', value: null, bounds: ['2015-01-01', null], kind: 'since', precision: 'year', reference: null },
      ]);
    });
  });
});
