import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './read-jsonl.js';
import type { InputDocument, InputItem, ReadOptions } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '..', '..', '..', 'shared');
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function collect(path: string, opts: ReadOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readJsonl(createReadStream(path), { id: 'f.jsonl', source: path, opts })) items.push(item);
  return items;
}

function write(name: string, ...parts: Array<string | number[]>): string {
  const path = join(tmp, name);
  writeFileSync(path, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));
  return path;
}

const summary = (item: InputItem): string[] =>
  item.kind === 'document' ? ['document', item.id, item.meta.source!] : ['failure', item.id, item.source, item.ruleId];

describe('readJsonl', () => {
  it('reads each line on its own: good records go on past bad ones', async () => {
    const path = join(here, 'fixtures', 'wire-records.jsonl');
    const items = await collect(path, { outlet: 'Fallback Outlet' });
    assert.deepEqual(items.map(summary), [
      ['document', 'wire/el-fasher', `${path}:1`],
      ['failure', `${path}:3`, `${path}:3`, 'ingest/bad-json'],
      ['failure', 'wire/no-text', `${path}:4`, 'ingest/no-text'],
      ['failure', 'wire/bad-title', `${path}:5`, 'ingest/bad-field'],
      ['document', `${path}:6`, `${path}:6`],
      ['document', 'wire/cairo-talks', `${path}:7`],
      ['failure', `${path}:8`, `${path}:8`, 'ingest/bad-record'],
      ['failure', `${path}:9`, `${path}:9`, 'ingest/bad-field'],
      ['failure', 'wire/blank-text', `${path}:10`, 'ingest/empty'],
    ]);
    const reasons = items.flatMap((i) => (i.kind === 'failure' ? [i.reason] : []));
    assert.match(reasons[0]!, new RegExp(`^${path}:3: not a valid JSON line \\(.+\\)$`));
    assert.deepEqual(reasons.slice(1), [
      `${path}:4: record has neither a "text" nor an "html" field`,
      `${path}:5: field "title" must be a string, got an array`,
      `${path}:8: a record must be a JSON object, got an array`,
      `${path}:9: field "id" must be a string, got number 42`,
      `${path}:10: the record's "text" is empty`,
    ]);
  });

  it('keeps record text as given and decodes entities in the title and URL', async () => {
    const [first] = await collect(join(here, 'fixtures', 'wire-records.jsonl'));
    const d = first as InputDocument;
    assert.ok(d.text.startsWith('EL FASHER, Sudan — The paramilitary Rapid Support Forces shelled'));
    assert.ok(d.text.includes('Darfur still held by the army and its allies.\n\nAid groups said'));
    assert.deepEqual(d.meta, {
      title: 'RSF shells El Fasher as siege tightens – Example Wire',
      url: 'https://wire.example.org/sudan/el-fasher?ref=rss&src=feed',
      published: '2024-06-14',
      outlet: 'Example Wire',
      source: `${join(here, 'fixtures', 'wire-records.jsonl')}:1`,
    });
  });

  it('fills only missing metadata from the options and extracts html records', async () => {
    const items = await collect(join(here, 'fixtures', 'wire-records.jsonl'), { published: '2024-01-01', outlet: 'Fallback Outlet' });
    const byId = new Map(items.map((i) => [i.id, i]));
    const first = byId.get('wire/el-fasher') as InputDocument;
    assert.deepEqual([first.meta.published, first.meta.outlet], ['2024-06-14', 'Example Wire']);
    const haiti = items[4] as InputDocument;
    assert.deepEqual([haiti.meta.published, haiti.meta.outlet], ['2024-03-03T08:15:00+01:00', 'Fallback Outlet']);
    const cairo = byId.get('wire/cairo-talks') as InputDocument;
    assert.equal(
      cairo.text,
      'Negotiators returned to Cairo on Monday for another round of talks on a ceasefire and the release of hostages, two officials briefed on the talks said.\n\nMediators from Egypt and Qatar have shuttled between the delegations for weeks.',
    );
    assert.equal(cairo.meta.published, '2024-01-01');
    assert.deepEqual(
      cairo.messages.map((m) => m.ruleId),
      ['ingest/bad-published'],
    );
  });

  it('fails a line of invalid UTF-8 alone, naming its byte in the line and in the file', async () => {
    const good = (id: string): string => `${JSON.stringify({ id, text: `Report ${id} from Bamako.` })}\n`;
    const path = write('latin1.jsonl', good('a'), '{"id": "b", "text": "Caf', [0xe9], ' in Timbuktu"}\n', good('c'));
    const items = await collect(path);
    assert.deepEqual(items.map(summary), [
      ['document', 'a', `${path}:1`],
      ['failure', `${path}:2`, `${path}:2`, 'ingest/invalid-utf8'],
      ['document', 'c', `${path}:3`],
    ]);
    const offset = Buffer.byteLength(good('a')) + 24;
    assert.match((items[1] as { reason: string }).reason, new RegExp(`^${path}:2: invalid UTF-8 at byte 24 of the line \\(byte ${offset} of the input, bytes E9 20 69 6E\\)`));
  });

  it('strips a BOM, reads CRLF lines and skips blank ones', async () => {
    const path = write('bom.jsonl', [0xef, 0xbb, 0xbf], '{"id": "x", "text": "Clashes in Juba."}\r\n\r\n   \r\n{"id": "y", "text": "Calm in Wau."}\r\n');
    const items = await collect(path);
    assert.deepEqual(items.map(summary), [
      ['document', 'x', `${path}:1`],
      ['document', 'y', `${path}:4`],
    ]);
    assert.deepEqual((items[0] as InputDocument).messages.map((m) => [m.ruleId, m.severity]), [['ingest/bom', 'info']]);
    assert.equal((items[1] as InputDocument).text, 'Calm in Wau.');
  });

  it('gives one failure for a binary, an empty or a blank file', async () => {
    const cases: Array<[string, string, string]> = [
      [write('zip.jsonl', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x0a, 0x00]), 'ingest/binary', 'binary data (NUL byte at 5), not text'],
      [write('empty.jsonl', ''), 'ingest/empty', 'the input is empty'],
      [write('blank.jsonl', '\n  \n\n'), 'ingest/empty', 'no records, only blank lines'],
    ];
    for (const [path, ruleId, why] of cases) {
      assert.deepEqual(await collect(path), [{ kind: 'failure', id: 'f.jsonl', source: path, ruleId, reason: `${path}: ${why}` }]);
    }
  });

  it('streams: the first record comes out before the rest of the input is read', async () => {
    let pulled = 0;
    const line = Buffer.from(`${JSON.stringify({ id: 'r', text: 'Shelling resumed near Avdiivka — “heavy” losses.' })}\n`);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 200; i++) {
        pulled++;
        // Odd-sized chunks split lines and multi-byte characters between chunks.
        for (let at = 0; at < line.length; at += 7) yield line.subarray(at, at + 7);
      }
    }
    const gen = readJsonl(chunks(), { id: 's', source: 's.jsonl', opts: {} });
    const first = await gen.next();
    assert.equal(pulled, 1);
    assert.equal((first.value as InputDocument).text, 'Shelling resumed near Avdiivka — “heavy” losses.');
    let count = 1;
    for await (const item of gen) {
      assert.equal(item.kind, 'document');
      count++;
    }
    assert.equal(count, 200);
  });

  it('reads all 4,365 Reuters records of the shared corpus without a failure', async (t) => {
    const path = join(shared, 'corpus', 'reuters-2016.jsonl');
    if (!existsSync(path)) return t.skip(`../shared not found: ${path}`);
    let docs = 0;
    const failures: string[] = [];
    const ids = new Set<string>();
    for await (const item of readJsonl(createReadStream(path), { id: 'reuters-2016.jsonl', source: path, opts: {} })) {
      if (item.kind === 'failure') failures.push(item.reason);
      else {
        docs++;
        ids.add(item.id);
        assert.ok(item.meta.title && item.meta.published && item.text.trim(), item.id);
      }
    }
    assert.deepEqual(failures, []);
    assert.equal(docs, 4365);
    assert.equal(ids.size, 4365);
  });
});
