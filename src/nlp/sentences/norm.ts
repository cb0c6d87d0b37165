const APOSTROPHES = /[’‘ʼ`]/g;
const HAS_APOSTROPHE = /[’‘ʼ`]/;

/** Lexicon key of a token: lower case, with typographic apostrophes made straight ("didn’t" → "didn't"). */
export function normalise(surface: string): string {
  const lower = surface.toLowerCase();
  return HAS_APOSTROPHE.test(lower) ? lower.replace(APOSTROPHES, "'") : lower;
}
