import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment.js';

/** Sentences of `text` read as one body paragraph, as `[start, end, quote]`. */
function split(text: string): [number, number, string][] {
  return segment(text, [{ start: 0, end: text.length, role: 'body' }], []).sentences.map((s) => [s.start, s.end, text.slice(s.start, s.end)]);
}

function quotes(text: string): string[] {
  return split(text).map(([, , q]) => q);
}

describe('abbreviations refiner', () => {
  it('keeps ranks wink does not know with their names', () => {
    const text = 'Maj. Gen. Najm al-Jabouri told reporters the town had fallen. Rear Adm. John Kirby declined to comment.';
    assert.deepEqual(split(text), [
      [0, 61, 'Maj. Gen. Najm al-Jabouri told reporters the town had fallen.'],
      [62, 103, 'Rear Adm. John Kirby declined to comment.'],
    ]);
  });

  const oneSentence: [string, string][] = [
    ['stacked ranks', 'Lt. Col. Ahmed Raza said the convoy reached Kandahar at dawn.'],
    ['a general', 'Maj. Gen. Ahmed Taha said the airport road was secured.'],
    ['sergeant major', 'Sgt. Maj. Luis Ortega and Capt. Ana Ruiz met villagers near Tumaco.'],
    ['brigadier', 'Brig. Gen. Yahya Rasool said the bridge at Qayara was repaired.'],
    ['junior ranks', 'Cpl. Ryan Dale and Pvt. Omar Saleh were wounded in Helmand.'],
    ['police ranks', 'Det. Supt. Neil Basu said four men had been arrested in Luton.'],
    ['ambassador', 'Amb. Samantha Power addressed the Security Council on Aleppo.'],
    ['et al.', 'A study by Roberts et al. found the toll was far higher.'],
    ['article', 'The ministry cited Art. 51 of the charter to justify the strikes.'],
    ['civil titles', 'Mr. Kenyatta and Dr. Mukwege spoke at the summit in Nairobi.'],
    ['governor and senator', 'Gov. Ige and Sen. Hirono toured the lava field on Tuesday.'],
    ['abbreviated months', 'The truce began on Feb. 27 and collapsed by Sept. 19, monitors said.'],
    ['month and year', 'Talks resumed in Jan. 2016 after a long pause.'],
    ['numero', 'Resolution No. 2254 was adopted without a vote.'],
    ['place prefixes', 'The patients were moved from Mt. Sinai to a clinic in St. Louis.'],
    ['dotted acronym before a name', 'The U.S. Army said two soldiers were wounded near Tal Afar.'],
    ['dotted acronym before lower case', 'It began in the U.N. compound and spread to the market.'],
    ['hyphenated acronym', 'A U.S.-led coalition jet struck a bridge over the Euphrates.'],
    ['initials', 'J. Smith, a spokesman for the mission, declined to comment.'],
    ['middle initial', 'The letter was signed by Donald J. Trump and Mike R. Pence.'],
    ['clock times', 'The ferry sank at 5 p.m. local time, the coast guard said.'],
    ['company suffix before lower case', 'Shares in Acme Corp. fell 3 percent on Monday.'],
    ['decimals', 'The crater lies 30 kilometers (18.6 miles) south of the city and is 2.5 metres deep.'],
  ];
  for (const [name, text] of oneSentence) {
    it(`does not split: ${name}`, () => assert.deepEqual(split(text), [[0, text.length, text]]));
  }

  const realSplits: [string, string, string[]][] = [
    [
      'acronym ending a sentence before a determiner',
      'The strike was carried out by the U.S. The Pentagon confirmed it on Friday.',
      ['The strike was carried out by the U.S.', 'The Pentagon confirmed it on Friday.'],
    ],
    [
      'acronym ending a sentence before a pronoun',
      'Food was delivered by the U.N. It reached 20,000 people in Madaya.',
      ['Food was delivered by the U.N.', 'It reached 20,000 people in Madaya.'],
    ],
    [
      'month name ending a sentence',
      'The talks were held in Jan. The next round is set for March.',
      ['The talks were held in Jan.', 'The next round is set for March.'],
    ],
    ['"no" as an answer', 'He said no. Then he left the room.', ['He said no.', 'Then he left the room.']],
    [
      'street abbreviation before a new sentence',
      'Protesters marched on Main St. The police watched from a distance.',
      ['Protesters marched on Main St.', 'The police watched from a distance.'],
    ],
    [
      'clock time before a new sentence',
      'The plane left at 4 p.m. It carried 40 passengers.',
      ['The plane left at 4 p.m.', 'It carried 40 passengers.'],
    ],
  ];
  for (const [name, text, expected] of realSplits) {
    it(`still splits: ${name}`, () => assert.deepEqual(quotes(text), expected));
  }
});
