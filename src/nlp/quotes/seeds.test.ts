import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadGold } from '../../eval/load-gold.js';
import { scoreQuotes } from '../../eval/score-quotes.js';
import { analyse } from './fixtures/analyse.js';
import { quoteRecords } from './quote-records.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');

/** Scores the quote records of every gold document of `goldDir` (texts in `textDir`) the way `sitrep eval` does. */
async function score(goldDir: string, textDir: string): Promise<{ gold: number; found: number; right: number; problems: string[] }> {
  const { golds } = await loadGold(goldDir);
  const total = { gold: 0, found: 0, right: 0, problems: [] as string[] };
  for (const g of golds) {
    const text = readFileSync(path.join(textDir, g.document), 'utf8');
    const s = scoreQuotes(g, quoteRecords(analyse(text, g.published ?? '2016-01-01')), text);
    total.gold += s.counts.gold;
    total.found += s.counts.found;
    total.right += s.counts.speaker.correct;
    for (const m of s.misses) total.problems.push(`${g.document}: missed "${m.text}" (${m.speaker})`);
    for (const e of s.speakerErrors) total.problems.push(`${g.document}: "${e.text}" said by ${e.system}, gold ${e.gold}`);
  }
  return total;
}

describe('quotes against the gold', () => {
  it('finds every gold quote of the seed reports, with the right speaker', async (t) => {
    const goldDir = path.join(shared, 'gold');
    if (!existsSync(goldDir)) return t.skip(`../shared not found: ${goldDir}`);
    const s = await score(goldDir, path.join(shared, 'corpus', 'seeds'));
    assert.ok(s.gold > 0);
    assert.deepEqual(s.problems, []);
    assert.deepEqual([s.found, s.right], [s.gold, s.gold]);
  });

  it('holds its floor on the development set', async (t) => {
    const goldDir = path.join(shared, 'gold', 'dev');
    if (!existsSync(goldDir)) return t.skip(`../shared not found: ${goldDir}`);
    const s = await score(goldDir, path.join(shared, 'corpus', 'dev'));
    // Reached when this test was written: all 59 dev quotes found, all 59 with the right speaker.
    assert.ok(s.found >= 59, `found ${s.found} of ${s.gold}:\n${s.problems.join('\n')}`);
    assert.ok(s.right >= 59, `right speaker for ${s.right} of ${s.gold}:\n${s.problems.join('\n')}`);
  });
});
