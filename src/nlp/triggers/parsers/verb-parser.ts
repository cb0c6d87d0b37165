import { newCandidate, type Candidate } from '../candidate.js';
import { readsAsNoun } from '../reading.js';
import { ofPos, rivalAt, type TriggerParser } from './parser.js';

/**
 * Verbs and their forms ("stormed", "recaptured", "were killed"). A form that
 * reads as a noun here is left to the noun parser when a noun entry has it
 * ("the attack"); otherwise it stays, read as a noun ("the fighting").
 */
export const verbParser: TriggerParser = {
  name: 'verb',
  parse(view, matches) {
    const out: Candidate[] = [];
    for (const m of ofPos(matches, 'verb')) {
      const nominal = readsAsNoun(view.tokens, m.first, m.end);
      if (nominal && rivalAt(matches, 'noun', m.first, m.end)) continue;
      const c = newCandidate(m.entry, m.first, m.end, m.gaps);
      c.nominal = nominal;
      out.push(c);
    }
    return out;
  },
};
