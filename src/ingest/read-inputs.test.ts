import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readInputs } from './read-inputs.js';
import type { InputDocument, InputItem } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-inputs-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function put(rel: string, content: string | Uint8Array): string {
  const path = join(tmp, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function read(paths: string[], opts: Parameters<typeof readInputs>[1] = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, opts)) items.push(item);
  return items;
}

const summary = (item: InputItem): string[] => (item.kind === 'document' ? [item.id] : [item.id, item.ruleId]);

describe('readInputs', () => {
  it('walks a directory depth first in code-point order, skipping hidden and unsupported files', async () => {
    const root = join(tmp, 'tree');
    put('tree/b-report.txt', 'Curfew in Dhaka\n\nSoldiers patrolled the streets.');
    put('tree/a/2.html', '<p>Rockets hit the port of Hodeidah overnight, residents said.</p>');
    put('tree/a/10.txt', 'Rain delays the harvest across Punjab.');
    put('tree/a/.draft.txt', 'not to be read');
    put('tree/.git/notes.txt', 'not to be read');
    put('tree/notes.md', '# not a supported type');
    put('tree/photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
    put('tree/Z-upper.txt', 'Upper-case names sort first in code-point order.');
    put('tree/data.jsonl', '{"id": "rec-1", "text": "Strike on Kramatorsk station."}\n{"id": "rec-2", "text": "Evacuation of Lysychansk."}\n');
    put('tree/sub/deeper/c.HTM', '<html><body><p>Talks in Doha ended without a deal.</p></body></html>');
    put('tree/sub/empty.txt', '');
    const items = await read([root]);
    assert.deepEqual(items.map(summary), [
      ['Z-upper.txt'],
      ['a/10.txt'],
      ['a/2.html'],
      ['b-report.txt'],
      ['rec-1'],
      ['rec-2'],
      ['sub/deeper/c.HTM'],
      ['sub/empty.txt', 'ingest/empty'],
    ]);
    const html = items[2] as InputDocument;
    assert.deepEqual([html.text, html.meta.source], ['Rockets hit the port of Hodeidah overnight, residents said.', join(root, 'a', '2.html')]);
    assert.equal((items[4] as InputDocument).meta.source, `${join(root, 'data.jsonl')}:1`);
    assert.deepEqual(items[7], {
      kind: 'failure',
      id: 'sub/empty.txt',
      source: join(root, 'sub', 'empty.txt'),
      ruleId: 'ingest/empty',
      reason: `${join(root, 'sub', 'empty.txt')}: the input is empty`,
    });
  });

  it('names a single file by its basename and applies the options to it', async () => {
    const path = join(here, 'fixtures', 'kharkiv-shelling.txt');
    const [item] = await read([path], { published: '2024-05-30', outlet: 'Example Wire' });
    const d = item as InputDocument;
    assert.equal(d.id, 'kharkiv-shelling.txt');
    assert.deepEqual(d.meta, { title: 'Shelling hits apartment blocks in Kharkiv', url: null, published: '2024-05-30', outlet: 'Example Wire', source: path });
    assert.ok(d.text.startsWith('Shelling hits apartment blocks in Kharkiv\n\nKHARKIV, Ukraine — Artillery shells struck'));
  });

  it('reports a missing path, an unsupported type and bad bytes as failures and goes on', async () => {
    const missing = join(tmp, 'nowhere', 'report.txt');
    const pdf = put('report.pdf', '%PDF-1.4');
    const noExt = put('README', 'plain words');
    const latin1 = put('latin1.txt', Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' de Flore')]));
    const ok = put('ok.txt', 'Ceasefire announced in Tigray.');
    const items = await read([missing, pdf, noExt, latin1, ok]);
    assert.deepEqual(
      items.map((i) => (i.kind === 'failure' ? [i.id, i.source, i.ruleId, i.reason] : [i.id])),
      [
        ['report.txt', missing, 'ingest/unreadable', `${missing}: cannot read: no such file or directory (ENOENT)`],
        ['report.pdf', pdf, 'ingest/unsupported-type', `${pdf}: unsupported file type ".pdf"; ingest reads .txt, .html, .htm, .jsonl, .ndjson`],
        ['README', noExt, 'ingest/unsupported-type', `${noExt}: unsupported file type "(none)"; ingest reads .txt, .html, .htm, .jsonl, .ndjson`],
        ['latin1.txt', latin1, 'ingest/invalid-utf8', `${latin1}: invalid UTF-8 at byte 3 (line 1, bytes E9 20 64 65); the text may be Windows-1252 or Latin-1: convert it to UTF-8`],
        ['ok.txt'],
      ],
    );
  });

  it('reports an unreadable directory inside a walk', async (t) => {
    if (process.getuid?.() === 0) return t.skip('running as root: permissions are not enforced');
    put('locked/inner/a.txt', 'Sealed.');
    put('locked/open.txt', 'Open report from Gao.');
    chmodSync(join(tmp, 'locked', 'inner'), 0o000);
    try {
      const items = await read([join(tmp, 'locked')]);
      assert.deepEqual(items.map(summary), [['inner', 'ingest/unreadable'], ['open.txt']]);
    } finally {
      chmodSync(join(tmp, 'locked', 'inner'), 0o755);
    }
  });

  it('follows a symbolic link to a directory once, without looping', async () => {
    put('loop/report.txt', 'Sandstorm grounds flights in Baghdad.');
    symlinkSync(join(tmp, 'loop'), join(tmp, 'loop', 'again'));
    assert.deepEqual((await read([join(tmp, 'loop')])).map(summary), [['report.txt']]);
  });

  it('reads plain text from standard input with the options', async () => {
    const stdin = Readable.from([Buffer.from('Storm hits Mozambique\n\nCyclone Freddy made '), Buffer.from('landfall near Quelimane.')]);
    const [item] = await read(['-'], { stdin, published: '2023-03-11' });
    const d = item as InputDocument;
    assert.deepEqual([d.id, d.text], ['-', 'Storm hits Mozambique\n\nCyclone Freddy made landfall near Quelimane.']);
    assert.deepEqual(d.meta, { title: 'Storm hits Mozambique', url: null, published: '2023-03-11', outlet: null, source: '-' });
  });

  it('reads JSON Lines from standard input when every line opens a record', async () => {
    const stdin = Readable.from(['{"id": "s1", "text": "Clashes in Tripoli."}\n\n  {"text": "Calm in Benghazi."}\n{"id": "bad"\n']);
    const items = await read(['-'], { stdin, outlet: 'Piped' });
    assert.deepEqual(
      items.map((i) => (i.kind === 'document' ? [i.id, i.meta.source, i.meta.outlet] : [i.id, i.source, i.ruleId])),
      [
        ['s1', '-:1', 'Piped'],
        ['-:3', '-:3', 'Piped'],
        ['-:4', '-:4', 'ingest/bad-json'],
      ],
    );
  });

  it('keeps text whose lines only sometimes start with a brace as plain text', async () => {
    const text = '{Editor’s note: updated}\nFighting continued in Khartoum.';
    const [item] = await read(['-'], { stdin: Readable.from([text]) });
    assert.deepEqual([item!.kind, (item as InputDocument).text], ['document', text]);
  });

  it('reads an HTML page from standard input', async () => {
    const page = '<!DOCTYPE html><html><head><title>Quake in Herat</title></head><body><p>A strong earthquake struck western Afghanistan near Herat, killing hundreds of villagers.</p></body></html>';
    const [item] = await read(['-'], { stdin: Readable.from([page]) });
    const d = item as InputDocument;
    assert.deepEqual([d.text, d.meta.title], ['A strong earthquake struck western Afghanistan near Herat, killing hundreds of villagers.', 'Quake in Herat']);
  });

  it('fails on empty standard input', async () => {
    assert.deepEqual(await read(['-'], { stdin: Readable.from([]) }), [
      { kind: 'failure', id: '-', source: '-', ruleId: 'ingest/empty', reason: '-: the input is empty' },
    ]);
  });
});

describe('publication date from the file name', () => {
  it('is used when the input and the options carry none, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-namedate-'));
    const dated = join(dir, '2019-04-05-tripoli-clashes.txt');
    const impossible = join(dir, '2019-02-30-notes.txt');
    writeFileSync(dated, 'Clashes reach southern Tripoli\n\nFighting spread to the southern suburbs of the Libyan capital.\n');
    writeFileSync(impossible, 'Notes\n\nNothing here has a date.\n');
    const items = await read([dir]);
    const [first, second] = items.map((i) => (i.kind === 'document' ? i : assert.fail(`unexpected failure ${i.reason}`)));
    assert.equal(second?.meta.published, '2019-04-05');
    assert.ok(second?.messages.some((m) => m.ruleId === 'ingest/published-from-file-name'));
    assert.equal(first?.meta.published, null);
    const [withOption] = await read([dated], { published: '2019-04-06' });
    assert.equal(withOption?.kind === 'document' && withOption.meta.published, '2019-04-06');
  });
});
