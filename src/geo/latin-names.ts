/** Picks the alternate names of a place that English text could use. */

const LATIN_RE = /^[A-Za-z0-9 '’‘ʿʾ`.,()&/-]+$/;
const CODE_RE = /^[A-Z0-9]{2,4}$/;

/**
 * Alternate names an English text could use: Latin script, written with a
 * capital (GeoNames' lower-case alternates are machine romanisations such as
 * "mwsl"), not a code such as an airport's.
 */
export function latinNames(names: readonly (string | null)[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (name === null) continue;
    const n = name.trim();
    if (n.length < 3 || n.length > 60 || CODE_RE.test(n) || !/[A-Z]/.test(n)) continue;
    if (LATIN_RE.test(n.normalize('NFKD').replace(/\p{M}+/gu, ''))) out.push(n);
  }
  return [...new Set(out)];
}
