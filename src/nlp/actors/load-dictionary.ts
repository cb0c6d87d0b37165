import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildActorDictionary, type DictionarySource } from './build-dictionary.js';
import type { ActorDictionary } from './dictionary.js';
import { DictionaryError, type DictionaryProblem } from './dictionary-error.js';

/** `data/` of the package: three levels up from src/nlp/actors (or dist/nlp/actors). */
export function defaultDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');
}

/** The shipped dictionary files: data/actors/*.yaml, then data/outlets/*.yaml, each in name order. */
export function shippedDictionaryFiles(dataDir = defaultDataDir()): string[] {
  return ['actors', 'outlets'].flatMap((sub) => {
    const dir = path.join(dataDir, sub);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort()
      .map((f) => path.join(dir, f));
  });
}

/**
 * Loads the shipped actor and outlet dictionary, extended by the user's own
 * YAML files (same format, read after the shipped ones). Throws a
 * DictionaryError naming the file, line and entry of every problem.
 */
export function loadActorDictionary(extraFiles: readonly string[] = [], dataDir = defaultDataDir()): ActorDictionary {
  const sources: DictionarySource[] = [];
  const unreadable: DictionaryProblem[] = [];
  for (const file of [...shippedDictionaryFiles(dataDir), ...extraFiles]) {
    try {
      sources.push({ file, text: readFileSync(file, 'utf8') });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      unreadable.push({ file, line: null, entry: null, message: `cannot be read: ${reason}` });
    }
  }
  if (unreadable.length > 0) throw new DictionaryError(unreadable);
  return buildActorDictionary(sources);
}

let shipped: ActorDictionary | undefined;

/** The shipped dictionary, loaded on first use and kept. */
export function defaultActorDictionary(): ActorDictionary {
  shipped ??= loadActorDictionary();
  return shipped;
}
