import { isNominal } from '../noun-phrases.js';
import type { Refiner } from './refiner.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'gets', 'got', 'gotten', 'getting']);
const HAVE = new Set(['have', 'has', 'had', "'ve", "'d", 'having']);
const IRREGULAR = new Set([
  'hit', 'struck', 'shot', 'fought', 'fled', 'held', 'caught', 'put', 'set', 'shut', 'cut', 'hurt', 'led', 'left', 'lost',
  'burnt', 'built', 'dug', 'overrun', 'slain', 'swept', 'sent', 'brought', 'beat', 'hanged', 'hung', 'torn',
]);
/** After a bare participle these words show a reduced passive ("13 people killed in …"). */
const REDUCED_NEXT = new Set(['in', 'at', 'during', 'near', 'when', 'after', 'while', 'on', 'amid', 'since', 'as', 'outside', 'inside', 'across']);

export function isParticiple(norm: string): boolean {
  return /(ed|en|wn)$/.test(norm) || IRREGULAR.has(norm);
}

/**
 * Active or passive, for verbs: a form of "be" before a participle ("were
 * killed", "was reportedly shelled"), "by" after one ("a clinic hit by"), or
 * a bare participle after a noun and before a place or time ("13 people
 * killed in Kabul"). "Have" makes it active ("have stormed in").
 */
export const voiceRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  for (const c of candidates) {
    if (c.nominal) continue;
    const t = tokens[c.first]!;
    c.voice = 'active';
    if (/ing$/.test(t.norm) || !isParticiple(t.norm)) continue;
    let k = c.first - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
    const before = tokens[k];
    if (before && HAVE.has(before.norm)) continue;
    if (before && BE.has(before.norm) && !/^[A-Z]{2,}$/.test(before.surface)) {
      c.voice = 'passive';
      continue;
    }
    const next = tokens[c.end];
    const nominalBefore = isNominal(tokens[c.first - 1]);
    const byAfter = next?.norm === 'by' || (tokens[c.end + 1]?.norm === 'by' && next?.pos === 'ADV');
    if (nominalBefore && (byAfter || next === undefined || REDUCED_NEXT.has(next.norm) || next.pos === 'PUNCT')) c.voice = 'passive';
  }
  return candidates;
};
