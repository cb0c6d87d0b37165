import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLines } from './lines.js';
import { findLineTimestamp, parsePublished } from './timestamp.js';
import { findTitle } from './title.js';

/** The title of `text` as [start, end, quote]. */
function titleOf(text: string, metaTitle: string | null = null): [number, number, string] | null {
  const first = splitLines(text)[0];
  const stamp = first ? findLineTimestamp(text, first, parsePublished('2016-11-01')) : null;
  const title = findTitle(text, first, stamp?.headEnd ?? null, metaTitle);
  return title ? [title.start, title.end, text.slice(title.start, title.end)] : null;
}

describe('findTitle', () => {
  it('takes the first line without its glued timestamp', () => {
    const text = 'ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City November 0112:32\n\nIraqi forces fought on.';
    assert.deepEqual(titleOf(text), [0, 62, 'ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City']);
  });

  it('skips leading blank lines and trailing spaces', () => {
    const text = '\n  Turkey shells Syrian Kurds for second day  \nBEIRUT - Turkish artillery fired on Sunday.';
    assert.deepEqual(titleOf(text), [3, 44, 'Turkey shells Syrian Kurds for second day']);
  });

  it('accepts a question as a title', () => {
    assert.deepEqual(titleOf('Can the truce in Idlib hold?\nTalks resume on Monday.'), [0, 28, 'Can the truce in Idlib hold?']);
  });

  it('requires the first line to repeat a title the source gave', () => {
    const text = 'Suicide bomber kills 13 people in eastern Afghanistan: officials &#8211; Reuters\n\nJALALABAD - A bomber struck.';
    assert.deepEqual(titleOf(text, 'Suicide bomber kills 13 people in eastern Afghanistan: officials – Reuters')?.[2], text.split('\n')[0]);
    assert.equal(titleOf('Witnesses described a deafening boom\n\nMore text.', 'Crane collapses in Manhattan'), null);
  });

  const negatives = [
    'Iraqi forces fought against Islamic State militants in Gogjali on Tuesday.\nMore text.',
    'A single line with no line break after it',
    'November 0112:32\nIraqi forces fought on.',
    'Blizzard conditions in Cleveland Park, DC, on February 10, 2010. (Ian Livingston)\nMore text.',
    `${'Very long opening line '.repeat(12)}\nMore text.`,
    '— Patrick Lenton (@PatrickLenton) April 5, 2016\nMore text.',
    '\n\n',
  ];
  for (const text of negatives) {
    it(`finds no title in ${JSON.stringify(text.slice(0, 50))}`, () => assert.equal(titleOf(text), null));
  }
});
