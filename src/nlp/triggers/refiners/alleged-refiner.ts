import { cueBefore, cueList, isStatement, qualify } from '../cues.js';
import type { Refiner } from './refiner.js';

const ALLEGATION = cueList([
  'allegedly', 'alleged', 'reports of', 'report of', 'claims of', 'claim that', 'claims that', 'claimed that', 'claiming that',
  'claimed', 'claims', 'claiming', 'accused', 'accuses', 'accusing', 'accuse', 'accusation that', 'accusations that',
  'accusations of', 'allegations that', 'allegations of', 'allegation that', 'purportedly', 'purported', 'said to have',
  'unconfirmed', 'believes', 'believe', 'rumours of', 'rumors of', 'rumours that', 'rumors that', 'reportedly',
]);
const CLAIM_CONTENT = new Set(['that', 'it', 'they', 'he', 'she', 'to', 'its', 'their']);
const ACCUSE = new Set(['accused', 'accuses', 'accusing', 'accuse']);

/**
 * "allegedly killed", "reports of an incident", "accused Russia of bombing",
 * "claimed it had killed": a party asserts the happening and nobody confirms
 * it. Claiming responsibility for an attack does not make the attack alleged.
 */
export const allegedRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  for (const c of candidates) {
    if (isStatement(c)) continue;
    const cue = cueBefore(view, c, ALLEGATION, {
      max: 12,
      reject: (first, end) => {
        const word = tokens[first]!.norm;
        if (word === 'reportedly') return true;
        if (ACCUSE.has(word)) return !tokens.slice(end, c.first).some((t) => t.norm === 'of' || t.norm === 'that');
        if (/^claim/.test(word) && end === first + 1) return !CLAIM_CONTENT.has(tokens[end]?.norm ?? '');
        return false;
      },
    });
    if (cue) qualify(c, view, 'alleged', cue, 'modality/alleged');
  }
  return candidates;
};
