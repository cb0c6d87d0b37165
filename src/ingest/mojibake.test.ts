import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMojibake } from './mojibake.js';

const found = (text: string): Array<[number | null | undefined, number | null | undefined, string]> =>
  findMojibake(text).map((m) => [m.start, m.end, text.slice(m.start ?? 0, m.end ?? 0)]);

describe('findMojibake', () => {
  it('finds curly quotes, dashes and accents read as Windows-1252, with their spans', () => {
    // The closing quote's last byte 0x9D has no Windows-1252 character and survives as U+009D.
    const text = 'The general told reporters â€œwe will hold the bridgeâ€\u009d as troops entered Bakhmut â€” a cafÃ© owner said.';
    assert.deepEqual(found(text), [
      [27, 30, 'â€œ'],
      [53, 56, 'â€\u009d'],
      [83, 86, 'â€”'],
      [92, 94, 'Ã©'],
    ]);
    const messages = findMojibake(text);
    assert.equal(messages[0]!.reason, 'mojibake "â€œ": UTF-8 text read as Windows-1252, probably "“"');
    assert.match(messages[3]!.reason, /probably "é"/);
    assert.ok(messages.every((m) => m.ruleId === 'ingest/mojibake' && m.severity === 'warning'));
  });
  it('finds a closing quote whose last byte was dropped', () => {
    assert.deepEqual(found('A sniper fired from the ministryâ€ roof'), [[32, 34, 'â€']]);
  });
  it('joins a run of garbled characters into one span', () => {
    const text = 'Kurdish fighters in ÅžÄ±rnak said';
    assert.deepEqual(found(text), [[20, 24, 'ÅžÄ±']]);
    assert.match(findMojibake(text)[0]!.reason, /probably "Şı"/);
  });
  it('finds a garbled no-break space, euro sign, emoji and Latin-1 readings', () => {
    const text = 'Damage put at 5Â\u00a0million â‚¬ ðŸ™‚ and â\u0080\u009cquotedâ\u0080\u009d';
    assert.deepEqual(found(text), [
      [15, 17, 'Â\u00a0'],
      [25, 28, 'â‚¬'],
      [29, 33, 'ðŸ™‚'],
      [38, 41, 'â\u0080\u009c'],
      [47, 50, 'â\u0080\u009d'],
    ]);
  });
  it('lists the first twenty runs and counts the rest', () => {
    const messages = findMojibake(Array.from({ length: 25 }, () => 'â€˜xâ€™').join(' '));
    assert.equal(messages.length, 21);
    assert.deepEqual([messages[19]!.start, messages[19]!.end], [76, 79]);
    assert.equal(messages[20]!.start, null);
    assert.equal(messages[20]!.reason, '30 more mojibake sequences not listed (50 in all)');
  });
  it('leaves correct text alone', () => {
    const negatives = [
      'Turkish President Tayyip Erdoğan spoke in Şırnak on Tuesday.',
      'SÃO PAULO — Police raided the offices on Monday.',
      'The café’s owner, André, said “enough”.',
      'ANDRÉ’S brother was detained in Bamako.',
      'Fighting near the château’s walls lasted until dawn.',
      'The naïve plan failed; the coöperative closed in Zürich.',
      'Temperatures fell to −5°C in Kyiv, with 30 % of homes without power…',
      'Aid worth €2.5 million and £1 million arrived in Gaza — officials said.',
      'Déjà vu in Côte d’Ivoire as the vote is delayed again.',
      'The ÉTAT ISLAMIQUE claimed the attack in Ouagadougou.',
      'Мариуполь и Донецк',
      'Ο στρατός ανέφερε',
      'Soldiers 🙂 and civilians.',
      'The “Â” key and a lone Ã in a spelling lesson.',
    ];
    for (const text of negatives) assert.deepEqual(findMojibake(text), [], text);
  });
});
