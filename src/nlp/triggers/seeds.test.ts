import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { familyOf } from './event-types.js';
import { runTriggers } from './fixtures/triggers-of.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');

interface GoldEvent {
  id: string;
  key: boolean;
  type: string;
  alt_types?: string[];
  evidence?: string;
  evidence_span?: [number, number];
}

interface Coverage {
  found: number;
  total: number;
  misses: string[];
}

/**
 * Stage 1's share of event recall: for each key gold event, a trigger of the
 * gold type's family (or an alternative's) inside the gold evidence snippet.
 */
function coverage(goldDir: string, textDir: string): Coverage | string {
  if (!existsSync(goldDir) || !existsSync(textDir)) return `../shared not found: ${goldDir}`;
  const out: Coverage = { found: 0, total: 0, misses: [] };
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as { document: string; published: string; events: GoldEvent[] };
    const text = readFileSync(path.join(textDir, gold.document), 'utf8');
    const triggers = runTriggers(text, gold.published).layer('event-trigger');
    for (const e of gold.events.filter((x) => x.key)) {
      const [start, end] = e.evidence_span ?? snippet(text, e.evidence ?? '', `${file} ${e.id}`);
      const families = new Set([e.type, ...(e.alt_types ?? [])].map(familyOf));
      out.total++;
      if (triggers.some((t) => t.start >= start && t.end <= end && families.has(familyOf(t.attrs.type)))) out.found++;
      else out.misses.push(`${gold.document} ${e.id} ${e.type}: ${text.slice(start, end)}`);
    }
  }
  return out;
}

function snippet(text: string, evidence: string, where: string): [number, number] {
  const start = text.indexOf(evidence);
  assert.ok(start >= 0, `gold evidence of ${where} not found in its text`);
  return [start, start + evidence.length];
}

describe('trigger coverage of gold events', () => {
  it('covers every key event of the seed reports', (t) => {
    const c = coverage(path.join(shared, 'gold'), path.join(shared, 'corpus', 'seeds'));
    if (typeof c === 'string') return t.skip(c);
    t.diagnostic(`seeds: ${c.found}/${c.total} key events have a trigger of their type family in their evidence`);
    assert.equal(c.total, 19);
    assert.deepEqual(c.misses, []);
  });

  it('covers at least 36 of the 38 key events of the dev set', (t) => {
    const c = coverage(path.join(shared, 'gold', 'dev'), path.join(shared, 'corpus', 'dev'));
    if (typeof c === 'string') return t.skip(c);
    t.diagnostic(`dev: ${c.found}/${c.total} key events covered; missed: ${c.misses.join(' | ')}`);
    assert.equal(c.total, 38);
    // The two misses are list items whose evidence names the places but not the shelling ("as well as X and Y, taking out …").
    assert.ok(c.found >= 36, `dev coverage fell to ${c.found}/${c.total}: ${c.misses.join(' | ')}`);
  });
});
