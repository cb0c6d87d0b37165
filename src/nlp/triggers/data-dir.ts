import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `data/events` of the package: three levels up from src/nlp/triggers (or dist/nlp/triggers). */
export function eventsDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'events');
}
