/**
 * Speeds and areas are not distances, and not counts of kilometres either:
 * "120 km/h", "40 mph", "300 km²", "12,000 square kilometres".
 */
import type { NonQuantityParser } from '../parser.js';

const NUMBER = '\\d(?:[\\d,.]*\\d)?';
const LENGTH = '(?:km|kms|kilomet(?:re|er)s?|miles?|mi|m|met(?:re|er)s?|ft|feet|foot|yards?)';

export const measureBlocker: NonQuantityParser = {
  name: 'measure',
  pattern: new RegExp(
    [
      `${NUMBER}\\s?-?${LENGTH}(?:\\s?/\\s?h(?:r|our)?\\b|\\s?[²2³](?!\\d)|\\s+(?:per|an|a)\\s+hour\\b)`,
      `${NUMBER}\\s?-?(?:mph|kph|kmh|knots)\\b`,
      `${NUMBER}\\s+(?:square|sq\\.?|cubic)\\s+${LENGTH}\\b`,
    ].join('|'),
    'gi',
  ),
  needsDigit: true,
};
