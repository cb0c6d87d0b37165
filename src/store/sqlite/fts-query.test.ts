import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ftsQuery } from './fts-query.js';

describe('ftsQuery', () => {
  it('quotes every word so FTS5 operators in user text are words', () => {
    const cases: Array<[string, string | null]> = [
      ['car bomb', '"car" "bomb"'],
      ['Mosul AND Raqqa', '"Mosul" "AND" "Raqqa"'],
      ['shelling -suburb', '"shelling" "-suburb"'],
      ['say "surrender or die"', '"say" """surrender" "or" "die"""'],
      ['NEAR(a b)', '"NEAR(a" "b)"'],
      ['title:Fiji', '"title:Fiji"'],
      ['Qayyārah', '"Qayyārah"'],
      ['\u0000Mosul\u0007', '"Mosul"'],
    ];
    for (const [input, expected] of cases) assert.equal(ftsQuery(input), expected, input);
  });

  it('keeps a trailing * as a prefix search, never a lone or inner one', () => {
    assert.equal(ftsQuery('storm*'), '"storm"*');
    assert.equal(ftsQuery('storm**'), '"storm"*');
    assert.equal(ftsQuery('st*rm'), '"st*rm"');
    assert.equal(ftsQuery('* storm'), '"storm"');
  });

  it('gives null when nothing is searchable', () => {
    for (const input of ['', '   ', '"', '*', '( )', '-', '—', '\u0000']) assert.equal(ftsQuery(input), null, JSON.stringify(input));
  });
});
