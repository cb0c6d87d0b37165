import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findName, locateSnippet } from './locate.js';

const TEXT = 'KHARKIV, Ukraine A missile hit Kharkiv on Friday. Kharkiv’s mayor said the strike on Kharkiv damaged a school; Kharkivska oblast officials agreed.';

describe('locateSnippet', () => {
  it('finds every occurrence of a verbatim snippet', () => {
    const found = locateSnippet({ text: 'Kharkiv', span: null }, TEXT);
    assert.ok(found.ok);
    assert.deepEqual(
      found.ranges.map(([s, e]) => [s, e, TEXT.slice(s, e)]),
      [[31, 38, 'Kharkiv'], [50, 57, 'Kharkiv'], [85, 92, 'Kharkiv'], [111, 118, 'Kharkiv']],
    );
  });

  it('takes offsets as given and quotes them', () => {
    assert.deepEqual(locateSnippet({ text: null, span: [17, 38] }, TEXT), { ok: true, ranges: [[17, 38]], quote: 'A missile hit Kharkiv' });
  });

  it('says why a snippet cannot be placed', () => {
    assert.deepEqual(locateSnippet({ text: 'A missile hit Kyiv', span: null }, TEXT), { ok: false, reason: 'not found verbatim in the text: "A missile hit Kyiv"' });
    assert.deepEqual(locateSnippet({ text: 'a missile hit kharkiv', span: null }, TEXT).ok, false);
    assert.deepEqual(locateSnippet({ text: null, span: [140, 160] }, TEXT), { ok: false, reason: `[140, 160] is outside the text (${TEXT.length} characters)` });
  });
});

describe('findName', () => {
  it('finds a name as a whole word in any case, possessives included', () => {
    assert.deepEqual(
      findName('Kharkiv', TEXT).map(([s, e]) => [s, e, TEXT.slice(s, e)]),
      [[0, 7, 'KHARKIV'], [31, 38, 'Kharkiv'], [50, 57, 'Kharkiv'], [85, 92, 'Kharkiv']],
    );
  });

  it('does not find a name inside a longer word', () => {
    const text = 'Syrian troops and Syria-based militias crossed from Syria. The Omani envoy left Oman; Iraqis fled Iraq.';
    const table: Array<[string, string[]]> = [
      ['Syria', ['Syria', 'Syria']],
      ['Oman', ['Oman']],
      ['Iraq', ['Iraq']],
      ['Ira', []],
    ];
    for (const [name, want] of table) assert.deepEqual(findName(name, text).map(([s, e]) => text.slice(s, e)), want, name);
  });

  it('treats names with dots and brackets literally', () => {
    const text = 'Officials in St. Petersburg (Russia) and in Washington, D.C. spoke.';
    assert.deepEqual(findName('St. Petersburg', text).map(([s, e]) => text.slice(s, e)), ['St. Petersburg']);
    assert.deepEqual(findName('D.C.', text).length, 1);
    assert.deepEqual(findName('St- Petersburg', text), []);
  });
});
