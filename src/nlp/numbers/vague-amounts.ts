/**
 * Vague amounts and the figure a coder records for them, in the spirit of
 * ACLED's conservative coding of unspecific fatality reports: take the
 * smallest number the words allow, read from the plural ("dozens" is at least
 * two dozen). Words that bound nothing ("many") record no figure.
 *
 * | words                                   | low            | reading                          |
 * |-----------------------------------------|----------------|----------------------------------|
 * | a couple (of)                           | 2              | two                              |
 * | a few, a handful (of), several          | 3              | more than a couple               |
 * | tens (of)                               | 20             | at least two tens                |
 * | dozens                                  | 24             | at least two dozen               |
 * | scores (of)                             | 40             | at least two score               |
 * | hundreds / thousands / millions / billions | 200 / 2000 / 2,000,000 / 2,000,000,000 | at least two of the unit |
 * | tens of thousands, hundreds of thousands | 20,000 / 200,000 | as above, compounded          |
 * | tens of millions, hundreds of millions  | 20,000,000 / 200,000,000 |                          |
 * | several / a few / a couple of + hundred, thousand, million, dozen | 3 (2) × unit | "several hundred" is 300 |
 * | many, numerous, countless, a number of, a large number of | null | no figure              |
 */
const TABLE: ReadonlyMap<string, number | null> = new Map([
  ['a couple', 2],
  ['a few', 3],
  ['a handful', 3],
  ['several', 3],
  ['tens', 20],
  ['dozens', 24],
  ['scores', 40],
  ['hundreds', 200],
  ['thousands', 2000],
  ['millions', 2e6],
  ['billions', 2e9],
  ['tens of thousands', 2e4],
  ['hundreds of thousands', 2e5],
  ['tens of millions', 2e7],
  ['hundreds of millions', 2e8],
  ['many', null],
  ['numerous', null],
  ['countless', null],
  ['a number', null],
  ['a large number', null],
]);

const UNIT: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9],
]);

const MULTIPLIED = /^(several|a few|a couple)((?: (?:dozen|hundred|thousand|million|billion))+)$/;

/** Regex source of the vague amounts above, for parsers to compose; the match may end in "of". */
export const VAGUE_SRC =
  '\\b(?:(?:several|a\\s+few|a\\s+couple(?:\\s+of)?)(?:\\s+(?:dozen|hundred|thousand|million|billion)\\b)+' +
  '|(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)\\b' +
  '|(?:dozens|hundreds|thousands|millions|billions)\\b' +
  '|(?:tens|scores)(?=\\s+of\\b)' +
  '|several\\b|a\\s+few\\b|a\\s+handful\\b|a\\s+couple(?=\\s+of\\b)|many\\b|numerous\\b|countless\\b|a\\s+(?:large\\s+)?number(?=\\s+of\\b))';

/** The conventional figure of a vague amount; undefined when the words are not one. */
export function vagueFigure(words: string): number | null | undefined {
  const key = words.toLowerCase().replace(/\s+/g, ' ').trim().replace(/ of$/, '').replace(/^a couple of /, 'a couple ');
  if (TABLE.has(key)) return TABLE.get(key) ?? null;
  const m = MULTIPLIED.exec(key);
  if (!m) return undefined;
  const base = m[1] === 'a couple' ? 2 : 3;
  let product = base;
  for (const w of (m[2] ?? '').trim().split(' ')) product *= UNIT.get(w) ?? 1;
  return product;
}
