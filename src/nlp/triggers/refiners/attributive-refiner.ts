import { isNominal } from '../noun-phrases.js';
import type { Refiner } from './refiner.js';
import { isParticiple } from './voice-refiner.js';

const OPENERS = new Set(['DET', 'ADJ', 'ADV', 'ADP']);

/**
 * A participle before its noun ("the recaptured town", "Displaced people")
 * describes the noun: its object is that noun, and it reads as passive. Entries
 * marked `attributive: false` are not events in that use ("the besieged city").
 */
export const attributiveRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  return candidates.filter((c) => {
    if (c.nominal || c.end - c.first !== 1) return true;
    const t = tokens[c.first]!;
    const next = tokens[c.end];
    const prev = tokens[c.first - 1];
    if (!isParticiple(t.norm) || !isNominal(next) || next?.pos === 'NUM') return true;
    if (prev !== undefined && !OPENERS.has(prev.pos)) return true;
    if (c.voice === 'passive' && prev !== undefined && prev.pos !== 'ADV') return true;
    if (!c.entry.attributive) return false;
    c.attributive = true;
    c.voice = 'passive';
    c.rules.push('attributive');
    return true;
  });
};
