import { newCandidate } from '../candidate.js';
import { ofPos, type TriggerParser } from './parser.js';

const VERBAL = /(ed|ing|[^s]s)$/;

/**
 * Multi-word expressions ("took control of", "blew himself up", "surrender or
 * die"), gaps included. Most open with a verb; those that open with a noun or
 * preposition ("under … control", "prison break") read as nouns.
 */
export const phraseParser: TriggerParser = {
  name: 'phrase',
  parse: (view, matches) =>
    ofPos(matches, 'phrase').map((m) => {
      const c = newCandidate(m.entry, m.first, m.end, m.gaps);
      const t = view.tokens[m.first]!;
      c.nominal = t.pos !== 'VERB' && t.pos !== 'AUX' && !VERBAL.test(t.norm) && t.pos !== 'PROPN';
      return c;
    }),
};
