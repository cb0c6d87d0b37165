import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineBoilerplate } from './boilerplate.js';
import { splitLines } from './lines.js';
import { findMedia } from './media.js';

/** Every media item of `text` with its caption and credit as quotes. */
function mediaOf(text: string): Array<Record<string, unknown>> {
  const lines = splitLines(text);
  const furniture = lines.map((l) => lineBoilerplate(text.slice(l.start, l.end)) !== null);
  const ctx = { contentEnd: lines.map((l) => l.end), eligible: furniture.map((f) => !f), boilerplate: furniture };
  return findMedia(text, lines, ctx).map((m) => ({
    span: [m.start, m.end, text.slice(m.start, m.end)],
    caption: m.attrs.caption && text.slice(m.attrs.caption.start, m.attrs.caption.end),
    credit: m.attrs.credit && text.slice(m.attrs.credit.start, m.attrs.credit.end),
    kind: m.attrs.kind,
    origin: m.attrs.origin,
    author: m.attrs.author,
    agency: m.attrs.agency,
  }));
}

describe('findMedia', () => {
  it('narrows a caption at the end of a story paragraph to the sentence about the video', () => {
    const text =
      'Troops entered the town on Tuesday. The army called on fighters to surrender. This video, filmed by a local outlet, shows a damaged church. Credit: Facebook/Rudaw English';
    const start = text.indexOf('This video');
    assert.deepEqual(mediaOf(text), [
      {
        span: [start, text.length, text.slice(start)],
        caption: 'This video, filmed by a local outlet, shows a damaged church.',
        credit: 'Facebook/Rudaw English',
        kind: 'video',
        origin: 'Facebook',
        author: null,
        agency: 'Rudaw English',
      },
    ]);
  });

  it('takes a whole caption line before its credit', () => {
    const text = 'Displaced people wait at a checkpoint near Qayara, south of Mosul. Picture: AP Photo/Felipe Dana';
    assert.deepEqual(mediaOf(text), [
      {
        span: [0, text.length, text],
        caption: 'Displaced people wait at a checkpoint near Qayara, south of Mosul.',
        credit: 'AP Photo/Felipe Dana',
        kind: 'photo',
        origin: 'AP Photo',
        author: 'Felipe Dana',
        agency: 'AP',
      },
    ]);
  });

  it('joins a credit alone on its line to the caption above, past caption furniture', () => {
    const text = 'A man walks past a destroyed bakery in Douma.\n\nhide caption\n\nAmer Almohibany/AFP/Getty Images\n\nThe next paragraph.';
    const end = text.indexOf('Images') + 6;
    assert.deepEqual(mediaOf(text), [
      {
        span: [0, end, text.slice(0, end)],
        caption: 'A man walks past a destroyed bakery in Douma.',
        credit: 'Amer Almohibany/AFP/Getty Images',
        kind: 'photo',
        origin: 'Getty Images',
        author: 'Amer Almohibany',
        agency: 'AFP',
      },
    ]);
  });

  it('keeps only the last sentence of a long paragraph whose credit has no caption sentence of its own', () => {
    const text =
      'The strike hit at dawn. Rescuers worked for hours. Six bodies were recovered. A boy sits in the rubble of his home in Idlib. Photo: Omar Haj Kadour, AFP';
    assert.equal(mediaOf(text)[0]?.caption, 'A boy sits in the rubble of his home in Idlib.');
  });

  it('calls footage video and a bare wire credit a photo', () => {
    const text = 'Footage broadcast by state television shows the collapsed bridge. Credit: SANA\n\nA tank in southeast Mosul, IraqREUTERS/Alaa Al-Marjani';
    assert.deepEqual(
      mediaOf(text).map((m) => [m.kind, m.credit, m.caption]),
      [
        ['video', 'SANA', 'Footage broadcast by state television shows the collapsed bridge.'],
        ['photo', 'REUTERS/Alaa Al-Marjani', 'A tank in southeast Mosul, Iraq'],
      ],
    );
  });

  const negatives = [
    'Video shot secretly from a car inside Mosul offers a rare glimpse of the city, CNN reports.',
    'The minister said the figures were wrong (Reuters)',
    'Talks focused on the Israel/Palestine question',
    'The photo was taken by a resident, who asked not to be named.',
    'Credit: the ministry said lenders would be repaid',
  ];
  for (const text of negatives) {
    it(`finds no media in ${JSON.stringify(text)}`, () => assert.deepEqual(mediaOf(text), []));
  }
});
