/**
 * A second process for the store suite: opens the store at argv[2] and saves
 * argv[3] documents, one transaction each, while the test process reads.
 * Usage: node --import tsx concurrent-writer.ts LOCATION COUNT PREFIX
 */
import { openStore } from '../open-store.js';
import { writerInput } from './writer-input.js';

const [location, count, prefix] = process.argv.slice(2);
if (location === undefined || count === undefined || prefix === undefined) {
  process.stderr.write('usage: concurrent-writer.ts LOCATION COUNT PREFIX\n');
  process.exit(2);
}
const store = openStore(location);
try {
  for (let i = 0; i < Number(count); i++) store.save(writerInput(prefix, i));
} finally {
  store.close();
}
