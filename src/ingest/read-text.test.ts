import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText, textTitle } from './read-text.js';

const ctx = { id: 'report.txt', source: 'in/report.txt', opts: {} };
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('textTitle', () => {
  it('takes a headline-like first line', () => {
    const cases: Array<[string, string]> = [
      ['Battle for Mosul\nIraqi security forces launch a rocket towards militants.', 'Battle for Mosul'],
      ['Shelling hits apartment blocks in Kharkiv\n\nKHARKIV, Ukraine — Artillery shells struck.', 'Shelling hits apartment blocks in Kharkiv'],
      ['Is the truce in Idlib holding?\r\n\r\nFighters on both sides said it was.', 'Is the truce in Idlib holding?'],
      ['ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City November 0112:32\n\nIraqi forces fought.', 'ISLAMIC STATE: Iraqi Forces Advance on Outskirts of Mosul City November 0112:32'],
      ['  Gunmen storm hotel in Mogadishu  \n\nAl Shabaab claimed the attack.', 'Gunmen storm hotel in Mogadishu'],
      ['Suicide bomber kills 13 in Jalalabad &#8211; Reuters\n\nJALALABAD, Afghanistan A suicide bomber.', 'Suicide bomber kills 13 in Jalalabad – Reuters'],
      ['U.N. envoy arrives in Sanaa\n\niPhones were seized at the checkpoint.', 'U.N. envoy arrives in Sanaa'],
    ];
    for (const [text, title] of cases) assert.equal(textTitle(text), title, text);
  });
  it('does not take prose, long lines or a lone line for a title', () => {
    const negatives = [
      'Iraqi forces retook the town of Hit on Thursday, the military said.\n\nThe army said the town was cleared.',
      `${'Rescue teams in Antakya continued to search collapsed buildings for survivors '.repeat(3)}\n\nMore.`,
      'Troops withdrew from the village\n',
      'Troops withdrew from the village',
      '\nFloods in Pakistan\n\nThe waters rose.',
      'Turkish troops shelled positions held by Kurdish fighters near\nthe border town of Azaz on Sunday.',
      'According to the ministry,\nthe strike hit a market.',
      'The statement read:\n"We will not surrender."',
      '* * *\n\nFighting resumed at dawn.',
    ];
    for (const text of negatives) assert.equal(textTitle(text), null, text);
  });
});

describe('readText', () => {
  it('keeps the whole decoded text, CRLF included, with the title in meta', () => {
    const item = readText(bytes('Gunmen storm hotel in Mogadishu\r\n\r\nAl Shabaab said it carried out the attack.\r\n'), ctx);
    assert.equal(item.kind, 'document');
    assert.ok(item.kind === 'document');
    assert.equal(item.text, 'Gunmen storm hotel in Mogadishu\r\n\r\nAl Shabaab said it carried out the attack.\r\n');
    assert.deepEqual(item.meta, { title: 'Gunmen storm hotel in Mogadishu', url: null, published: null, outlet: null, source: 'in/report.txt' });
    assert.equal(item.id, 'report.txt');
  });
  it('strips a BOM, so offsets start after it', () => {
    const item = readText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Floods in Sindh\n\nWater rose overnight.')]), ctx);
    assert.ok(item.kind === 'document');
    assert.equal(item.text.slice(0, 15), 'Floods in Sindh');
    assert.deepEqual(item.messages.map((m) => m.ruleId), ['ingest/bom']);
  });
  it('reports mojibake at offsets of the kept text, which is not rewritten', () => {
    const text = 'Clashes in Tripoli\n\nA witness said â€œthe shooting went on all nightâ€\u009d.';
    const item = readText(bytes(text), ctx);
    assert.ok(item.kind === 'document');
    assert.equal(item.text, text);
    assert.deepEqual(
      item.messages.map((m) => [m.ruleId, m.start, m.end, text.slice(m.start!, m.end!)]),
      [
        ['ingest/mojibake', 35, 38, 'â€œ'],
        ['ingest/mojibake', 68, 71, 'â€\u009d'],
      ],
    );
  });
  it('applies the published and outlet options', () => {
    const item = readText(bytes('Clashes in Tripoli\n\nGunfire was heard.'), { ...ctx, opts: { published: '2023-08-15', outlet: 'Example Wire' } });
    assert.ok(item.kind === 'document');
    assert.deepEqual([item.meta.published, item.meta.outlet], ['2023-08-15', 'Example Wire']);
  });
  it('fails on bad bytes with the reader’s source', () => {
    const item = readText(Uint8Array.from([0x41, 0x00, 0x42]), ctx);
    assert.deepEqual(item, {
      kind: 'failure',
      id: 'report.txt',
      source: 'in/report.txt',
      ruleId: 'ingest/binary',
      reason: 'in/report.txt: binary data (NUL byte at 1), not text',
    });
  });
});
