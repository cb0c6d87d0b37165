/** Distances: "800 metres", "22km", "30 kilometers", "18.6 miles", "20-30 km", "several hundred metres" (speeds and areas: measure-blocker.ts). */
import { amountBefore, amountThenGap } from '../numerals.js';
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';
import { wordAfter } from '../text-context.js';

const UNIT_SRC =
  'kilomet(?:re|er)s?|kms?|met(?:re|er)s?|miles?|mi|m|yards?|yds?|feet|foot|ft|nautical\\s+miles?|nmi';

const UNITS: ReadonlyArray<[RegExp, string, number]> = [
  [/^k/, 'km', 1],
  [/^met/, 'm', 0.001],
  [/^m$/, 'm', 0.001],
  [/^mi/, 'mi', 1.609344],
  [/^y/, 'yd', 0.0009144],
  [/^f/, 'ft', 0.0003048],
  [/^n/, 'nmi', 1.852],
];

/**
 * A bare "m" is also "million" ("2m people"): read it as metres only before
 * words that go with a distance, or at the end of a clause.
 */
const METRE_CUES = new Set([
  'from', 'away', 'off', 'of', 'short', 'outside', 'inside', 'into', 'beyond', 'behind', 'ahead', 'further', 'closer',
  'long', 'high', 'wide', 'deep', 'tall', 'above', 'below', 'under', 'toward', 'towards', 'along', 'north', 'south',
  'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east',
  'south-west', 'to', 'in', 'at', 'and', 'or', '',
]);

const AMOUNT = amountThenGap('\\s?-?\\s?');

export const distanceParser: QuantityParser = {
  name: 'distance',
  pattern: new RegExp(`[\\d\\s-](${UNIT_SRC})\\b`, 'gi'),
  needsDigit: false,
  extract(m, text) {
    const end = m.index + m[0].length;
    const unitText = (m[1] ?? '').toLowerCase();
    const unit = UNITS.find(([re]) => re.test(unitText));
    const found = unit && amountBefore(AMOUNT, text, m.index + 1);
    if (!unit || !found) return null;
    if (unitText === 'm' && (found.amount.words || !METRE_CUES.has(wordAfter(text, end)))) return null;
    const r = reading(found.start, end, 'distance', found.amount, unit[1]);
    r.perKm = unit[2];
    return r;
  },
};
