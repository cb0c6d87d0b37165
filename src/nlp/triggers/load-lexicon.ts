import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileLexicon } from './compile-lexicon.js';
import { eventsDataDir } from './data-dir.js';
import { LexiconError, type LexiconProblem } from './lexicon-error.js';
import type { Lexicon } from './lexicon.js';
import { parseClasses, parseEntries, type RawClass } from './parse-lexicon.js';

export interface LexiconSource {
  file: string;
  text: string;
}

/**
 * Builds a lexicon from class files and entry files (the shipped ones, or a
 * user's). Classes of later files extend same-named earlier ones; entries of
 * later files come after. Throws a LexiconError listing every problem.
 */
export function buildLexicon(classSources: readonly LexiconSource[], entrySources: readonly LexiconSource[]): Lexicon {
  const problems: LexiconProblem[] = [];
  const classes = new Map<string, RawClass>();
  for (const src of classSources) {
    for (const [name, cls] of parseClasses(src.file, src.text, problems)) {
      const before = classes.get(name);
      classes.set(name, before ? { members: [...before.members, ...cls.members], origin: before.origin } : cls);
    }
  }
  const entries = entrySources.flatMap((src) => parseEntries(src.file, src.text, problems));
  const lexicon = compileLexicon(classes, entries, problems);
  if (problems.length > 0) throw new LexiconError(problems);
  return lexicon;
}

function read(file: string): LexiconSource {
  return { file, text: readFileSync(file, 'utf8') };
}

let shipped: Lexicon | undefined;

/** data/events/classes.yaml and triggers.yaml, loaded on first use and kept. */
export function defaultLexicon(): Lexicon {
  const dir = eventsDataDir();
  shipped ??= buildLexicon([read(path.join(dir, 'classes.yaml'))], [read(path.join(dir, 'triggers.yaml'))]);
  return shipped;
}
