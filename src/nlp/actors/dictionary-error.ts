/** One thing wrong with a dictionary file, with its place. */
export interface DictionaryProblem {
  file: string;
  line: number | null;
  /** The entry it concerns, e.g. `actors[3] 'iraqi-cts'`, or null for the whole file. */
  entry: string | null;
  message: string;
}

export function describeProblem(p: DictionaryProblem): string {
  const place = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.entry === null ? `${place}: ${p.message}` : `${place}: ${p.entry}: ${p.message}`;
}

/**
 * A dictionary that cannot be used. Loading is configuration, not document
 * input, so it fails at start-up, listing every problem at once.
 */
export class DictionaryError extends Error {
  override name = 'DictionaryError';
  readonly problems: readonly DictionaryProblem[];

  constructor(problems: readonly DictionaryProblem[]) {
    const shown = problems.slice(0, 20).map(describeProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super(`actor dictionary has ${problems.length} problem(s):\n  ${[...shown, ...more].join('\n  ')}`);
    this.problems = problems;
  }
}
