import { Readable } from 'node:stream';
import { decodeBytes } from './decode-bytes.js';
import { failureItem } from './items.js';
import { osReason } from './os-reason.js';
import { htmlItem } from './read-html.js';
import { readJsonl } from './read-jsonl.js';
import { textItem } from './read-text.js';
import type { InputItem, ReadOptions } from './types.js';

const HTML_PAGE = /^\s*<(?:!doctype\s+html|html[\s>])/i;

/**
 * Standard input, which has no file name to tell its type: JSON Lines when
 * every non-blank line starts with `{`, an HTML page when it opens like one,
 * plain text otherwise. It is read whole first, since the type depends on all of it.
 */
export async function* readStdin(stream: NodeJS.ReadableStream, opts: ReadOptions): AsyncGenerator<InputItem> {
  const ctx = { id: '-', source: '-', opts };
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  } catch (err) {
    yield failureItem(ctx, 'ingest/unreadable', `-: cannot read standard input: ${osReason(err)}`);
    return;
  }
  const bytes = Buffer.concat(chunks);
  if (looksLikeJsonl(bytes)) {
    yield* readJsonl(Readable.from([bytes]), ctx);
    return;
  }
  const decoded = decodeBytes(bytes, ctx.source);
  if (!decoded.ok) yield failureItem(ctx, decoded.ruleId, decoded.reason);
  else if (HTML_PAGE.test(decoded.text.slice(0, 200))) yield htmlItem(decoded.text, ctx, {}, decoded.messages);
  else yield textItem(decoded.text, ctx, decoded.messages);
}

/** Every non-blank line opens with `{` (after indentation and a BOM), and there is at least one. */
export function looksLikeJsonl(bytes: Buffer): boolean {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let lines = 0;
  while (start < bytes.length) {
    let i = start;
    while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d)) i++;
    if (i < bytes.length && bytes[i] !== 0x0a) {
      if (bytes[i] !== 0x7b) return false;
      lines++;
    }
    const nl = bytes.indexOf(0x0a, i);
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines > 0;
}
