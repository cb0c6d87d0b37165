import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { failureItem } from './items.js';
import { fileType, SUPPORTED_EXTENSIONS, type FileType } from './file-types.js';
import { osReason } from './os-reason.js';
import { dateInFileName } from './published.js';
import { readHtml } from './read-html.js';
import { readJsonl } from './read-jsonl.js';
import { readStdin } from './read-stdin.js';
import { readText } from './read-text.js';
import type { InputItem, ReadContext, ReadOptions } from './types.js';
import { walkDirectory } from './walk-directory.js';

/**
 * Every document in the given inputs, in order: files, directories (walked
 * recursively in a stable order) and `-` for standard input. Inputs that
 * cannot be read become failures in the stream instead of errors, so one bad
 * file never stops a batch.
 */
export async function* readInputs(
  paths: string[],
  opts: ReadOptions & { stdin?: NodeJS.ReadableStream } = {},
): AsyncGenerator<InputItem> {
  const { stdin, ...options } = opts;
  for (const path of paths) {
    if (path === '-') yield* readStdin(stdin ?? process.stdin, options);
    else yield* readPath(path, options);
  }
}

async function* readPath(path: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  const ctx: ReadContext = { id: basename(path), source: path, opts };
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield failureItem(ctx, 'ingest/unreadable', `${path}: cannot read: ${osReason(err)}`);
    return;
  }
  if (info.isDirectory()) {
    for await (const entry of walkDirectory(path)) {
      const entryCtx = { id: entry.rel, source: entry.path, opts };
      if (entry.kind === 'error') {
        yield failureItem(entryCtx, 'ingest/unreadable', `${entry.path}: cannot read: ${osReason(entry.error)}`);
      } else yield* readFileAs(entry.type, entryCtx);
    }
    return;
  }
  const type = fileType(path);
  if (type === null) {
    yield failureItem(
      ctx,
      'ingest/unsupported-type',
      `${path}: unsupported file type "${extensionOf(path)}"; ingest reads ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
    return;
  }
  yield* readFileAs(type, ctx);
}

async function* readFileAs(type: FileType, ctx: ReadContext): AsyncGenerator<InputItem> {
  try {
    if (type === 'jsonl') {
      yield* readJsonl(createReadStream(ctx.source), ctx);
      return;
    }
    const bytes = await readFile(ctx.source);
    const named = { ...ctx, nameDate: dateInFileName(ctx.source) };
    yield type === 'html' ? readHtml(bytes, named) : readText(bytes, named);
  } catch (err) {
    yield failureItem(ctx, 'ingest/unreadable', `${ctx.source}: cannot read: ${osReason(err)}`);
  }
}

function extensionOf(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '(none)';
}
