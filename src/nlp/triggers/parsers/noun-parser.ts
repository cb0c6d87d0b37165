import { newCandidate } from '../candidate.js';
import { readsAsNoun } from '../reading.js';
import { ofPos, rivalAt, type TriggerParser } from './parser.js';

/** Nouns and compound nouns ("clashes", "air strikes", "car bomb", "mass grave"), unless a verb entry has the word and it reads as a verb. */
export const nounParser: TriggerParser = {
  name: 'noun',
  parse: (view, matches) =>
    ofPos(matches, 'noun')
      .filter((m) => readsAsNoun(view.tokens, m.first, m.end) || !rivalAt(matches, 'verb', m.first, m.end))
      .map((m) => newCandidate(m.entry, m.first, m.end, m.gaps)),
};
