import { DataFileError, type DataFileProblem } from '../../core/data-file-error.js';

export type LexiconProblem = DataFileProblem;

export class LexiconError extends DataFileError {
  override name = 'LexiconError';

  constructor(problems: readonly LexiconProblem[]) {
    super('trigger lexicon', problems);
  }
}
