/** One thing wrong with a lexicon file, with its place. */
export interface LexiconProblem {
  file: string;
  line: number | null;
  /** The entry it concerns, e.g. `entries[3] 'enter'`, or null for the whole file. */
  entry: string | null;
  message: string;
}

function describeLexiconProblem(p: LexiconProblem): string {
  const place = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.entry === null ? `${place}: ${p.message}` : `${place}: ${p.entry}: ${p.message}`;
}

/**
 * A trigger lexicon that cannot be used. Loading is configuration, not
 * document input, so it fails at start-up, listing every problem at once.
 */
export class LexiconError extends Error {
  override name = 'LexiconError';
  readonly problems: readonly LexiconProblem[];

  constructor(problems: readonly LexiconProblem[]) {
    const shown = problems.slice(0, 20).map(describeLexiconProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super(`trigger lexicon has ${problems.length} problem(s):\n  ${[...shown, ...more].join('\n  ')}`);
    this.problems = problems;
  }
}
