import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../ingest/read-inputs.js';
import type { InputDocument } from '../ingest/types.js';

export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../..', 'shared');

/** Loads a shared corpus into memory first, so reading and parsing JSON stay out of the timings. */
export async function loadCorpus(relative: string): Promise<InputDocument[] | null> {
  const file = resolve(SHARED, relative);
  if (!existsSync(file)) return null;
  const docs: InputDocument[] = [];
  for await (const item of readInputs([file])) if (item.kind === 'document') docs.push(item);
  return docs;
}
