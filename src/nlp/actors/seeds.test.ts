import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultActorDictionary } from './load-dictionary.js';
import { matchActors } from './match-actors.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');

interface GoldEvent {
  actors?: string[][];
  targets?: string[][];
}

// Gold aliases this layer does not own: a spokesman is a speaker (the quotes
// stage attributes him), not a party in the dictionary.
const SPEAKERS = new Set(['John Dorrian', 'Colonel John Dorrian']);

describe('seed reports', () => {
  const goldDir = path.join(shared, 'gold');
  const golds = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')) : [];

  it('matches every gold actor alias wherever it occurs in the seed text', (t) => {
    if (golds.length === 0) return t.skip(`../shared not found: ${goldDir}`);
    const dict = defaultActorDictionary();
    // Country names are places (the geo layer); the actor layer reads "Iraqi forces", not "Iraq".
    const countryNames = new Set(dict.countries.flatMap((c) => c.names));
    const missed: string[] = [];
    let checked = 0;
    for (const file of golds) {
      const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as { document: string; events: GoldEvent[] };
      const text = readFileSync(path.join(shared, 'corpus', 'seeds', gold.document), 'utf8');
      const mentions = matchActors(text, dict).filter((m) => m.layer === 'actor');
      const aliases = new Set(gold.events.flatMap((e) => [...(e.actors ?? []), ...(e.targets ?? [])].flat()));
      for (const alias of aliases) {
        if (countryNames.has(alias) || SPEAKERS.has(alias)) continue;
        const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        for (const occurrence of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
          const start = occurrence.index;
          const end = start + alias.length;
          checked++;
          if (!mentions.some((m) => m.start <= start && end <= m.end)) missed.push(`${gold.document} [${start}, ${end}) '${alias}'`);
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} occurrences checked`);
    assert.deepEqual(missed, []);
  });
});
