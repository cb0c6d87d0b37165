import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuantities } from './parse-quantities.js';
import type { QuantityView } from './quantity-view.js';
import { viewQuantity } from './quantity-view.js';

type Want = Partial<QuantityView>;
interface Case {
  text: string;
  /** Every quantity of the text, in order: its quote (found after the previous one) and the attributes that matter. */
  found: Array<[quote: string, want: Want]>;
}

/** Checks spans of all quantities as `[start, end, quote]`, then the listed attributes. */
function check({ text, found }: Case): void {
  const got = parseQuantities(text).map((q) => viewQuantity(text, q));
  let from = 0;
  const spans = found.map(([quote]) => {
    const start = text.indexOf(quote, from);
    from = start + quote.length;
    return [start, start + quote.length, quote];
  });
  assert.deepEqual(got.map((q) => q.span), spans);
  got.forEach((q, i) => {
    const [quote, want] = found[i] ?? ['', {}];
    for (const [key, value] of Object.entries(want)) {
      assert.deepEqual(q.attrs[key as keyof QuantityView], value, `${quote}: ${key}`);
    }
  });
}

const conflict: Case[] = [
  // Iraq
  { text: 'Iraqi troops were still some 10 kilometres from the city centre on Tuesday.',
    found: [['some 10 kilometres', { kind: 'distance', value: 10, low: null, high: null, approx: 'about', unit: 'km', km: 10, anchor: 'city centre', ring: true, direction: null }]] },
  { text: 'The town of Qaraqosh lies about 30 km (19 miles) south-east of Mosul.',
    found: [['about 30 km (19 miles)', { kind: 'distance', value: 30, km: 30, direction: 'SE', anchor: 'Mosul', ring: false, approx: 'about' }]] },
  { text: 'Kurdish officials estimated that 3,000-5,000 militants remained inside the city.',
    found: [['3,000-5,000', { kind: 'range', value: null, low: 3000, high: 5000, approx: 'exact', counted: 'militants', words: false }]] },
  { text: "At least 14 people were killed when a car bomb exploded in Baghdad's Sadr City on Monday.",
    found: [['At least 14', { kind: 'count', value: 14, low: 14, high: null, approx: 'at-least', counted: 'people' }]] },
  { text: 'A 12-year-old boy was among the wounded, the hospital said.',
    found: [['12-year-old', { kind: 'age', value: 12, unit: 'years', counted: 'boy' }]] },
  { text: 'The coalition has carried out more than 70 air strikes near Mosul since October 17.',
    found: [['more than 70', { kind: 'count', value: 70, low: 70, high: null, approx: 'more-than', counted: 'air strikes' }]] },
  { text: 'Government troops advanced to within 5 km of the Turkish border.',
    found: [['within 5 km', { kind: 'distance', approx: 'at-most', value: 5, low: null, high: 5, anchor: 'Turkish border', ring: true }]] },
  { text: 'IS seized Mosul in June 2014 and declared a caliphate.', found: [['2014', { kind: 'year', value: 2014 }]] },
  // Syria
  { text: 'Nearly 150 people died in the bombings in Tartous and Jableh, the monitor said.',
    found: [['Nearly 150', { kind: 'count', value: 150, low: null, high: 150, approx: 'nearly', counted: 'people' }]] },
  { text: 'Dozens of civilians fled the eastern districts of Aleppo overnight.',
    found: [['Dozens', { kind: 'vague', value: null, low: 24, high: null, approx: 'vague', words: true, counted: 'civilians' }]] },
  { text: 'Between 20 and 30 rebel fighters surrendered at the checkpoint.',
    found: [['Between 20 and 30', { kind: 'range', low: 20, high: 30, counted: 'rebel fighters' }]] },
  { text: 'Two of the wounded were children aged between 8 and 11.',
    found: [['Two', { kind: 'count', value: 2, words: true, counted: 'wounded' }], ['aged between 8 and 11', { kind: 'age', low: 8, high: 11, unit: 'years' }]] },
  { text: 'Shelling hit a village 15 kilometres north-west of Deir ez-Zor, activists said.',
    found: [['15 kilometres', { kind: 'distance', direction: 'NW', anchor: 'Deir ez-Zor', ring: false, km: 15 }]] },
  { text: 'Ahmed Saleh, 41, a teacher from Hodeidah, said the shelling began at dawn.',
    found: [['41', { kind: 'age', value: 41, counted: 'Ahmed Saleh' }]] },
  // Yemen
  { text: 'Saudi-led air strikes killed at least 20 civilians and wounded up to 40 others in Taiz province.',
    found: [['at least 20', { kind: 'count', low: 20, counted: 'civilians' }], ['up to 40', { kind: 'count', value: 40, low: null, high: 40, approx: 'up-to', counted: 'others' }]] },
  { text: "The blockade has left about 80 per cent of Yemen's population in need of aid.",
    found: [['about 80 per cent', { kind: 'percent', value: 80, approx: 'about', unit: '%' }]] },
  { text: 'Children as young as 12 were recruited by the militia.',
    found: [['as young as 12', { kind: 'age', value: 12, low: 12, high: null, approx: 'at-least' }]] },
  // Ukraine
  { text: 'The conflict has killed more than 9,000 people since April 2014.',
    found: [['more than 9,000', { kind: 'count', value: 9000, counted: 'people' }], ['2014', { kind: 'year', value: 2014 }]] },
  { text: 'Kiev says hundreds of thousands of residents have fled the Donbas.',
    found: [['hundreds of thousands', { kind: 'vague', low: 200000, counted: 'residents' }]] },
  { text: 'Both sides agreed to a 30-day ceasefire, the second such deal this year.',
    found: [['30-day', { kind: 'duration', value: 30, unit: 'days' }], ['second', { kind: 'ordinal', value: 2, words: true }]] },
  { text: 'A drone was spotted 800 m from the front line near Avdiivka.',
    found: [['800 m', { kind: 'distance', unit: 'm', km: 0.8, anchor: 'front line', ring: true }]] },
  // Sudan
  { text: 'Rapid Support Forces fighters, numbering several thousand, entered El Fasher.',
    found: [['several thousand', { kind: 'vague', low: 3000, approx: 'vague', counted: null }]] },
  { text: 'The UN says nearly 25 million people, more than half the population, need aid.',
    found: [['nearly 25 million', { kind: 'count', value: 25e6, high: 25e6, counted: 'people' }]] },
  { text: 'A 2-year-old girl and her mother, 31, were among the dead in Geneina.',
    found: [['2-year-old', { kind: 'age', value: 2, counted: 'girl' }], ['31', { kind: 'age', value: 31, counted: 'mother' }]] },
  // Afghanistan
  { text: 'In Kunduz, 20 to 30 houses were destroyed and thousands of families fled.',
    found: [['20 to 30', { kind: 'range', low: 20, high: 30, counted: 'houses' }], ['thousands', { kind: 'vague', low: 2000, counted: 'families' }]] },
  { text: 'Almost 90% of the district was contested, and over 40,000 troops remained.',
    found: [['Almost 90%', { kind: 'percent', approx: 'nearly', value: 90, low: null, high: 90 }], ['over 40,000', { kind: 'count', approx: 'more-than', low: 40000, counted: 'troops' }]] },
  // Words and vague amounts
  { text: 'Twenty-five soldiers and a dozen police officers were wounded.',
    found: [['Twenty-five', { kind: 'count', value: 25, words: true, counted: 'soldiers' }], ['a dozen', { kind: 'count', value: 12, words: true, counted: 'police officers' }]] },
  { text: 'Three million Syrians now live in Turkey.', found: [['Three million', { kind: 'count', value: 3e6, counted: 'Syrians' }]] },
  { text: 'A hundred families returned to Bashiqa last week.', found: [['A hundred', { kind: 'count', value: 100, counted: 'families' }]] },
  { text: 'One or two shells landed near the hospital.', found: [['One or two', { kind: 'range', low: 1, high: 2, words: true, counted: 'shells' }]] },
  { text: 'A handful of snipers held up the advance.', found: [['A handful', { kind: 'vague', low: 3, counted: 'snipers' }]] },
  { text: 'Scores of people were detained after the protest.', found: [['Scores', { kind: 'vague', low: 40, counted: 'people' }]] },
  { text: 'Many residents stayed behind.', found: [['Many', { kind: 'vague', value: null, low: null, high: null, counted: 'residents' }]] },
  { text: 'Around 300 families were evacuated, and an estimated 40,000 civilians remain.',
    found: [['Around 300', { approx: 'about', counted: 'families' }], ['an estimated 40,000', { approx: 'about', value: 40000, counted: 'civilians' }]] },
  { text: 'Some 2,000 troops and about 2000 fighters took part.',
    found: [['Some 2,000', { kind: 'count', value: 2000 }], ['about 2000', { kind: 'count', value: 2000, counted: 'fighters' }]] },
  { text: 'Militants fired shells from a few hundred metres away.', found: [['a few hundred metres', { kind: 'distance', approx: 'vague', low: 300, km: 0.3 }]] },
  { text: 'The group held the town for more than two years.', found: [['more than two years', { kind: 'duration', value: 2, low: 2, approx: 'more-than', unit: 'years', words: true }]] },
  { text: "The group's 3-year rule over Raqqa ended in October.", found: [['3-year', { kind: 'duration', value: 3, unit: 'years' }]] },
  { text: 'Basra, Iraq’s third largest city, was calm.', found: [['third', { kind: 'ordinal', value: 3 }]] },
  { text: 'The offensive began over two weeks ago.', found: [['over two weeks', { kind: 'duration', approx: 'more-than', unit: 'weeks' }]] },
  { text: 'Between 2003 and 2011, US troops were stationed in Iraq.', found: [['Between 2003 and 2011', { kind: 'year', low: 2003, high: 2011 }]] },
  { text: 'Chechnya was devastated by two wars in the 1990s.',
    found: [['two', { kind: 'count', counted: 'wars' }], ['1990s', { kind: 'year', value: null, low: 1990, high: 1999 }]] },
  { text: 'The gunman, in his 40s, was arrested at the scene.', found: [['his 40s', { kind: 'age', low: 40, high: 49 }]] },
  { text: 'Most of the recruits were under the age of 18, and some were in their early twenties.',
    found: [['under the age of 18', { kind: 'age', approx: 'less-than', value: 18, low: null, high: 18 }], ['their early twenties', { kind: 'age', low: 20, high: 23, words: true }]] },
  { text: 'The rebels want 50 of their own prisoners freed.', found: [['50', { kind: 'count', counted: 'prisoners' }]] },
];

const other: Case[] = [
  // Sport
  { text: 'Leicester won the league by 10 points and Djokovic took his sixth Australian Open title.',
    found: [['10', { kind: 'count', counted: 'points' }], ['sixth', { kind: 'ordinal', value: 6 }]] },
  { text: 'The winner covered the last 10 miles in 52 minutes.',
    found: [['10 miles', { kind: 'distance', unit: 'mi', km: 16.09344 }], ['52 minutes', { kind: 'duration', unit: 'minutes', value: 52 }]] },
  { text: 'The 33-year-old striker scored twice in the second half.',
    found: [['33-year-old', { kind: 'age', value: 33, counted: 'striker' }], ['second', { kind: 'ordinal' }]] },
  // Business
  { text: 'Shares fell 2.5 percent to $31.20 after the company cut 1,500 jobs.',
    found: [['2.5 percent', { kind: 'percent', value: 2.5, unit: '%' }], ['$31.20', { kind: 'money', value: 31.2, unit: 'USD' }], ['1,500', { kind: 'count', counted: 'jobs' }]] },
  { text: 'The deal values the unit at $2 million, or roughly £1.4m.',
    found: [['$2 million', { kind: 'money', value: 2e6, unit: 'USD' }], ['roughly £1.4m', { kind: 'money', value: 1.4e6, unit: 'GBP', approx: 'about' }]] },
  { text: 'The firm expects revenue of €20-30 million in 2017.',
    found: [['€20-30 million', { kind: 'money', value: null, low: 2e7, high: 3e7, unit: 'EUR' }], ['2017', { kind: 'year' }]] },
  { text: 'Unemployment rose from 5.1 percent to 5.4 percent.',
    found: [['5.1 percent', { kind: 'percent', value: 5.1 }], ['5.4 percent', { kind: 'percent', value: 5.4 }]] },
  { text: 'The ransom was two million dollars; the fine was 500 euros and 40,000 roubles.',
    found: [['two million dollars', { kind: 'money', value: 2e6, unit: 'USD', words: true }], ['500 euros', { kind: 'money', value: 500, unit: 'EUR' }], ['40,000 roubles', { kind: 'money', value: 40000, unit: 'RUB' }]] },
  { text: 'The central bank raised rates by 25 basis points, its first move since 2006.',
    found: [['25', { kind: 'count', counted: 'basis points' }], ['first', { kind: 'ordinal' }], ['2006', { kind: 'year' }]] },
  { text: 'The 2016-17 budget sets aside 90% of revenue for wages.',
    found: [['2016-17', { kind: 'year', low: 2016, high: 2017 }], ['90%', { kind: 'percent', value: 90 }]] },
  { text: 'Tickets cost $15-$20 and sold out in three days.',
    found: [['$15-$20', { kind: 'money', low: 15, high: 20 }], ['three days', { kind: 'duration', value: 3, unit: 'days' }]] },
];

describe('parseQuantities', () => {
  describe('conflict reporting', () => {
    for (const c of conflict) it(c.text, () => check(c));
  });
  describe('sport and business news', () => {
    for (const c of other) it(c.text, () => check(c));
  });
  it('offsets spans, counted nouns and anchors by the segment start', () => {
    const text = 'Fighting went on. Bartella lies 22km east of Mosul.';
    const segment = text.slice(18);
    const [q] = parseQuantities(segment, 18);
    assert.ok(q);
    const view = viewQuantity(text, q);
    assert.deepEqual(view.span, [32, 36, '22km']);
    assert.deepEqual([view.attrs.anchor, view.attrs.direction, view.attrs.km], ['Mosul', 'E', 22]);
  });
  it('reads nothing from text without numbers', () => {
    assert.deepEqual(parseQuantities('Troops entered the district on Tuesday.'), []);
    assert.deepEqual(parseQuantities(''), []);
  });
});
