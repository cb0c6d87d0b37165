import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, mentions } from './fixtures/analyse.js';

// Our own sentences from several wars and from non-war news: each named
// person with the title, role, age and affiliation the words give.
interface NameCase {
  text: string;
  name: [number, number, string];
  title: string | null;
  role: string | null;
  age: number | null;
  affiliation: string | null;
}

const names: NameCase[] = [
  {
    text: 'Major General Sami al-Aridi of the Iraqi special forces said his troops had reached the Karama district.',
    name: [14, 27, 'Sami al-Aridi'],
    title: 'Major General',
    role: null,
    age: null,
    affiliation: 'Counter Terrorism Service',
  },
  {
    text: 'Spokeswoman Ravina Shamdasani told reporters in Geneva that the agency had received new reports.',
    name: [12, 29, 'Ravina Shamdasani'],
    title: null,
    role: 'spokeswoman',
    age: null,
    affiliation: null,
  },
  {
    text: 'Emad Hassan, 33, a former policeman, walked for two days to reach the camp at Khazer.',
    name: [0, 11, 'Emad Hassan'],
    title: null,
    role: 'former policeman',
    age: 33,
    affiliation: null,
  },
  {
    text: 'Iraqi Prime Minister Haider al-Abadi visited troops near Qayyarah on Sunday.',
    name: [21, 36, 'Haider al-Abadi'],
    title: 'Prime Minister',
    role: null,
    age: null,
    affiliation: 'Government of Iraq',
  },
  {
    text: 'Colonel John Dorrian, a spokesman for the U.S.-led coalition, told a briefing that air strikes would continue.',
    name: [8, 20, 'John Dorrian'],
    title: 'Colonel',
    role: 'spokesman',
    age: null,
    affiliation: 'US-led coalition',
  },
  {
    text: 'The push began at dawn, Lt. Col. Muhanad al-Timimi told the Associated Press.',
    name: [33, 50, 'Muhanad al-Timimi'],
    title: 'Lieutenant Colonel',
    role: null,
    age: null,
    affiliation: null,
  },
  {
    text: 'The head of the Kurdistan Region Security Council, Masrour Barzani, warned of more attacks.',
    name: [51, 66, 'Masrour Barzani'],
    title: null,
    role: 'head',
    age: null,
    affiliation: 'Kurdistan Region Asayish',
  },
  {
    text: 'Senior General Min Aung Hlaing addressed a parade in Naypyitaw.',
    name: [15, 30, 'Min Aung Hlaing'],
    title: 'Senior General',
    role: null,
    age: null,
    affiliation: 'State Administration Council',
  },
  {
    text: 'Fatima Ali, a 41-year-old teacher from Aleppo, said the school had been hit twice.',
    name: [0, 10, 'Fatima Ali'],
    title: null,
    role: '41-year-old teacher',
    age: 41,
    affiliation: null,
  },
  {
    text: 'Apple chief executive Tim Cook told analysts that sales in China had slowed.',
    name: [22, 30, 'Tim Cook'],
    title: 'Chief Executive',
    role: null,
    age: null,
    affiliation: null,
  },
  {
    text: 'Houthi military spokesman Yahya Saree said the drones had hit an airport in Jizan.',
    name: [26, 37, 'Yahya Saree'],
    title: null,
    role: 'spokesman',
    age: null,
    affiliation: 'Houthis',
  },
  {
    text: 'Ukrainian Defence Minister Oleksii Reznikov met his counterparts in Brussels on Tuesday.',
    name: [27, 43, 'Oleksii Reznikov'],
    title: 'Defence Minister',
    role: null,
    age: null,
    affiliation: 'Government of Ukraine',
  },
  {
    text: 'A spokesman for the rescue workers, Bilal Ahmad Faizi, said nine bodies had been recovered.',
    name: [36, 53, 'Bilal Ahmad Faizi'],
    title: null,
    role: 'spokesman',
    age: null,
    affiliation: null,
  },
];

describe('people: names with titles, roles, ages and affiliations', () => {
  for (const c of names) {
    it(c.name[2], () => {
      const found = mentions(c.text);
      assert.equal(found.length, 1, `one person in: ${c.text}`);
      const [start, end, quote, a] = found[0]!;
      assert.deepEqual([start, end, quote], c.name);
      assert.equal(a.mention, 'full');
      assert.equal(a.full, c.name[2]);
      assert.equal(a.title, c.title);
      assert.equal(a.role, c.role);
      assert.equal(a.age, c.age);
      assert.equal(a.affiliation?.canonical ?? null, c.affiliation);
    });
  }

  it('keeps a stated affiliation apart from one taken from the actor dictionary', () => {
    const [, , , stated] = mentions('Iraqi Prime Minister Haider al-Abadi spoke.')[0]!;
    const [, , , known] = mentions('Prime Minister Haider al-Abadi spoke.')[0]!;
    assert.deepEqual([stated.affiliation?.canonical, stated.affiliation?.stated], ['Government of Iraq', true]);
    assert.deepEqual([known.affiliation?.canonical, known.affiliation?.stated], ['Government of Iraq', false]);
    assert.equal(known.actor, 'haider-al-abadi');
  });

  it('tells gender from titles, roles and given names', () => {
    const genders = mentions('Spokeswoman Ravina Shamdasani met Ahmed Salim and Sheikh Ali Hamid.').map(([, , q, a]) => [q, a.gender]);
    assert.deepEqual(genders, [
      ['Ravina Shamdasani', 'female'],
      ['Ahmed Salim', 'male'],
      ['Ali Hamid', 'male'],
    ]);
  });
});

describe('people: later mentions', () => {
  it('links surnames, with or without the article, and pronouns to the first mention', () => {
    const text =
      'Major General Sami al-Aridi of the Iraqi special forces said troops had stormed the district. ' +
      'Aridi said resistance was fierce. He added that al-Aridi would report to Baghdad.';
    const found = mentions(text).map(([s, e, q, a]) => [s, e, q, a.mention, a.personId]);
    const id = 'person-sami-al-aridi';
    assert.deepEqual(found, [
      [14, 27, 'Sami al-Aridi', 'full', id],
      [94, 99, 'Aridi', 'surname', id],
      [128, 130, 'He', 'pronoun', id],
      [142, 150, 'al-Aridi', 'surname', id],
    ]);
  });

  it('gives a surname to the person last mentioned under it', () => {
    const text = 'Emad Hassan fled Mosul in October. Younes Hassan, a doctor, treated the wounded. Hassan said the ward was full.';
    const [, , , last] = mentions(text).at(-1)!;
    assert.equal(last.mention, 'surname');
    assert.equal(last.full, 'Younes Hassan');
  });

  it('resolves "she" past a man named in between', () => {
    const text =
      'Fatima Ali, a teacher, said the school was closed. Her colleague Omar Nasser said the roads were blocked. ' +
      'She added that the children had nowhere to go.';
    const found = mentions(text).map(([s, e, q, a]) => [s, e, q, a.full]);
    assert.deepEqual(found.at(-1), [106, 109, 'She', 'Fatima Ali']);
  });

  it('prefers the subject of the sentence before', () => {
    const found = mentions('Ahmed Salim met Karim Haddad in Beirut on Monday. He said the talks went well.');
    assert.deepEqual(found.map(([s, e, q, a]) => [s, e, q, a.full]).at(-1), [50, 52, 'He', 'Ahmed Salim']);
  });

  it('abstains, with a message, when two people are equally likely', () => {
    const doc = analyse('Ahmed Salim and Karim Haddad arrived in Beirut on Monday. He said the talks went well.');
    assert.deepEqual(
      doc.layer('person').map((p) => p.quote),
      ['Ahmed Salim', 'Karim Haddad'],
    );
    const message = doc.messages.find((m) => m.ruleId === 'people/ambiguous-pronoun');
    assert.ok(message, 'a message for the pronoun left unresolved');
    assert.deepEqual([message.start, message.end], [58, 60]);
  });

  it('resolves a title standing alone to the person who holds it', () => {
    const text = 'Brigadier General Yahya Rasool said troops had entered the village. The general said resistance was light.';
    const found = mentions(text).map(([s, e, q, a]) => [s, e, q, a.mention, a.full]);
    assert.deepEqual(found.at(-1), [68, 79, 'The general', 'title', 'Yahya Rasool']);
  });

  it('leaves pronouns inside quotations alone', () => {
    const found = mentions('Ahmed Salim said: “He will not come back.”');
    assert.deepEqual(
      found.map(([s, e, q]) => [s, e, q]),
      [[0, 11, 'Ahmed Salim']],
    );
  });

  it('takes the quotation before "he said" as the pronoun\'s context', () => {
    const text = 'Colonel Ahmed Salim spoke to reporters. “The road is open. The bridge is not. We are working on it,” he said.';
    const [, , q, a] = mentions(text).at(-1)!;
    assert.deepEqual([q, a.full], ['he', 'Ahmed Salim']);
  });
});
