/** Money: "$2 million", "US$1.5bn", "£300m", "€20-30 million", "$15-$20", "two million dollars", "500 euros". */
import type { Amount } from '../numerals.js';
import { AMOUNT_SRC, amountBefore, amountThenGap, NUM_SRC, readAmount, readNumberAt, tidy } from '../numerals.js';
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';
import { cleanBefore } from '../text-context.js';

const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['a$', 'AUD'], ['c$', 'CAD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['s$', 'SGD'],
  ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['rs', 'INR'], ['rs.', 'INR'],
]);

const NAMES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['canadian dollar', 'CAD'], ['australian dollar', 'AUD'], ['euro', 'EUR'], ['pound', 'GBP'],
  ['pounds sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'], ['rouble', 'RUB'],
  ['ruble', 'RUB'], ['riyal', 'SAR'], ['dirham', 'AED'], ['lira', 'TRY'], ['hryvnia', 'UAH'], ['naira', 'NGN'],
  ['rand', 'ZAR'], ['reais', 'BRL'], ['ringgit', 'MYR'], ['baht', 'THB'], ['dinar', 'dinar'], ['franc', 'franc'],
  ['peso', 'peso'], ['shilling', 'shilling'],
]);

const CODE_SRC = 'USD|EUR|GBP|JPY|CNY|CHF|INR|RUB|SAR|AED|IQD|SYP|TRY|UAH|SDG|YER|AFN|PKR|EGP|LBP';
const SYMBOL_SRC = `(?:US\\s?\\$|A\\$|C\\$|HK\\$|NZ\\$|S\\$|\\$|£|€|¥|₹|Rs\\.?\\s?|(?:${CODE_SRC})\\s?)`;
const NAME_SRC =
  '(?:(?:US|U\\.S\\.|Canadian|Australian)\\s+)?(?:dollars?|euros?|pounds(?:\\s+sterling)?|yen|yuan|renminbi|rupees?|roubles?|rubles?|riyals?|dirhams?|liras?|hryvnias?|naira|rand|reais|ringgit|baht|dinars?|francs?|pesos?|shillings?)\\b';
/** One-letter scales glued to a currency amount: "$2m", "£300k", "$1.2b". */
const LETTER_SCALE: ReadonlyMap<string, number> = new Map([['m', 1e6], ['k', 1e3], ['b', 1e9]]);
const LETTER_SRC = '([mkb](?![A-Za-z0-9]))?';

const PREFIXED =
  `(${SYMBOL_SRC})(${AMOUNT_SRC})${LETTER_SRC}` +
  `(?:(?:\\s*[-–]\\s*|\\s+to\\s+)${SYMBOL_SRC}(${NUM_SRC})${LETTER_SRC})?`;
/** Currency names are found first and look back for their amount: "two million dollars". */
const SUFFIXED = `\\s(${NAME_SRC})`;
const AMOUNT_BEFORE_NAME = amountThenGap('\\s+');

function scaled(n: number | null, letter: string | undefined): number | null {
  const factor = LETTER_SCALE.get((letter ?? '').toLowerCase());
  return n === null || factor === undefined ? n : tidy(n * factor);
}

/** Reads the prefixed form's groups: an amount with its letter scale, and maybe a second "$20" ending a range. */
function prefixedAmount(m: RegExpExecArray): Amount | null {
  const first = readAmount(m[2] ?? '');
  if (!first) return null;
  const amount = { ...first, value: scaled(first.value, m[3]), low: scaled(first.low, m[3]), high: scaled(first.high, m[3]) };
  if (m[4] === undefined) return amount;
  const second = readNumberAt(m[4], 0);
  const high = second && scaled(second.value, m[5]);
  if (amount.value === null || high === null || !(amount.value < high)) return null;
  return { value: null, low: amount.value, high, words: amount.words, vague: false };
}

export const moneyParser: QuantityParser = {
  name: 'money',
  // Case-sensitive: symbols and ISO codes are, and a case-insensitive "Rs" or "usd" would match inside words.
  pattern: new RegExp(`${PREFIXED}|${SUFFIXED}`, 'g'),
  needsDigit: false,
  extract(m, text) {
    const end = m.index + m[0].length;
    const symbol = m[1];
    if (symbol !== undefined) {
      const amount = cleanBefore(text, m.index) ? prefixedAmount(m) : null;
      const unit = SYMBOLS.get(symbol.replace(/\s/g, '').toLowerCase()) ?? symbol.trim().toUpperCase();
      return amount && reading(m.index, end, 'money', amount, unit);
    }
    const found = amountBefore(AMOUNT_BEFORE_NAME, text, m.index + 1);
    const name = (m[6] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^(?:us|u\.s\.) /, '');
    const unit = NAMES.get(name) ?? NAMES.get(name.replace(/s$/, '')) ?? name;
    return found && reading(found.start, end, 'money', found.amount, unit);
  },
};
