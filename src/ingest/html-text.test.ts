import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from './dom.js';
import { paragraphText } from './html-text.js';

const bodyText = (html: string): string => paragraphText(parseDocument(html).body!);

describe('paragraphText', () => {
  it('makes one paragraph per block and collapses whitespace inside it', () => {
    const html = `<div><h2>Strikes on  Kherson</h2>
      <p>Russian   strikes hit the <b>Kherson</b> region <a href="#">overnight</a>,
      officials said.</p><p>Power was cut\u00a0to 12,000 homes.</p></div>`;
    assert.equal(bodyText(html), 'Strikes on Kherson\n\nRussian strikes hit the Kherson region overnight, officials said.\n\nPower was cut to 12,000 homes.');
  });
  it('joins inline elements without adding spaces and splits at line breaks', () => {
    assert.equal(bodyText('<p>al-<em>Zahra</em> district<br>Updated 12:32</p>'), 'al-Zahra district\n\nUpdated 12:32');
  });
  it('keeps list items, captions and table rows apart and cells spaced', () => {
    const html = `<ul><li>Gaza: 14 killed</li><li>Rafah: 6 killed</li></ul>
      <figure><img src="a.jpg"><figcaption>Smoke over Khan Younis.</figcaption></figure>
      <table><tr><th>Town</th><th>Displaced</th></tr><tr><td>Goma</td><td>120,000</td></tr></table>`;
    assert.equal(bodyText(html), 'Gaza: 14 killed\n\nRafah: 6 killed\n\nSmoke over Khan Younis.\n\nTown Displaced\n\nGoma 120,000');
  });
  it('leaves out scripts, styles, navigation, asides, forms and hidden elements', () => {
    const html = `<nav>Home | World</nav><script>var x = 1;</script><style>p { color: red; }</style>
      <p>Troops reached the outskirts of Sirte.</p>
      <aside>Most read</aside><form><label>Email</label><button>Subscribe</button></form>
      <p hidden>Hidden teaser</p><div style="display: none">Old headline</div><span aria-hidden="true">★</span>
      <noscript>Enable JavaScript</noscript><footer>© Example News</footer>`;
    assert.equal(bodyText(html), 'Troops reached the outskirts of Sirte.');
  });
  it('closes XHTML-style empty elements so the paragraphs after them stay siblings', () => {
    const doc = parseDocument('<div id="a"><span id="m0"/><p>One.</p><span id="m1"/><p>Two.</p></div>');
    assert.equal(doc.querySelector('#m1')?.textContent, '');
    assert.equal(paragraphText(doc.body!), 'One.\n\nTwo.');
  });
});
