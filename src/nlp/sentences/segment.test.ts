import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment, type ParagraphInput } from './segment.js';

type Role = ParagraphInput['role'];

/** Paragraphs of `text` separated by blank lines, with the given roles. */
function paragraphs(text: string, roles: Role[]): ParagraphInput[] {
  const out: ParagraphInput[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, role: roles[out.length] ?? 'body' });
  }
  return out;
}

function sentenceSpans(text: string, result: ReturnType<typeof segment>): [number, number, string][] {
  return result.sentences.map((s) => [s.start, s.end, text.slice(s.start, s.end)]);
}

describe('segment', () => {
  it('takes a headline without a final period as one sentence', () => {
    const text = 'Iraqi forces retake Gogjali district\n\nTroops entered the district on Tuesday.';
    const result = segment(text, paragraphs(text, ['headline', 'body']), []);
    assert.deepEqual(sentenceSpans(text, result), [
      [0, 36, 'Iraqi forces retake Gogjali district'],
      [38, 77, 'Troops entered the district on Tuesday.'],
    ]);
    assert.deepEqual(
      result.sentences.map((s) => s.attrs),
      [
        { paragraph: 0, role: 'headline' },
        { paragraph: 1, role: 'body' },
      ],
    );
  });

  it('never lets a sentence cross a line break inside a paragraph', () => {
    const text = 'Floods hit Sindh province\nA boy wades through water near Sukkur';
    const result = segment(text, paragraphs(text, ['caption']), []);
    assert.deepEqual(sentenceSpans(text, result), [
      [0, 25, 'Floods hit Sindh province'],
      [26, 63, 'A boy wades through water near Sukkur'],
    ]);
  });

  it('gives bylines and boilerplate paragraphs no sentences or tokens', () => {
    const text = 'By Jane Doe and Ali Hassan\n\nShare this article\n\nThe dam burst at night.';
    const result = segment(text, paragraphs(text, ['byline', 'boilerplate', 'body']), []);
    assert.deepEqual(sentenceSpans(text, result), [[48, 71, 'The dam burst at night.']]);
    assert.ok(result.tokens.every((t) => t.start >= 48));
  });

  it('skips boilerplate inside a readable paragraph', () => {
    const text = 'Rescuers search the rubble in Amatrice. Picture: AP Photo/Jane Doe';
    const credit = { start: 40, end: text.length };
    const result = segment(text, paragraphs(text, ['caption']), [credit]);
    assert.deepEqual(sentenceSpans(text, result), [[0, 39, 'Rescuers search the rubble in Amatrice.']]);
    assert.ok(result.tokens.every((t) => t.end <= 39));
  });

  it('resumes after boilerplate in the middle of a line', () => {
    const text = 'The bridge fell. Also read: Floods in Chennai The river rose again.';
    const result = segment(text, paragraphs(text, ['body']), [{ start: 17, end: 45 }]);
    assert.deepEqual(sentenceSpans(text, result), [
      [0, 16, 'The bridge fell.'],
      [46, 67, 'The river rose again.'],
    ]);
  });

  it('gives tokens their part of speech, a normalised form and their sentence', () => {
    const text = 'Troops didn’t retreat. Rebels fled.';
    const result = segment(text, paragraphs(text, ['body']), []);
    assert.deepEqual(
      result.tokens.map((t) => [t.start, t.end, text.slice(t.start, t.end), t.attrs.norm, t.attrs.sentence]),
      [
        [0, 6, 'Troops', 'troops', 0],
        [7, 10, 'did', 'did', 0],
        [10, 13, 'n’t', "n't", 0],
        [14, 21, 'retreat', 'retreat', 0],
        [21, 22, '.', '.', 0],
        [23, 29, 'Rebels', 'rebels', 1],
        [30, 34, 'fled', 'fled', 1],
        [34, 35, '.', '.', 1],
      ],
    );
    assert.deepEqual(
      result.tokens.map((t) => t.attrs.pos),
      ['PROPN', 'AUX', 'PART', 'VERB', 'PUNCT', 'PROPN', 'VERB', 'PUNCT'],
    );
  });

  it('keeps dateline tokens out of the first sentence', () => {
    const text = 'SANAA, Yemen (Reuters) - Air strikes hit the capital.';
    const result = segment(text, paragraphs(text, ['body']), []);
    assert.deepEqual(sentenceSpans(text, result), [[25, 53, 'Air strikes hit the capital.']]);
    assert.equal(result.tokens[0]?.start, 25);
  });

  it('reports nothing for ordinary text and returns nothing for no paragraphs', () => {
    const text = 'Quiet day in Kyiv.';
    assert.deepEqual(segment(text, paragraphs(text, ['body']), []).messages, []);
    assert.deepEqual(segment(text, [], []), { sentences: [], tokens: [], datelines: [], messages: [] });
  });
});
