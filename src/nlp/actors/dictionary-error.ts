import { DataFileError, describeDataFileProblem, type DataFileProblem } from '../../core/data-file-error.js';

export type DictionaryProblem = DataFileProblem;

export const describeProblem = describeDataFileProblem;

export class DictionaryError extends DataFileError {
  override name = 'DictionaryError';

  constructor(problems: readonly DictionaryProblem[]) {
    super('actor dictionary', problems);
  }
}
