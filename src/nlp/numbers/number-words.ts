/** Numbers written in words: "two", "twenty-five", "a hundred", "three million", "half a dozen". */

const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12],
]);

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60],
  ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);

const TENS_SRC = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES_SRC = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS_SRC = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const SCALE_SRC = 'hundred|thousand|million|billion|trillion|dozen';
const SMALL_SRC = `(?:${TENS_SRC})(?:-(?:${ONES_SRC}))?|${TEENS_SRC}|zero|${ONES_SRC}`;

/**
 * A run of number words. It may over-match ("two and three"); `parseWordNumber`
 * reads the longest well-formed prefix and says where it ends.
 */
export const WORD_NUMBER_SRC =
  `\\b(?:(?:a|half\\s+a)\\s+(?:${SCALE_SRC})|(?:${SMALL_SRC}))\\b` +
  `(?:(?:\\s+and\\s+|-|\\s+)(?:${SMALL_SRC}|${SCALE_SRC})\\b)*`;

/** Ordinal words: "first", "twenty-first", "hundredth". */
export const ORDINAL_WORD_SRC =
  `\\b(?:(?:${TENS_SRC})-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${[...ORDINALS.keys()].join('|')})\\b`;

export interface WordNumber {
  value: number;
  /** End of the words read, relative to the string given. */
  end: number;
  /** The largest scale word used (1 when none), so "2-3 million" can scale its low end. */
  scale: number;
}

const TOKEN = /[a-z]+/g;
const GAP = /^(?:\s+|-|\s+and\s+)$/;

/**
 * Reads number words from `from` in `s` (which must start with one), stopping at
 * the first word that cannot continue the number: "two and three" reads "two".
 */
export function parseWordNumber(s: string, from = 0): WordNumber | null {
  TOKEN.lastIndex = from;
  let total = 0;
  let current = 0;
  let last: 'none' | 'a' | 'half' | 'ones' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' = 'none';
  let half = false;
  let end = -1;
  let scale = 1;
  const lower = s.toLowerCase();
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    if (end >= 0 && !GAP.test(lower.slice(end, m.index))) break;
    const w = m[0];
    const small = SMALL.get(w);
    const sc = SCALES.get(w);
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      last = 'and';
      continue;
    }
    if ((w === 'a' && last === 'none') || (w === 'a' && last === 'half')) {
      last = 'a';
      continue;
    }
    if (w === 'half' && last === 'none') {
      half = true;
      last = 'half';
      continue;
    }
    if (small !== undefined) {
      if (last === 'ones' || last === 'teen' || last === 'a' || last === 'half') break;
      if (last === 'tens' && small >= 10) break;
      current += small;
      last = small >= 20 ? 'tens' : small >= 10 ? 'teen' : 'ones';
    } else if (sc !== undefined) {
      if (last === 'and' || last === 'half') break;
      if (sc === 100 || sc === 12) {
        if (last === 'hundred') break;
        current = (current || 1) * sc;
        last = 'hundred';
      } else {
        total += (current || 1) * sc;
        current = 0;
        last = 'scale';
      }
      scale = Math.max(scale, sc);
    } else {
      break;
    }
    end = m.index + w.length;
  }
  if (end < 0 || last === 'a' || last === 'half') return null;
  const value = (total + current) * (half ? 0.5 : 1);
  return { value, end, scale };
}

export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  const direct = ORDINALS.get(w);
  if (direct !== undefined) return direct;
  const [tens, ones] = w.split('-');
  const t = tens === undefined ? undefined : SMALL.get(tens);
  const o = ones === undefined ? undefined : ORDINALS.get(ones);
  return t !== undefined && o !== undefined && o < 10 ? t + o : null;
}
