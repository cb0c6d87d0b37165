import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment.js';

function quotes(text: string): string[] {
  return segment(text, [{ start: 0, end: text.length, role: 'body' }], []).sentences.map((s) => text.slice(s.start, s.end));
}

describe('enclosures refiner', () => {
  it('keeps a quoted passage of two sentences in one sentence', () => {
    const text = 'He said "we will hold the bridge. They will not pass." Then the line went dead.';
    const result = segment(text, [{ start: 0, end: text.length, role: 'body' }], []);
    assert.deepEqual(
      result.sentences.map((s) => [s.start, s.end, text.slice(s.start, s.end)]),
      [
        [0, 54, 'He said "we will hold the bridge. They will not pass."'],
        [55, 79, 'Then the line went dead.'],
      ],
    );
  });

  const cases: [string, string, string[]][] = [
    [
      'a quotation broken by encoding',
      'Iraqi Prime Minister Haider al-Abadi called for militants to ?surrender or die.? The deadline passes on Friday.',
      [
        'Iraqi Prime Minister Haider al-Abadi called for militants to ?surrender or die.?',
        'The deadline passes on Friday.',
      ],
    ],
    [
      'a multi-sentence quotation with its attribution',
      '“We will retake the city. It is only a matter of days,” the general said. Shelling continued overnight.',
      ['“We will retake the city. It is only a matter of days,” the general said.', 'Shelling continued overnight.'],
    ],
    [
      'single quotes',
      '‘We have no water. The children are sick,’ said a mother in Taiz. Aid trucks were turned back.',
      ['‘We have no water. The children are sick,’ said a mother in Taiz.', 'Aid trucks were turned back.'],
    ],
    [
      'a parenthesis holding a question',
      'The minister (was he ever told? nobody knows) resigned on Monday.',
      ['The minister (was he ever told? nobody knows) resigned on Monday.'],
    ],
    [
      'separate quotations stay separate',
      '“The road is open,” he said. “Aid can move again.”',
      ['“The road is open,” he said.', '“Aid can move again.”'],
    ],
    [
      'a quotation left open for the next paragraph',
      '“We will not leave our homes. The army must protect us. Nobody else will.',
      ['“We will not leave our homes.', 'The army must protect us.', 'Nobody else will.'],
    ],
    [
      'apostrophes are not quotation marks',
      'The soldiers’ families waited at the gate. The army’s statement came late.',
      ['The soldiers’ families waited at the gate.', 'The army’s statement came late.'],
    ],
    ['real questions', 'Will the truce hold? Few analysts think so.', ['Will the truce hold?', 'Few analysts think so.']],
    [
      'a closing mark wink put in the next sentence',
      'Le Drian a dit : « Nous ne reculerons pas. » The talks ended.',
      ['Le Drian a dit : « Nous ne reculerons pas. »', 'The talks ended.'],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(quotes(text), expected));
  }
});
