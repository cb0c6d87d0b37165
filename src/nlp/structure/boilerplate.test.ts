import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineBoilerplate, tailBoilerplate } from './boilerplate.js';
import type { BoilerplateKind } from './layers.js';
import { splitLines } from './lines.js';

describe('lineBoilerplate', () => {
  const positives: Array<[string, BoilerplateKind]> = [
    ['Source', 'source-line'],
    ['Source: AP', 'source-line'],
    ['Source:AP', 'source-line'],
    ['Also read', 'also-read'],
    ['Also read: How the 1999 Izmit earthquake changed building rules', 'also-read'],
    ['READ MORE: Grim toll mounts in detention centres', 'also-read'],
    ['Read more', 'also-read'],
    ['Related: Aid convoys struggle to reach northwest Syria', 'related'],
    ['RELATED VIDEOS:', 'related'],
    ['RECOMMENDED: Militants attack border post, 50 killed', 'related'],
    ['Share this article', 'share'],
    ['Follow us on Twitter @ExampleNewsDesk', 'share'],
    ['Follow @MattDPearce for national news', 'share'],
    ['See more of our top stories on Facebook >>', 'share'],
    ['© 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'copyright'],
    ['Copyright 2016 Example News Group', 'copyright'],
    ['Continue reading the main story', 'other'],
    ['Story highlights', 'other'],
    ['Advertisement', 'other'],
    ['toggle caption', 'other'],
    ['___', 'other'],
    ['Slide: 4 / of 6 .', 'other'],
  ];
  for (const [line, kind] of positives) {
    it(`marks ${JSON.stringify(line.slice(0, 50))} as ${kind}`, () => assert.equal(lineBoilerplate(line), kind));
  }

  const negatives = [
    'Sources said the attack began before dawn.',
    'Sources close to the negotiations said no deal was expected.',
    'Also, the army said it had retaken two villages.',
    'Also on Tuesday, troops entered the eastern districts.',
    'Related talks in Geneva broke down last month.',
    'Shares in Turkish banks fell sharply after the announcement.',
    'Follow-up talks are planned for next week.',
    'Subscribers to the service reported outages in Kyiv.',
    'Reading the statement aloud, the minister paused twice.',
    'The image of the drowned boy was shared around the world.',
    'MINISTER: We will not withdraw from the city',
    'Copying the design, engineers built a second bridge.',
  ];
  for (const line of negatives) {
    it(`leaves ${JSON.stringify(line)} alone`, () => assert.equal(lineBoilerplate(line), null));
  }
});

/** [quote, kind] of the furniture ending the first line of `text`. */
function tailOf(text: string): [string, BoilerplateKind] | null {
  const line = splitLines(text)[0];
  assert.ok(line);
  const hit = tailBoilerplate(text, line);
  return hit ? [text.slice(hit.start, hit.end), hit.kind] : null;
}

describe('tailBoilerplate', () => {
  it('cuts a source tag glued to a caption credit', () => {
    assert.deepEqual(tailOf('Soldiers near Qayara air base. Picture: AP Photo/Felipe DanaSource:AP'), ['Source:AP', 'source-line']);
  });

  it('cuts a "click here" sentence after the story text, or takes the whole line', () => {
    assert.deepEqual(tailOf('Russia raised its output to a record. For a table on OPEC output, click here'), [
      'For a table on OPEC output, click here',
      'other',
    ]);
    assert.deepEqual(tailOf('Click here to sign up for our daily briefing.'), ['Click here to sign up for our daily briefing.', 'other']);
  });

  const negatives = [
    'Source: AP',
    'The source: a ministry official who asked not to be named.',
    'Officials named the source of the leak as a junior clerk.',
    'The minister said the data came from an open source: the census.',
    'Residents said they could not click on the government website for hours.',
  ];
  for (const text of negatives) {
    it(`leaves the end of ${JSON.stringify(text)} alone`, () => assert.equal(tailOf(text), null));
  }
});
