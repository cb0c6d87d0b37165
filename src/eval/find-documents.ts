import { basename } from 'node:path';
import type { DocumentMeta } from '../core/document.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { InputDocument } from '../ingest/types.js';

export interface FoundDocument {
  text: string;
  meta: Partial<DocumentMeta>;
  /** Where the text was read from. */
  source: string;
  /** Set when a JSON Lines record and a file of the same name disagree on the text. */
  conflict: string | null;
}

export interface FoundDocuments {
  docs: Map<string, FoundDocument>;
  /** Read failures of inputs that could have been a wanted document. */
  failures: string[];
}

/**
 * The wanted documents among the inputs (files, directories, JSON Lines), by
 * file name. A file named like the document gives the text the gold points
 * into; a JSON Lines record with that id (dev.jsonl beside the texts) adds the
 * title, outlet and URL, and gives the text when no such file exists.
 */
export async function findDocuments(paths: string[], names: ReadonlySet<string>): Promise<FoundDocuments> {
  const files = new Map<string, InputDocument>();
  const records = new Map<string, InputDocument>();
  const failures: string[] = [];
  for await (const item of readInputs(paths)) {
    const name = names.has(item.id) ? item.id : basename(item.id);
    if (!names.has(name)) continue;
    if (item.kind === 'failure') {
      failures.push(item.reason);
      continue;
    }
    const isFile = basename(item.meta.source ?? '') === name;
    const into = isFile ? files : records;
    if (!into.has(name)) into.set(name, item);
  }
  const docs = new Map<string, FoundDocument>();
  for (const name of names) {
    const file = files.get(name);
    const record = records.get(name);
    const main = file ?? record;
    if (main === undefined) continue;
    const meta = { ...main.meta, ...definedOnly(record?.meta ?? {}), source: main.meta.source ?? null };
    const conflict =
      file !== undefined && record !== undefined && file.text !== record.text
        ? `${record.meta.source ?? 'a JSON Lines record'} holds a different text than ${file.meta.source ?? name}; the file is scored`
        : null;
    docs.set(name, { text: main.text, meta, source: main.meta.source ?? name, conflict });
  }
  return { docs, failures };
}

function definedOnly(meta: Partial<DocumentMeta>): Partial<DocumentMeta> {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== undefined)) as Partial<DocumentMeta>;
}
