import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { htmlItem, readHtml } from './read-html.js';
import type { InputDocument, InputItem } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '..', '..', '..', 'shared');
const ctx = { id: 'page.html', source: 'in/page.html', opts: {} };

function doc(item: InputItem): InputDocument {
  assert.equal(item.kind, 'document', JSON.stringify(item));
  return item as InputDocument;
}

describe('readHtml', () => {
  it('extracts the main text as paragraphs with the page metadata', () => {
    const item = doc(readHtml(readFileSync(join(here, 'fixtures', 'maiduguri-floods.html')), ctx));
    const paragraphs = item.text.split('\n\n');
    assert.equal(paragraphs.length, 8);
    assert.equal(
      paragraphs[0],
      'MAIDUGURI, Nigeria — Floodwater poured into large parts of Maiduguri on Tuesday after the Alau dam on the Ngadda river gave way following weeks of heavy rain, forcing thousands of families from their homes, state officials said.',
    );
    assert.equal(
      paragraphs[1],
      'Residents waded through chest-deep water carrying children and bundles of clothes, while emergency workers used boats to reach people stranded on rooftops in the worst-hit neighbourhoods.',
    );
    assert.deepEqual(paragraphs.slice(2, 7), [
      'Camps overwhelmed',
      'The Borno state emergency agency said schools and mosques on higher ground had been opened as shelters, but many were already full by the evening.',
      'Roads to the airport were cut off.',
      'The city zoo reported that many of its animals had drowned or escaped.',
      'A man carries a child through floodwater in Maiduguri. Photo: Example Wire',
    ]);
    for (const junk of ['Sign up', 'Home', 'Copyright', 'dataLayer', 'track(', 'font-family']) assert.ok(!item.text.includes(junk), junk);
    assert.deepEqual(item.meta, {
      title: 'Floods displace thousands in Maiduguri after dam collapse',
      url: 'https://news.example.org/africa/2024/09/10/maiduguri-floods',
      published: '2024-09-10T14:05:00Z',
      outlet: null,
      source: 'in/page.html',
    });
    assert.deepEqual(item.messages, []);
  });

  it('reads the date from JSON-LD, then from <time>, and the URL from og:url', () => {
    const article = '<p>Heavy fighting was reported around the airport of Khartoum on Saturday as the army and the Rapid Support Forces traded artillery fire across the city.</p>';
    const jsonLd = `<html><head><meta property="og:url" content="https://example.org/sudan">
      <script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2023-04-15T09:30:00+02:00"}]}</script>
      </head><body><time datetime="2023-04-16">Sunday</time>${article}</body></html>`;
    const a = doc(htmlItem(jsonLd, ctx, {}, []));
    assert.deepEqual([a.meta.published, a.meta.url], ['2023-04-15T09:30:00+02:00', 'https://example.org/sudan']);
    const b = doc(htmlItem(`<html><body><p>Posted <time datetime="2023-04-16">Sunday</time></p>${article}</body></html>`, ctx, {}, []));
    assert.equal(b.meta.published, '2023-04-16');
  });

  it('warns about an unusable page date and falls back to the option', () => {
    const page = '<html><head><meta property="article:published_time" content="Saturday morning"></head><body><p>Protesters marched through the centre of Tbilisi for a third night.</p></body></html>';
    const item = doc(htmlItem(page, { ...ctx, opts: { published: '2024-05-01' } }, {}, []));
    assert.equal(item.meta.published, '2024-05-01');
    assert.deepEqual(
      item.messages.map((m) => [m.ruleId, m.reason]),
      [['ingest/bad-published', 'in/page.html: publication date "Saturday morning" is not YYYY-MM-DD or an ISO 8601 date-time; ignored']],
    );
  });

  it('lets fields given with the HTML (a JSON Lines record) win over the page', () => {
    const page = '<html><head><title>Page title</title><link rel="canonical" href="https://a.example/x"></head><body><p>Rebels entered the town of Bunagana near the Ugandan border.</p></body></html>';
    const item = doc(htmlItem(page, ctx, { title: 'M23 rebels seize Bunagana', url: 'https://b.example/y', published: '2022-06-13', outlet: 'Wire' }, []));
    assert.deepEqual(item.meta, { title: 'M23 rebels seize Bunagana', url: 'https://b.example/y', published: '2022-06-13', outlet: 'Wire', source: 'in/page.html' });
  });

  it('falls back to the page paragraphs with a warning when Readability finds no article', () => {
    // Readability drops a heading that repeats the title and is left with nothing.
    const page = '<html><head><title>Ceasefire holds in Idlib</title></head><body><h1>Ceasefire holds in Idlib</h1></body></html>';
    const item = doc(htmlItem(page, ctx, {}, []));
    assert.equal(item.text, 'Ceasefire holds in Idlib');
    assert.deepEqual(
      item.messages.map((m) => [m.ruleId, m.severity, m.reason]),
      [['ingest/html-no-article', 'warning', 'in/page.html: no main article found in the HTML; the text is every paragraph of the page']],
    );
  });

  it('fails when the page has no text at all', () => {
    const pages = [
      '<html><head><title>Live</title><script>var feed = load("/live");</script><style>body{margin:0}</style></head><body></body></html>',
      '<html><body><nav><a href="/">Home</a></nav><div hidden>Loading</div><footer>© 2024</footer></body></html>',
      '<html><body>   </body></html>',
    ];
    for (const page of pages) {
      assert.deepEqual(htmlItem(page, ctx, {}, []), {
        kind: 'failure',
        id: 'page.html',
        source: 'in/page.html',
        ruleId: 'ingest/empty',
        reason: 'in/page.html: the HTML contains no text',
      });
    }
  });

  it('reads every raw page of the shared corpus to clean, non-empty text', (t) => {
    const dir = join(shared, 'corpus', 'html');
    if (!existsSync(dir)) return t.skip(`../shared not found: ${dir}`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    assert.equal(files.length, 40);
    const leftovers = /<\/?[a-z][^>]*>|function\s*\(|\bvar\s+\w+\s*=|\{[^{}]*:[^{}]*;[^{}]*\}/i;
    for (const f of files) {
      const item = doc(readHtml(readFileSync(join(dir, f)), { id: f, source: f, opts: {} }));
      assert.ok(item.text.length > 500, `${f}: ${item.text.length} characters`);
      assert.ok(!leftovers.test(item.text), `${f}: ${leftovers.exec(item.text)?.[0]}`);
      assert.ok(!/\n{3,}| {2,}/.test(item.text), `${f}: whitespace not collapsed`);
      assert.deepEqual(item.messages.filter((m) => m.ruleId === 'ingest/html-no-article'), [], f);
    }
  });
});
