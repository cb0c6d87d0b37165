/**
 * Whether a word reads as a noun or a verb here ("the attack" / "militants
 * attack the base", "coalition strikes hit" / "it strikes"). Tags from the
 * tagger are used last: they are often wrong on exactly these words.
 */
import { isNominal, isPossessive } from './noun-phrases.js';
import type { ViewToken } from './sentence-view.js';
import { isParticiple } from './refiners/voice-refiner.js';

const NOUN_AFTER = new Set(['on', 'against', 'by', 'of', 'in', 'targeting']);
const OBJECT_START = new Set(['DET', 'NUM', 'PRON', 'PROPN']);

export function readsAsNoun(tokens: readonly ViewToken[], i: number, end = i + 1): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[end];
  // "-ed" forms are verbs or participles ("killed or enslaved thousands"), nouns only after a determiner ("the wounded").
  const participle = /ed$/.test(t.norm) || (isParticiple(t.norm) && t.pos !== 'NOUN');
  if (participle && isNominal(next) && next?.pos !== 'NUM') return false;
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || isPossessive(prev))) return true;
  if (participle) return false;
  if (next && (next.pos === 'VERB' || next.pos === 'AUX') && !/^[A-Z]{2,}$/.test(next.surface)) return true;
  if (prev?.pos === 'ADP') return !/ing$/.test(t.norm);
  if (next && OBJECT_START.has(next.pos)) return false;
  if (next && NOUN_AFTER.has(next.norm) && t.pos !== 'VERB') return true;
  if (/ing$/.test(t.norm) && t.pos !== 'NOUN') return false;
  return t.pos !== 'VERB' && t.pos !== 'AUX';
}
