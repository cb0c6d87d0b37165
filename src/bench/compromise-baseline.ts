import nlp from 'compromise';

/**
 * The JavaScript alternative a user would reach for: compromise's people,
 * places and organisations over the same texts, so the bench can print
 * sitrep's throughput as a ratio of it.
 */
export function compromiseEntities(texts: readonly string[]): number {
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return found;
}
