import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../extract/extract.js';

describe('figure records', () => {
  it('keep what a number counts and who states it, and leave out years, ordinals and durations', () => {
    const text = [
      'Rebels hold Marea after two-day battle',
      '',
      'The Syrian Observatory for Human Rights said at least 35 fighters were killed near Marea on Sunday, the second attack this month.',
      'About 2,000 families fled the town last week, many of them for the third time since 2014.',
    ].join('\n');
    const { figures } = extract({ text, published: '2016-06-05' });
    const rows = figures.map((f) => [f.evidence.start, f.evidence.end, f.evidence.quote, f.low, f.counted?.quote ?? null, f.attribution?.speaker ?? null]);
    const at = (s: string): number => text.indexOf(s);
    assert.deepEqual(rows, [
      [at('at least 35'), at('at least 35') + 11, 'at least 35', 35, 'fighters', 'Syrian Observatory for Human Rights'],
      [at('About 2,000'), at('About 2,000') + 11, 'About 2,000', null, 'families', null],
    ]);
    for (const f of figures) assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.quote);
    assert.ok(!figures.some((f) => ['2014', 'second', 'third', 'two-day'].includes(f.evidence.quote)));
  });
});
