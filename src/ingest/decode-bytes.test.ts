import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes, invalidUtf8Reason } from './decode-bytes.js';
import { firstInvalidUtf8 } from './utf8.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const join = (...parts: Array<Uint8Array | number[]>): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('firstInvalidUtf8', () => {
  it('accepts well-formed text of every sequence length', () => {
    assert.equal(firstInvalidUtf8(utf8('Erdoğan visited Zürich – 🙂 and 北京')), -1);
    assert.equal(firstInvalidUtf8(new Uint8Array()), -1);
  });
  it('points at the first byte of the first bad sequence', () => {
    const cases: Array<[string, ArrayLike<number>, number]> = [
      ['Latin-1 é', join(utf8('café '), [0xe9, 0x20]), 6],
      ['lone continuation byte', join(utf8('ab'), [0x80]), 2],
      ['overlong slash', join(utf8('x'), [0xc0, 0xaf]), 1],
      ['overlong three-byte', [0xe0, 0x80, 0xaf], 0],
      ['UTF-16 surrogate', join(utf8('ok '), [0xed, 0xa0, 0x80]), 3],
      ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
      ['truncated at the end', join(utf8('Mosul '), [0xe2, 0x80]), 6],
      ['lead byte followed by ASCII', join(utf8('a'), [0xc3, 0x41]), 1],
    ];
    for (const [name, bytes, at] of cases) assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), at, name);
  });
});

describe('decodeBytes', () => {
  it('keeps the text exactly as read, CRLF included', () => {
    const d = decodeBytes(utf8('Title\r\n\r\nTroops entered Gogjali.\r\n'), 'a.txt');
    assert.ok(d.ok);
    assert.equal(d.text, 'Title\r\n\r\nTroops entered Gogjali.\r\n');
    assert.deepEqual(d.messages, []);
  });
  it('strips a UTF-8 BOM with an info message', () => {
    const d = decodeBytes(join([0xef, 0xbb, 0xbf], utf8('Kabul')), 'a.txt');
    assert.ok(d.ok);
    assert.equal(d.text, 'Kabul');
    assert.deepEqual(
      d.messages.map((m) => [m.ruleId, m.severity]),
      [['ingest/bom', 'info']],
    );
  });
  it('refuses invalid UTF-8 naming the input, byte and line', () => {
    const d = decodeBytes(join(utf8('Line one\nCaf'), [0xe9], utf8(' on line two\n')), 'reports/cafe.txt');
    assert.ok(!d.ok);
    assert.equal(d.ruleId, 'ingest/invalid-utf8');
    assert.match(d.reason, /^reports\/cafe\.txt: invalid UTF-8 at byte 12 \(line 2, bytes E9 20 6F 6E\)/);
  });
  it('refuses UTF-16 as invalid UTF-8 at byte 0', () => {
    const d = decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]), 'u16.txt');
    assert.ok(!d.ok);
    assert.equal(d.ruleId, 'ingest/invalid-utf8');
    assert.match(d.reason, /at byte 0: .*UTF-16 byte-order mark \(FF FE\)/);
  });
  it('refuses binary data: NUL bytes or many control characters', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const nul = decodeBytes(png, 'image.txt');
    assert.ok(!nul.ok);
    assert.equal(nul.ruleId, 'ingest/binary');
    assert.match(nul.reason, /^image\.txt: binary data \(NUL byte at 8\)/);
    const controls = decodeBytes(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), 'ctl.txt');
    assert.ok(!controls.ok);
    assert.equal(controls.ruleId, 'ingest/binary');
    assert.match(controls.reason, /34% control characters in the first 100 bytes/);
  });
  it('accepts text with tabs, form feeds and an odd escape character', () => {
    const d = decodeBytes(utf8('Casualties\tKilled\tWounded\fPage 2\u001b[0m of the table and more prose here'), 't.txt');
    assert.ok(d.ok);
  });
  it('refuses empty and whitespace-only input', () => {
    const empty = decodeBytes(new Uint8Array(), 'empty.txt');
    assert.ok(!empty.ok);
    assert.deepEqual([empty.ruleId, empty.reason], ['ingest/empty', 'empty.txt: the input is empty']);
    const blank = decodeBytes(join([0xef, 0xbb, 0xbf], utf8(' \r\n\t\n')), 'blank.txt');
    assert.ok(!blank.ok);
    assert.deepEqual([blank.ruleId, blank.reason], ['ingest/empty', 'blank.txt: the input contains only whitespace']);
  });
  it('places a bad byte within a line and within the whole input', () => {
    assert.match(invalidUtf8Reason(join(utf8('{"a":"'), [0xff]), 'x.jsonl:3', 100), /byte 6 of the line \(byte 106 of the input, bytes FF\)/);
  });
});
