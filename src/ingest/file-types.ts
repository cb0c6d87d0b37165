import { extname } from 'node:path';

export type FileType = 'text' | 'html' | 'jsonl';

const TYPES: ReadonlyMap<string, FileType> = new Map([
  ['.txt', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
]);

export const SUPPORTED_EXTENSIONS = [...TYPES.keys()];

/** The reader for a file name, by extension (any case), or null when ingest cannot read it. */
export function fileType(name: string): FileType | null {
  return TYPES.get(extname(name).toLowerCase()) ?? null;
}
