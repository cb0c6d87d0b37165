import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Document } from '../../core/document.js';
import { RESOLVED_KM, scoreGoldPlaces, type GoldPlace } from './gold-places.js';
import { placePipeline } from './place-pipeline.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const pipeline = placePipeline();

interface GoldFile {
  document: string;
  published: string;
  places: GoldPlace[];
}

function goldFiles(dir: string): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldFile);
}

test('seed gold: every place recognised, every located place resolved within 5 km', (t) => {
  const goldDir = path.join(shared, 'gold');
  if (!existsSync(goldDir)) return t.skip(`../shared not found: ${goldDir}`);
  for (const gold of goldFiles(goldDir)) {
    const text = readFileSync(path.join(shared, 'corpus', 'seeds', gold.document), 'utf8');
    const doc = pipeline.run(new Document(gold.document, text, { published: gold.published }));
    for (const s of scoreGoldPlaces(doc, gold.places)) {
      assert.ok(s.found, `${gold.document}: "${s.name}" not recognised`);
      if (s.located) assert.ok(s.errorKm !== null && s.errorKm <= RESOLVED_KM, `${gold.document}: "${s.name}" resolved ${s.errorKm?.toFixed(1) ?? 'nowhere'} km from gold`);
    }
  }
});

test('dev set: found and resolved@5km stay above their floors', (t) => {
  const goldDir = path.join(shared, 'gold', 'dev');
  const corpusDir = path.join(shared, 'corpus', 'dev');
  if (!existsSync(goldDir) || !existsSync(corpusDir)) return t.skip(`../shared not found: ${goldDir}`);
  const meta = new Map<string, { title?: string; outlet?: string }>();
  const jsonl = path.join(corpusDir, 'dev.jsonl');
  if (existsSync(jsonl)) {
    for (const line of readFileSync(jsonl, 'utf8').split('\n')) if (line.trim() !== '') {
      const r = JSON.parse(line) as { id: string; title?: string; outlet?: string };
      meta.set(r.id, r);
    }
  }
  let total = 0;
  let found = 0;
  let located = 0;
  let resolved = 0;
  for (const gold of goldFiles(goldDir)) {
    const file = path.join(corpusDir, gold.document);
    if (!existsSync(file)) continue;
    const m = meta.get(gold.document);
    const doc = pipeline.run(new Document(gold.document, readFileSync(file, 'utf8'), { published: gold.published, title: m?.title ?? null, outlet: m?.outlet ?? null }));
    for (const s of scoreGoldPlaces(doc, gold.places)) {
      total++;
      if (s.found) found++;
      if (!s.located) continue;
      located++;
      if (s.errorKm !== null && s.errorKm <= RESOLVED_KM) resolved++;
    }
  }
  t.diagnostic(`dev places: found ${found}/${total}, resolved@5km ${resolved}/${located}`);
  assert.ok(found / total >= 0.75, `found ${found}/${total}`);
  assert.ok(resolved / located >= 0.55, `resolved@5km ${resolved}/${located}`);
});
