/**
 * The store test-suite, run against every dialect (kysely style): a dialect's
 * test file calls `runStoreSuite` with a function opening a fresh, empty store.
 * Stores opened by the suite are closed by it.
 */
import { describe } from 'node:test';
import type { Store } from './store.js';
import { concurrencyTests } from './test-support/concurrency-tests.js';
import { documentTests } from './test-support/document-tests.js';
import { eventQueryTests } from './test-support/event-query-tests.js';

export function runStoreSuite(name: string, open: () => Store): void {
  describe(`store suite: ${name}`, () => {
    documentTests(open);
    eventQueryTests(open);
    concurrencyTests(open);
  });
}
