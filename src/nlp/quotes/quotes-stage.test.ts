import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, quotes } from './fixtures/analyse.js';

type Row = [number, number, string, string | null, string | null, string | null, boolean];

// Our own sentences, one per phenomenon: every quotation with its words
// (offsets without marks), speaker, cue, outlet and whether it is direct.
const cases: Array<{ name: string; text: string; quotes: Row[] }> = [
  {
    name: 'a quotation split by "said X": both halves are the same speaker',
    text: '“The bridge is gone,” said Ahmed Salim, a farmer from Tal Afar. “We crossed the river by boat.”',
    quotes: [
      [1, 20, 'The bridge is gone,', 'person:Ahmed Salim', 'said', null, true],
      [65, 94, 'We crossed the river by boat.', 'person:Ahmed Salim', null, null, true],
    ],
  },
  {
    name: 'a quotation of several sentences, told to an outlet',
    text: '“We waited for three days. Nobody came. Then the shelling started,” Fatima Ali, 41, told Reuters.',
    quotes: [[1, 66, 'We waited for three days. Nobody came. Then the shelling started,', 'person:Fatima Ali', 'told', 'Reuters', true]],
  },
  {
    name: 'recovered `?` marks beside a real question',
    text: 'Governor Ahmed Salim asked why the convoy had not arrived. Would it come at all? He urged residents to ?stay indoors.? and waited.',
    quotes: [[104, 117, 'stay indoors.', 'person:Ahmed Salim', 'urged', null, true]],
  },
  {
    name: 'a generic source telling an outlet',
    text: '“The army has left the village,” a resident told Reuters by phone.',
    quotes: [[1, 31, 'The army has left the village,', 'source:resident', 'told', 'Reuters', true]],
  },
  {
    name: 'a fragment attributed with "according to"',
    text: 'The wall is “almost finished”, according to Interior Minister Ahmed Salim.',
    quotes: [[13, 28, 'almost finished', 'person:Ahmed Salim', 'according to', null, true]],
  },
  {
    name: 'a pronoun speaker resolved to the person named before',
    text: 'Colonel Karim Haddad spoke after the ceremony. “We will not withdraw,” he said.',
    quotes: [[48, 69, 'We will not withdraw,', 'person:Karim Haddad', 'said', null, true]],
  },
  {
    name: 'two speakers alternating',
    text: '“We have no water,” said Fatima Ali, a nurse. “The pumps were hit on Monday,” said her colleague Omar Nasser. “Nobody has come to repair them,” she added.',
    quotes: [
      [1, 18, 'We have no water,', 'person:Fatima Ali', 'said', null, true],
      [47, 76, 'The pumps were hit on Monday,', 'person:Omar Nasser', 'said', null, true],
      [111, 142, 'Nobody has come to repair them,', 'person:Fatima Ali', 'added', null, true],
    ],
  },
  {
    name: 'the speaker before a colon',
    text: 'Prime Minister Ahmed Salim said: “The operation is over.”',
    quotes: [[34, 56, 'The operation is over.', 'person:Ahmed Salim', 'said', null, true]],
  },
  {
    name: 'an outlet that reported the words is the outlet, never the speaker',
    text: '“We are surrounded,” the commander told a local radio station, CNN reported.',
    quotes: [[1, 19, 'We are surrounded,', 'source:commander', 'told', 'CNN', true]],
  },
  {
    name: "a fragment of someone's words inside a sentence",
    text: 'Senator Ahmed Salim called the deal “a disaster” and urged a vote.',
    quotes: [[37, 47, 'a disaster', 'person:Ahmed Salim', 'called', null, true]],
  },
  {
    name: '"the statement" names the group that issued it',
    text: 'The Taliban said in a statement that the attack had succeeded. “Our fighters entered the compound,” the statement said.',
    quotes: [[64, 98, 'Our fighters entered the compound,', 'actor:Taliban', 'said', null, true]],
  },
  {
    name: 'a paragraph of quotation after a paragraph of reported speech',
    text: 'Fatima Ali said the clinic had run out of insulin.\n\n“We ration what is left. Some patients will not survive the week.”',
    quotes: [[53, 117, 'We ration what is left. Some patients will not survive the week.', 'person:Fatima Ali', null, null, true]],
  },
  {
    name: 'an attribution the sentence splitter cut off after "!"',
    text: '“Enough is enough!” Ahmed Salim said on Twitter.',
    quotes: [[1, 18, 'Enough is enough!', 'person:Ahmed Salim', 'said', null, true]],
  },
  {
    name: 'an organisation as speaker',
    text: 'The Syrian Foreign Ministry called the strikes “a flagrant violation”.',
    quotes: [[48, 68, 'a flagrant violation', 'actor:Syrian Foreign Ministry', 'called', null, true]],
  },
  {
    name: 'a question quoted after a colon',
    text: 'Ahmed Salim asked: “Why did nobody come?” Nobody answered.',
    quotes: [[20, 40, 'Why did nobody come?', 'person:Ahmed Salim', 'asked', null, true]],
  },
];

// Quotation marks around something nobody says: scare quotes, names, titles,
// headings. They stay in the layer, not direct and without a speaker.
const notSpeech: Array<{ name: string; text: string; quotes: Row[] }> = [
  { name: 'scare quotes around one word', text: 'Mosul is where the group declared a “caliphate” in 2014.', quotes: [[37, 46, 'caliphate', null, null, null, false]] },
  { name: 'a so-called name', text: 'The so-called “Islamic Army” claimed the attack.', quotes: [[15, 27, 'Islamic Army', null, null, null, false]] },
  { name: 'a film title', text: 'The film “Zero Dark Thirty” was shown in Kabul.', quotes: [[10, 26, 'Zero Dark Thirty', null, null, null, false]] },
  { name: 'a song title', text: 'Crowds sang “Ya Baladi” in Tahrir Square.', quotes: [[13, 22, 'Ya Baladi', null, null, null, false]] },
  { name: 'a quoted heading between paragraphs', text: 'Residents returned to the market.\n\n“NO RETREAT”\n\nThe army held the bridge.', quotes: [[36, 46, 'NO RETREAT', null, null, null, false]] },
  {
    name: 'a chant quoted in a headline',
    text: 'Protesters chant “Down with the regime” in Khartoum\n\nThousands marched on Friday.',
    quotes: [[18, 38, 'Down with the regime', null, null, null, false]],
  },
  { name: 'a phrase in quotes with no one to say it', text: 'The “safe zone” was shelled twice on Tuesday.', quotes: [[5, 14, 'safe zone', null, null, null, false]] },
  { name: 'real question marks', text: 'Why did the convoy stop? Nobody knew, and nobody asked?', quotes: [] },
];

describe('quotes: direct quotations and their speakers', () => {
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(quotes(c.text), c.quotes));
  }
});

describe('quotes: negative cases', () => {
  for (const c of notSpeech) {
    it(c.name, () => assert.deepEqual(quotes(c.text), c.quotes));
  }
});

describe('quotes: annotations', () => {
  it('span the marks and record the speaker, cue and recovered marks', () => {
    const doc = analyse('Governor Ahmed Salim urged residents to ?stay indoors.? on Sunday.');
    const [q] = doc.layer('quote');
    assert.ok(q);
    assert.deepEqual([q.start, q.end, q.quote], [40, 55, '?stay indoors.?']);
    assert.equal(q.attrs.recovered, true);
    assert.equal(q.attrs.kind, 'fragment');
    assert.deepEqual(q.attrs.speakerSpan, { start: 9, end: 20 });
    assert.deepEqual(q.attrs.cueSpan, { start: 21, end: 26 });
    assert.equal(doc.text.slice(q.attrs.speakerSpan!.start, q.attrs.speakerSpan!.end), 'Ahmed Salim');
    assert.deepEqual(q.attrs.speaker, {
      kind: 'person',
      name: 'Ahmed Salim',
      personId: 'person-ahmed-salim',
      title: 'Governor',
      role: null,
      affiliation: null,
      side: null,
      actor: null,
    });
  });

  it('give a direct quotation with a speaker an attribution over its words', () => {
    const doc = analyse('“The road is open,” said Colonel Karim Haddad.');
    const direct = doc.layer('attribution').filter((a) => a.attrs.direct);
    assert.deepEqual(
      direct.map((a) => [a.start, a.end, a.quote, a.attrs.speaker?.name, a.attrs.cue]),
      [[1, 18, 'The road is open,', 'Karim Haddad', 'said']],
    );
  });
});
