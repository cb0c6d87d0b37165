/** A mistake in how the command was called: printed as one line, exit status 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
