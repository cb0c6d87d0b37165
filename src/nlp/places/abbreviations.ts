/**
 * Abbreviated first-level regions as news writes them after a town ("Lexington,
 * Ky.", "Kamloops, B.C."): AP style for US states, the Canadian Press's for
 * provinces. Each maps to the region's name and country.
 */
const REGIONS: Readonly<Record<string, readonly [string, string]>> = {
  'Ala.': ['Alabama', 'US'], 'Ariz.': ['Arizona', 'US'], 'Ark.': ['Arkansas', 'US'], 'Calif.': ['California', 'US'],
  'Colo.': ['Colorado', 'US'], 'Conn.': ['Connecticut', 'US'], 'Del.': ['Delaware', 'US'], 'Fla.': ['Florida', 'US'],
  'Ga.': ['Georgia', 'US'], 'Ill.': ['Illinois', 'US'], 'Ind.': ['Indiana', 'US'], 'Kan.': ['Kansas', 'US'],
  'Kans.': ['Kansas', 'US'], 'Ky.': ['Kentucky', 'US'], 'La.': ['Louisiana', 'US'], 'Md.': ['Maryland', 'US'],
  'Mass.': ['Massachusetts', 'US'], 'Mich.': ['Michigan', 'US'], 'Minn.': ['Minnesota', 'US'], 'Miss.': ['Mississippi', 'US'],
  'Mo.': ['Missouri', 'US'], 'Mont.': ['Montana', 'US'], 'Neb.': ['Nebraska', 'US'], 'Nev.': ['Nevada', 'US'],
  'N.H.': ['New Hampshire', 'US'], 'N.J.': ['New Jersey', 'US'], 'N.M.': ['New Mexico', 'US'], 'N.Y.': ['New York', 'US'],
  'N.C.': ['North Carolina', 'US'], 'N.D.': ['North Dakota', 'US'], 'Okla.': ['Oklahoma', 'US'], 'Ore.': ['Oregon', 'US'],
  'Pa.': ['Pennsylvania', 'US'], 'R.I.': ['Rhode Island', 'US'], 'S.C.': ['South Carolina', 'US'], 'S.D.': ['South Dakota', 'US'],
  'Tenn.': ['Tennessee', 'US'], 'Va.': ['Virginia', 'US'], 'Vt.': ['Vermont', 'US'], 'Wash.': ['Washington', 'US'],
  'W.Va.': ['West Virginia', 'US'], 'Wis.': ['Wisconsin', 'US'], 'Wyo.': ['Wyoming', 'US'], 'D.C.': ['District of Columbia', 'US'],
  'B.C.': ['British Columbia', 'CA'], 'Alta.': ['Alberta', 'CA'], 'Sask.': ['Saskatchewan', 'CA'], 'Man.': ['Manitoba', 'CA'],
  'Ont.': ['Ontario', 'CA'], 'Que.': ['Quebec', 'CA'], 'N.S.': ['Nova Scotia', 'CA'], 'N.B.': ['New Brunswick', 'CA'],
  'P.E.I.': ['Prince Edward Island', 'CA'], 'Nfld.': ['Newfoundland and Labrador', 'CA'],
};

const BY_WRITTEN: ReadonlyMap<string, { name: string; country: string }> = new Map(
  Object.entries(REGIONS).map(([written, [name, country]]) => [written, Object.freeze({ name, country })]),
);

/** The region an abbreviation stands for, or null. Asked of every capitalised word, so most leave at the period test. */
export function abbreviatedRegion(written: string): { name: string; country: string } | null {
  if (written.charCodeAt(written.length - 1) !== 46) return null;
  return BY_WRITTEN.get(written) ?? null;
}
