import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { osReason } from '../ingest/os-reason.js';
import type { EvalProblem, GoldDocument } from './gold-types.js';
import { parseGold } from './parse-gold.js';

export const GOLD_SUFFIX = '.gold.json';

export interface LoadedGold {
  golds: GoldDocument[];
  problems: EvalProblem[];
}

/**
 * The gold files of a directory (`*.gold.json` directly in it, not in
 * subdirectories, so a dev set kept below the seed gold is scored apart), or
 * one gold file. Unreadable and malformed files become problems.
 */
export async function loadGold(path: string): Promise<LoadedGold> {
  const info = await stat(path).catch((err: unknown) => {
    throw new Error(`${path}: cannot read the gold: ${osReason(err)}`);
  });
  const files = info.isDirectory()
    ? (await readdir(path))
        .filter((name) => name.endsWith(GOLD_SUFFIX) && !name.startsWith('.'))
        .sort()
        .map((name) => join(path, name))
    : [path];
  if (files.length === 0) throw new Error(`${path}: no ${GOLD_SUFFIX} files in this directory`);
  const golds: GoldDocument[] = [];
  const problems: EvalProblem[] = [];
  for (const file of files) {
    const loaded = await loadGoldFile(file);
    if (loaded.gold !== null) golds.push(loaded.gold);
    problems.push(...loaded.problems);
  }
  return { golds, problems };
}

async function loadGoldFile(file: string): Promise<{ gold: GoldDocument | null; problems: EvalProblem[] }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const what = err instanceof SyntaxError ? 'not valid JSON' : 'cannot read';
    return { gold: null, problems: [{ file, at: null, reason: `${what}: ${osReason(err)}`, severity: 'error' }] };
  }
  return parseGold(json, file);
}
