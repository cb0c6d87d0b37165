import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreQuotes } from './score-quotes.js';
import { gold, spanOf, systemQuote } from './test-support/records.js';

// Our own report in the style of a wire story whose curly marks were lost as "?".
const TEXT =
  'The governor, Nofal Hammadi, told reporters in Erbil: ?The roads to the south are open again and the first aid convoys have left.? ' +
  '“We are deeply concerned about the safety of civilians,” said Stéphane Dujarric, spokesman for the UN secretary-general.\n' +
  '“We expect more families to return\nbefore winter,” Hammadi said. Abdul Rahman al-Sheikh, a shopkeeper, said he had not seen the market so full.';

const g = gold({
  quotes: [
    { speaker: ['Nofal Hammadi', 'Hammadi'], text: 'The roads to the south are open again' },
    { speaker: ['Stéphane Dujarric', 'Dujarric'], text: 'We are deeply concerned about the safety of civilians' },
    { speaker: ['Nofal Hammadi', 'Hammadi'], text: 'We expect more families to return before winter' },
  ],
});

describe('scoreQuotes', () => {
  it('finds a gold quote inside a system quote despite broken "?" marks, curly marks and line breaks', () => {
    const quotes = [
      systemQuote(TEXT, '?The roads to the south are open again and the first aid convoys have left.?', 'Nofal Hammadi'),
      systemQuote(TEXT, '“We are deeply concerned about the safety of civilians,”', 'Stéphane Dujarric'),
      systemQuote(TEXT, '“We expect more families to return\nbefore winter,”', 'Hammadi'),
    ];
    assert.deepEqual([quotes[0]?.evidence.start, quotes[0]?.evidence.end], [54, 130]);
    const { counts, misses, falsePositives, speakerErrors } = scoreQuotes(g, quotes, TEXT);
    assert.deepEqual(counts, { gold: 3, system: 3, found: 3, matched: 3, speaker: { correct: 3, total: 3 } });
    assert.deepEqual([misses, falsePositives, speakerErrors], [[], [], []]);
  });

  it('misses a gold quote that the system quote only partly holds, and lists the partial quote as a false positive', () => {
    const { counts, misses, falsePositives } = scoreQuotes(g, [systemQuote(TEXT, 'The roads to the south', 'Nofal Hammadi')], TEXT);
    assert.deepEqual([counts.found, counts.matched], [0, 0]);
    assert.deepEqual(misses.map((m) => m.speaker), ['Nofal Hammadi', 'Stéphane Dujarric', 'Nofal Hammadi']);
    assert.deepEqual(falsePositives, [{ speaker: 'Nofal Hammadi', text: 'The roads to the south' }]);
  });

  it('accepts a speaker whose name, or its last words, is a gold alias', () => {
    const right = ['Hammadi', 'Nofal Hammadi', 'Governor Nofal Hammadi', 'NOFAL HAMMADI', 'al-Hammadi'];
    for (const name of right) {
      const { counts } = scoreQuotes(g, [systemQuote(TEXT, 'The roads to the south are open again', name)], TEXT);
      assert.deepEqual(counts.speaker, { correct: 1, total: 1 }, name);
    }
    const only = gold({ quotes: [{ speaker: ['Abdul Rahman al-Sheikh'], text: 'not seen the market' }] });
    const wrong: Array<string | null> = ['Sheikh', 'Abdul Rahman', 'Hammadi', null];
    for (const name of wrong) {
      const { counts, speakerErrors } = scoreQuotes(only, [systemQuote(TEXT, 'he had not seen the market so full', name)], TEXT);
      assert.deepEqual(counts.speaker, { correct: 0, total: 1 }, String(name));
      assert.deepEqual(speakerErrors, [{ text: 'not seen the market', gold: 'Abdul Rahman al-Sheikh', system: name ?? 'none' }]);
    }
  });

  it('counts one system quote holding two gold quotes once on the system side', () => {
    const both = systemQuote(TEXT, 'The roads to the south are open again. We are deeply concerned about the safety of civilians', 'Hammadi');
    const { counts } = scoreQuotes(g, [both], TEXT);
    assert.deepEqual([counts.found, counts.matched, counts.speaker.correct], [2, 1, 1]);
  });

  it('reads a gold quote given as offsets, and reports offsets outside the text', () => {
    const at = spanOf(TEXT, 'The roads to the south are open again');
    const withSpans = gold({ quotes: [{ speaker: ['Hammadi'], span: [at.start, at.end] }, { speaker: ['Hammadi'], span: [5, 100000] }] }, 'erbil.gold.json');
    const { counts, problems } = scoreQuotes(withSpans, [systemQuote(TEXT, 'The roads to the south are open again and', 'Hammadi')], TEXT);
    assert.deepEqual([counts.gold, counts.found], [2, 1]);
    assert.deepEqual(problems, [{ file: 'erbil.gold.json', at: 'quotes[1].span', reason: `[5, 100000] is outside the text (${TEXT.length} characters)`, severity: 'error' }]);
  });

  it('scores no gold and no output as nothing', () => {
    assert.deepEqual(scoreQuotes(gold({}), [], '').counts, { gold: 0, system: 0, found: 0, matched: 0, speaker: { correct: 0, total: 0 } });
  });
});
