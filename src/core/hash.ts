import { createHash } from 'node:crypto';

/** Content hash of a document's text: identical text is the same document, whatever its file name. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Short stable identifier derived from several parts (ids of events, quotes, documents). */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(p)).update('\u0000');
  return `${prefix}_${h.digest('hex').slice(0, 16)}`;
}
