import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameTails, normalizeName, normalizeQuote } from './normalize.js';

describe('normalizeQuote', () => {
  const same: Array<[string, string]> = [
    ['?surrender or die.?', 'surrender or die.'],
    ['?We will retake the city,? he said', 'We will retake the city, he said'],
    ['“We are staying”', 'We are staying'],
    ['„Wir bleiben“', 'Wir bleiben'],
    ['«Nous restons»', 'Nous restons'],
    ['"The bridge is\n  down"', 'The bridge is down'],
    ['the army’s advance', "the army's advance"],
    ['why wait a week for this ceasefire??', 'why wait a week for this ceasefire?'],
    ['We asked: ?Why now??', 'We asked: Why now?'],
  ];
  for (const [raw, want] of same) it(`reads ${JSON.stringify(raw)} as ${JSON.stringify(want)}`, () => assert.equal(normalizeQuote(raw), want));

  const kept: Array<[string, string]> = [
    ['Why wait?', 'Why wait?'],
    ['Is it over? Nobody knows.', 'Is it over? Nobody knows.'],
    ['score 3 ? 2', 'score 3 ? 2'],
    ['“why are we teaching children who will die next week?”', 'why are we teaching children who will die next week?'],
  ];
  for (const [raw, want] of kept) it(`keeps the real question mark of ${JSON.stringify(raw)}`, () => assert.equal(normalizeQuote(raw), want));
});

describe('normalizeName', () => {
  it('ignores case, spacing and an "al-" article', () => {
    const pairs: Array<[string, string]> = [
      ['Haider al-Abadi', 'haider abadi'],
      ['Al-Awqati', 'awqati'],
      ['AL-NUSRA  Front', 'nusra front'],
      ['Hammam al-Alil', 'hammam alil'],
      ['Ma’arrat', "ma'arrat"],
    ];
    for (const [raw, want] of pairs) assert.equal(normalizeName(raw), want, raw);
  });

  it('leaves "al" inside words and other articles alone', () => {
    const pairs: Array<[string, string]> = [
      ['Jamal-Pasha', 'jamal-pasha'],
      ['Alawites', 'alawites'],
      ['el-Sisi', 'el-sisi'],
      ['Al Jazeera', 'al jazeera'],
    ];
    for (const [raw, want] of pairs) assert.equal(normalizeName(raw), want, raw);
  });
});

describe('nameTails', () => {
  it('lists the name and each run of its last words', () => {
    assert.deepEqual(nameTails('Bill de Blasio'), ['bill de blasio', 'de blasio', 'blasio']);
    assert.deepEqual(nameTails('Major General Sami al-Aridi'), ['major general sami aridi', 'general sami aridi', 'sami aridi', 'aridi']);
    assert.deepEqual(nameTails(''), []);
  });
});
