/** One thing wrong with one of our data files (dictionary, lexicon), with its place. */
export interface DataFileProblem {
  file: string;
  line: number | null;
  /** The entry it concerns, e.g. `actors[3] 'iraqi-cts'`, or null for the whole file. */
  entry: string | null;
  message: string;
}

export function describeDataFileProblem(p: DataFileProblem): string {
  const place = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.entry === null ? `${place}: ${p.message}` : `${place}: ${p.entry}: ${p.message}`;
}

/** Problems listed in the message; the rest are counted (all stay in `problems`). */
const SHOWN = 20;

/**
 * Data files that cannot be used. Loading them is configuration, not document
 * input, so it fails at start-up, listing every problem at once.
 */
export class DataFileError extends Error {
  override name = 'DataFileError';
  readonly problems: readonly DataFileProblem[];

  constructor(what: string, problems: readonly DataFileProblem[]) {
    const shown = problems.slice(0, SHOWN).map(describeDataFileProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super(`${what} has ${problems.length} problem(s):\n  ${[...shown, ...more].join('\n  ')}`);
    this.problems = problems;
  }
}
