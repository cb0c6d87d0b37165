/**
 * Place-name keys that survive transliteration. Arabic, Kurdish and Persian
 * names reach English news in many spellings (Gogjali / Kokjali / Kokjeli,
 * Qayara / Qayyarah / Al Qayyarah), so the gazetteer indexes and looks up
 * names by a folded key rather than by their spelling.
 *
 * The folding is deliberately lossy on the features transliteration is
 * inconsistent about (articles, doubled letters, q/k/g, kh, long-vowel
 * digraphs, -iya endings) and keeps what it is consistent about (the
 * consonant skeleton and a/i/u), so Mosul and Masul, Homs and Hama, Iraq and
 * Iran stay apart. The letter `e` renders fatha (Kokjeli, Deraa) as often as
 * kasra (Idleb), so a name with an `e` gets two keys, one reading it as `a`
 * and one as `i`; any shared key is a match.
 */

/** Letters NFKD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const MARKS_RE = /\p{M}+/gu;
/** Ayn, hamza, apostrophes and periods vanish without a break (Sana'a, Ta‘izz, U.S.). */
const SILENT_RE = /['’‘`´ʼʻʿʾ′.]/g;
/** Hyphenated Arabic article forms at the start of a word: al-, el-, ad-, ash-… */
const ARTICLE_PREFIX_RE = /(^|[^a-z0-9])(?:al|el|ul|ad|ar|as|an|at|az|ash|ath|adh)-(?=[a-z])/g;
const NON_ALNUM_RE = /[^a-z0-9]+/;
/** Printable ASCII needs no Unicode decomposition. */
const ASCII_RE = /^[\x20-\x7e]*$/;

/** Article written as its own word and assimilated to the next consonant: "Ash Sharqat", "Az Zubayr". */
const SUN_ARTICLES: ReadonlyMap<string, string> = new Map([
  ['ad', 'd'], ['ar', 'r'], ['as', 's'], ['an', 'n'], ['at', 't'], ['az', 'z'], ['ash', 'sh'], ['ath', 'th'], ['adh', 'dh'],
]);
const PLAIN_ARTICLES = new Set(['al', 'ul']);

/** English and Arabic forms of the same generic word, unified before letter folding. */
const WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['mt', 'mount'], ['jabal', 'mount'], ['jebel', 'mount'], ['jabel', 'mount'], ['djebel', 'mount'],
  ['saint', 'st'], ['airfield', 'airbase'], ['tell', 'tal'], ['tel', 'tal'], ['tall', 'tal'], ['til', 'tal'],
]);

/**
 * Lower-case Latin text with diacritics, apostrophes and hyphenated articles
 * removed, split into words, with the English word-order variants unified
 * ("University of Mosul" → mosul university, "Mosul International Airport" →
 * mosul airport, "Sasan Mountain" → mount sasan).
 */
export function nameWords(text: string): string[] {
  return splitName(text).words;
}

/** The written words of a name (`written`) and its words for keying (`words`, as `nameWords`). */
export function splitName(text: string): { written: string[]; words: string[] } {
  const lower = ASCII_RE.test(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').toLowerCase().replace(MARKS_RE, '').replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
  const flat = lower.replace(SILENT_RE, '').replace(/&/g, ' and ').replace(ARTICLE_PREFIX_RE, '$1');
  const raw = flat.split(NON_ALNUM_RE).filter((w) => w !== '');
  const written = lower.split(NON_ALNUM_RE, 2).filter((w) => w !== '');
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] as string;
    const next = raw[i + 1];
    if (next !== undefined && PLAIN_ARTICLES.has(w)) continue;
    const sun = SUN_ARTICLES.get(w);
    if (next !== undefined && sun !== undefined && next.startsWith(sun)) continue;
    if (i === 0 && w === 'the' && next !== undefined) continue;
    words.push(WORD_FORMS.get(w) ?? w);
  }
  return { written, words: englishOrder(words) };
}

function englishOrder(words: string[]): string[] {
  let out = words;
  if (out.length > 2 && out[0] === 'university' && out[1] === 'of') out = [...out.slice(2), 'university'];
  const joined: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as string;
    const next = out[i + 1];
    if (w === 'international' && next === 'airport') continue;
    if (w === 'air' && (next === 'base' || next === 'field')) {
      joined.push('airbase');
      i++;
      continue;
    }
    joined.push(w);
  }
  const last = joined.length - 1;
  if (last > 0 && joined[last] === 'mountain' && joined[0] !== 'mount') return ['mount', ...joined.slice(0, last)];
  return joined;
}

/** Consonant and vowel spellings folded in one pass, longest first. */
const FOLDS: Readonly<Record<string, string>> = {
  kh: 'k', gh: 'k', dh: 'd', ph: 'f', ck: 'k', q: 'k', g: 'k', ee: 'i', oo: 'u', ou: 'u', ei: 'ay', ey: 'ay', ai: 'ay', o: 'u',
};
const FOLD_RE = /[kg]h|dh|ph|ck|ee|oo|ou|ei|ey|ai|[qgo]/g;

const tokenMemo = new Map<string, readonly [string, string]>();
const TOKEN_MEMO_LIMIT = 100_000;

/** Drops the memo of folded words, after a bulk job (building an index) filled it with words a process will not see again. */
export function forgetFoldedWords(): void {
  tokenMemo.clear();
}

/**
 * The folded forms of one word: [e-as-i, e-as-a]. Both are equal when the
 * word has no `e`.
 */
export function foldWord(word: string): readonly [string, string] {
  const hit = tokenMemo.get(word);
  if (hit !== undefined) return hit;
  const consonants = word.replace(FOLD_RE, (m) => FOLDS[m] ?? m);
  const asI = finishWord(consonants.replace(/e/g, 'i'));
  const folded: readonly [string, string] = consonants.includes('e')
    ? [asI, finishWord(consonants.replace(/e/g, 'a'))]
    : [asI, asI];
  if (tokenMemo.size >= TOKEN_MEMO_LIMIT) tokenMemo.clear();
  tokenMemo.set(word, folded);
  return folded;
}

function finishWord(w: string): string {
  return w
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?:iyah|iya|iah|ia)$/, 'ia')
    .replace(/([aiu])h$/, '$1')
    .replace(/y$/, 'i');
}

/**
 * Every key a name is indexed or looked up under (one or two; none for a
 * string without letters or digits). Two names match when they share a key.
 */
export function nameKeys(text: string): string[] {
  return keysOfWords(nameWords(text));
}

/** Keys of words already split by `nameWords`. */
export function keysOfWords(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  let asI = '';
  let asA = '';
  for (const w of words) {
    const [i, a] = foldWord(w);
    asI = asI === '' ? i : `${asI} ${i}`;
    asA = asA === '' ? a : `${asA} ${a}`;
  }
  return asI === asA ? [asI] : [asI, asA];
}

/** The first key of a name: enough to compare two names in tests and logs. */
export function normalizeName(text: string): string {
  return nameKeys(text)[0] ?? '';
}

/** Whether two names share a key. */
export function namesMeet(a: string, b: string): boolean {
  const keys = new Set(nameKeys(a));
  return nameKeys(b).some((k) => keys.has(k));
}
