import { cueBefore, cueList, isStatement, qualify } from '../cues.js';
import type { Refiner } from './refiner.js';

const MODALS = cueList(['could', 'might', 'may', 'would', 'should', 'must']);
const CONDITIONS = cueList(['if', 'unless', 'whether', 'in case', 'in the event of', 'even if']);
const POSSIBILITIES = cueList([
  'threaten to', 'threatened to', 'threatens to', 'threatening to', 'risk of', 'risks', 'fear of', 'fears of', 'fears that',
  'feared that', 'possible', 'potential', 'possibility of', 'prospect of', 'would-be', 'call for', 'called for', 'calls for',
  'calling for', 'urged', 'urge', 'urges', 'urging', 'demand', 'demanded', 'demands', 'demanding', 'proposed', 'warned of',
  'warns of', 'warn of', 'warning of', 'threat of', 'threats of',
]);
/** "would" after these is the future of reported speech, left to the planned refiner. */
const REPORTING = cueList(['said', 'says', 'told', 'vowed', 'vows', 'warned', 'announced', 'made clear', 'insisted', 'pledged', 'promised', 'expected', 'predicted', 'added', 'stated']);

/**
 * "could be the start", "if they attack", "called for a ceasefire": the
 * happening is a possibility, a condition or a wish, not a fact.
 */
export const hypotheticalRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  for (const c of candidates) {
    if (isStatement(c)) continue;
    const modal = cueBefore(view, c, MODALS, {
      max: 8,
      clause: true,
      subordinate: true,
      reject: (first) =>
        (tokens[first]!.norm === 'may' && tokens[first]!.pos !== 'AUX') ||
        (tokens[first]!.norm === 'would' && cueBefore(view, { ...c, first }, REPORTING, { max: 12 }) !== null),
    });
    const cue = modal ?? cueBefore(view, c, CONDITIONS, { max: 12 }) ?? cueBefore(view, c, POSSIBILITIES, { max: 6, clause: true });
    if (cue) qualify(c, view, 'hypothetical', cue, 'modality/hypothetical');
  }
  return candidates;
};
