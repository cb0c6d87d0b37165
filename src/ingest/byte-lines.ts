export interface ByteLine {
  /** The line without its `\n` (a `\r` before it is kept). */
  bytes: Buffer;
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's start in the whole input. */
  offset: number;
}

/**
 * Splits a byte stream on `\n` without decoding it, so that a line of invalid
 * UTF-8 spoils only itself. Holds one line at a time, whatever the input size.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let line = 1;
  let offset = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const bytes = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      yield { bytes, line, offset };
      line++;
      offset += bytes.length + 1;
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield { bytes: Buffer.concat(pending), line, offset };
}
