import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileType, type FileType } from './file-types.js';

export type WalkEntry =
  | { kind: 'file'; path: string; rel: string; type: FileType }
  | { kind: 'error'; path: string; rel: string; error: unknown };

/**
 * The readable files under a directory, depth first in code-point order of
 * names so every run sees the same order. Hidden files and directories and
 * files of unsupported types are skipped; symbolic links are followed once.
 * `rel` uses `/` whatever the platform, as document ids do.
 */
export async function* walkDirectory(root: string): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  yield* walk(root, '', seen);
}

async function* walk(dir: string, relDir: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', path: dir, rel: relDir, error };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // A dangling link is worth a failure only if it would have been read.
        if (fileType(entry.name) !== null) yield { kind: 'error', path, rel, error };
        continue;
      }
    }
    const type = fileType(entry.name);
    if (isDir) yield* walk(path, rel, seen);
    else if (isFile && type !== null) yield { kind: 'file', path, rel, type };
  }
}
