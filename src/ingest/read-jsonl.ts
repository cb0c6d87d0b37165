import type { MessageInput } from '../core/message.js';
import { byteLines } from './byte-lines.js';
import { bomMessage, encodingProblem, invalidUtf8Reason } from './decode-bytes.js';
import { failureItem } from './items.js';
import { recordItem } from './jsonl-record.js';
import type { InputItem, ReadContext } from './types.js';

type Chunk = Uint8Array | string;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const HAS_NON_SPACE = /\S/;

/**
 * A JSON Lines stream, one record per line, read line by line so memory stays
 * flat. Each line stands alone: a bad line (invalid UTF-8, malformed JSON, a
 * wrong field) yields a failure with source `path:LINE` and the rest go on.
 * `file` names the whole input, for problems that concern all of it.
 */
export async function* readJsonl(chunks: AsyncIterable<Chunk>, file: ReadContext): AsyncGenerator<InputItem> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) {
    yield failureItem(file, 'ingest/empty', `${file.source}: the input is empty`);
    return;
  }
  // Binary data or UTF-16 show in the first chunk: one failure, not one per line.
  const problem = encodingProblem(toBytes(first.value), file.source);
  if (problem) {
    await it.return?.();
    yield failureItem(file, problem.ruleId, problem.reason);
    return;
  }
  let records = 0;
  for await (const { bytes, line, offset } of byteLines(resumed(first.value, it))) {
    const source = `${file.source}:${line}`;
    const lineCtx = { ...file, id: source, source };
    const messages: MessageInput[] = [];
    let body = bytes;
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      messages.push(bomMessage(file.source));
    }
    let text: string;
    try {
      text = strictUtf8.decode(body);
    } catch {
      records++;
      yield failureItem(lineCtx, 'ingest/invalid-utf8', invalidUtf8Reason(body, source, offset + bytes.length - body.length));
      continue;
    }
    if (!HAS_NON_SPACE.test(text)) continue;
    records++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      yield failureItem(lineCtx, 'ingest/bad-json', `${source}: not a valid JSON line (${why})`);
      continue;
    }
    yield recordItem(value, source, file.opts, messages);
  }
  if (records === 0) yield failureItem(file, 'ingest/empty', `${file.source}: no records, only blank lines`);
}

function toBytes(chunk: Chunk): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

async function* resumed(head: Chunk, rest: AsyncIterator<Chunk>): AsyncGenerator<Chunk> {
  try {
    yield head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    // Closes the file when the reader stops early.
    await rest.return?.();
  }
}
