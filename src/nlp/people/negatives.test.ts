import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentions } from './fixtures/analyse.js';

// Capitalised words that are not people: places, organisations, outlets,
// actors, months, titles without a name, companies that "say" things, and
// the names of shows and songs. None may become a person mention.
const notPeople: string[] = [
  'Islamic State fighters attacked the town on Monday, CNN reported.',
  'Saudi Arabia confirmed it had sent jets to Incirlik air base.',
  'Trend Micro said the malware had spread to hospitals in three countries.',
  'The British-based Observatory said 12 people had died in the shelling.',
  'Students fled Bacha Khan University after gunmen scaled its walls.',
  'Shops on Omar Mukhtar Street in Benghazi reopened on Sunday.',
  'Fighting was reported in Ali Rash village, southeast of Mosul.',
  "The company's Chief Financial Officer resigned in March.",
  "The Trade Representative's office declined to comment.",
  'Polls close at 8 p.m. CDT on Tuesday.',
  'Human Rights Watch said the strikes on the market were unlawful.',
  'Traffic was diverted from Sheikh Zayed Road after the blast.',
  'Doctors at King Fahd Hospital treated 40 people for burns.',
  'The Syrian Observatory for Human Rights reported 30 dead in Deir al-Zor.',
  'Mosul Dam engineers warned that the structure could collapse.',
  'Voters in New York and Los Angeles queued for hours in the rain.',
  'The Houthis and the Saudi-led coalition agreed to a truce in Hodeidah.',
  'Months after the Hezbollah commander was killed, Beirut remained tense.',
  'On Monday Iraqi forces entered the Gogjali district of eastern Mosul.',
  'The Taliban took Kunduz in September, the second provincial capital to fall.',
  'Amnesty International said it had documented dozens of executions in Sednaya.',
  'The Kremlin said Russian jets would keep striking targets near Palmyra.',
  'Reuters could not verify the footage, which was posted on YouTube.',
  'The Wagner Group withdrew from Bakhmut in June.',
  'A Native American woman led the march to the capitol.',
  'Fans of Man Alive will have to wait until May for the new series.',
  'Deir al-Adas was shelled again, activists said.',
];

describe('people: negative cases', () => {
  for (const text of notPeople) {
    it(text, () => {
      assert.deepEqual(
        mentions(text).map(([s, e, q]) => [s, e, q]),
        [],
      );
    });
  }
});
