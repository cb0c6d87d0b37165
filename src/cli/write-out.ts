import { once } from 'node:events';

/** Writes to a stream, waiting when it is full so memory stays flat on large outputs. */
export async function writeOut(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
