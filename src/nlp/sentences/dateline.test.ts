import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titleCase } from './dateline.js';
import { segment, type ParagraphInput } from './segment.js';

/** Reads `paragraphs` (joined by blank lines) as a headline then body paragraphs. */
function read(...paragraphs: string[]) {
  const text = ['Headline of the report', ...paragraphs].join('\n\n');
  const ranges: ParagraphInput[] = [];
  let at = 0;
  for (const [i, p] of ['Headline of the report', ...paragraphs].entries()) {
    ranges.push({ start: at, end: at + p.length, role: i === 0 ? 'headline' : 'body' });
    at += p.length + 2;
  }
  const result = segment(text, ranges, []);
  const datelines = result.datelines.map((d) => ({ span: [d.start, d.end, text.slice(d.start, d.end)], ...d.attrs }));
  const firstBody = result.sentences.find((s) => s.attrs.role === 'body');
  return { datelines, firstSentence: firstBody && text.slice(firstBody.start, firstBody.end) };
}

describe('datelines', () => {
  it('reads place and agency, and starts the sentence after the dash', () => {
    const { datelines, firstSentence } = read('BAGHDAD (Reuters) - A car bomb killed at least 12 people in a market on Sunday.');
    assert.deepEqual(datelines, [
      { span: [24, 43, 'BAGHDAD (Reuters) -'], place: 'Baghdad', country: null, agency: 'Reuters', date: null },
    ]);
    assert.equal(firstSentence, 'A car bomb killed at least 12 people in a market on Sunday.');
  });

  const found: [string, string, { place: string; country: string | null; agency: string | null; date?: string }][] = [
    ['MOSUL, Iraq — Iraqi troops pushed into the Gogjali district on Tuesday.', 'MOSUL, Iraq —', { place: 'Mosul', country: 'Iraq', agency: null }],
    ['KABUL (AP) — A suicide bomber struck a bus carrying court staff.', 'KABUL (AP) —', { place: 'Kabul', country: null, agency: 'AP' }],
    ['ADEN, Yemen (Reuters) - Gunmen killed a senior security official.', 'ADEN, Yemen (Reuters) -', { place: 'Aden', country: 'Yemen', agency: 'Reuters' }],
    ['WASHINGTON — The Senate passed the spending bill late on Friday.', 'WASHINGTON —', { place: 'Washington', country: null, agency: null }],
    ['CAIRO—Egypt reopened the Rafah crossing for three days.', 'CAIRO—', { place: 'Cairo', country: null, agency: null }],
    ['GREENVILLE, S.C. -- Voters lined up before dawn.', 'GREENVILLE, S.C. --', { place: 'Greenville', country: 'S.C.', agency: null }],
    ['SEOUL, SOUTH KOREA — The North fired two missiles into the sea.', 'SEOUL, SOUTH KOREA —', { place: 'Seoul', country: 'South Korea', agency: null }],
    ['WINSTON-SALEM, N.C. (AP) — A judge upheld the voter ID law.', 'WINSTON-SALEM, N.C. (AP) —', { place: 'Winston-Salem', country: 'N.C.', agency: 'AP' }],
    ['ST. LOUIS - Flood waters crested on the Mississippi.', 'ST. LOUIS -', { place: 'St. Louis', country: null, agency: null }],
    ['NEW YORK (Thomson Reuters Foundation) - Tenants sued the city.', 'NEW YORK (Thomson Reuters Foundation) -', { place: 'New York', country: null, agency: 'Thomson Reuters Foundation' }],
    ['BEIRUT/MOSCOW - Russian jets struck rebel towns near Aleppo.', 'BEIRUT/MOSCOW -', { place: 'Beirut/Moscow', country: null, agency: null }],
    ['GENEVA, March 17 (Reuters) - Peace talks resumed without the opposition.', 'GENEVA, March 17 (Reuters) -', { place: 'Geneva', country: null, agency: 'Reuters', date: 'March 17' }],
    ['NEW DELHI: Floods in Assam displaced 400,000 people.', 'NEW DELHI:', { place: 'New Delhi', country: null, agency: null }],
    ['JUBA Government troops and rebels clashed near the airport.', 'JUBA', { place: 'Juba', country: null, agency: null }],
    ['MAIDUGURI, Nigeria Boko Haram fighters raided a village overnight.', 'MAIDUGURI, Nigeria', { place: 'Maiduguri', country: 'Nigeria', agency: null }],
    ['THE HAGUE Judges sentenced the former commander to 40 years.', 'THE HAGUE', { place: 'The Hague', country: null, agency: null }],
    ['UNITED NATIONS The Security Council extended the mission in Mali.', 'UNITED NATIONS', { place: 'United Nations', country: null, agency: null }],
    ['LONDON HSBC is cutting 4,000 jobs in Britain.', 'LONDON', { place: 'London', country: null, agency: null }],
  ];
  for (const [paragraph, quote, attrs] of found) {
    it(`finds ${quote}`, () => {
      const { datelines, firstSentence } = read(paragraph);
      assert.deepEqual(datelines, [{ span: [24, 24 + quote.length, quote], date: null, ...attrs }]);
      assert.equal(firstSentence, paragraph.slice(quote.length).trim());
    });
  }

  const notDatelines: [string, string][] = [
    ['an acronym with a hyphen', 'U.S.-led coalition jets struck a bridge in Raqqa.'],
    ['a dotted acronym before a name', 'U.S. West Texas crude fell 2 percent.'],
    ['a place as the subject', 'CAIRO is a city of twenty million people.'],
    ['a newspaper name', 'WASHINGTON POST reported that the deal was close.'],
    ['a longer newspaper name', 'NEW YORK TIMES reporters were expelled from the country.'],
    ['an alliance', 'NATO Secretary General Jens Stoltenberg said allies would respond.'],
    ['a demonym in capitals', 'IRAQI Prime Minister Haider al-Abadi visited the front.'],
    ['a determiner in capitals', 'THE Islamic State group claimed the attack.'],
    ['a possessive in capitals', 'IRAQ’S special forces have entered the outskirts of Mosul.'],
    ['a preposition in capitals', 'AFTER Monday’s attack, schools stayed shut.'],
    ['a number in capitals', 'ONE World Trade Center was lit in blue.'],
    ['a file photo label', 'FILE - In this 2015 photo, a soldier stands guard in Aleppo.'],
    ['an update label', 'UPDATE: The death toll has risen to 31.'],
    ['a group name with a colon', 'ISLAMIC STATE: Fighters withdrew from Dabiq.'],
    ['a broadcaster without vowels', 'CNN: The blast was heard across the city.'],
    ['a hyphenated compound', 'CAIRO-based analysts doubted the claim.'],
    ['a rank', 'Maj. Gen. Ahmed said the town was retaken.'],
    ['ordinary prose', 'Rebels shelled the airport on Sunday.'],
  ];
  for (const [name, paragraph] of notDatelines) {
    it(`finds none in ${name}`, () => assert.deepEqual(read(paragraph).datelines, []));
  }

  it('reads a dash-less or colon dateline only in the first body paragraph', () => {
    const result = read('Rebels shelled the airport on Sunday.', 'KABUL Afghan forces said the pass was reopened.', 'THE PLAYER: A striker who scored twice.');
    assert.deepEqual(result.datelines, []);
  });

  it('reads a dateline with a dash in a later paragraph, as live blogs have', () => {
    const result = read('Rebels shelled the airport on Sunday.', 'MOSUL, Iraq — Troops entered the Karama district.');
    assert.deepEqual(result.datelines.map((d) => d.span), [[63, 76, 'MOSUL, Iraq —']]);
  });

  it('title-cases names written in capitals only', () => {
    assert.equal(titleCase('SOUTH KOREA'), 'South Korea');
    assert.equal(titleCase('WINSTON-SALEM'), 'Winston-Salem');
    assert.equal(titleCase('N.H.'), 'N.H.');
    assert.equal(titleCase('Iraq'), 'Iraq');
  });
});
