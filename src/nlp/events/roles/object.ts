/**
 * The target of an active verb is the first actor after it in its clause
 * ("shelled Kurdish militia", "drove Islamic State militants from the area",
 * "killed 50 of its own militants"); of an event noun, the actor after "on",
 * "against", "at" or "with" ("fire on IS positions", "fighting with insurgent
 * groups"). Another verb or a "by" ends the search.
 */
import { coordinated, governingPreposition, mentionAt, type RoleFind } from './mentions.js';
import { overlapsHead, type RoleInput } from './role-input.js';
import { TARGET_PREPOSITIONS, VERB_GROUP } from '../words.js';

export function object(input: RoleInput): RoleFind | null {
  const { clause, kinds, mentions } = input;
  const tokens = clause.sentence.tokens;
  const reach = input.verbal ? 8 : 4;
  for (let i = clause.head.to; i < clause.to && i < clause.head.to + reach; i++) {
    const t = tokens[i];
    if (!t || t.norm === 'by') return null;
    if (kinds[i] === 'verb' && !VERB_GROUP.has(t.norm)) return null;
    const m = mentionAt(mentions, i);
    if (!m || overlapsHead(input, m)) continue;
    const prep = governingPreposition(clause.sentence, m);
    const counted = prep === 'of' && isCount(input, m);
    if (prep === null ? input.verbal : TARGET_PREPOSITIONS.has(prep) || prep === 'from' || counted) {
      return { mentions: coordinated(clause.sentence, mentions, m), rule: prep ? `target/${prep}` : 'target/object', strength: 0.75 };
    }
    i = m.to - 1;
  }
  return null;
}

/** "50 of its own militants": the "of" follows a number. */
function isCount(input: RoleInput, m: { from: number }): boolean {
  const tokens = input.clause.sentence.tokens;
  for (let i = m.from - 1; i >= m.from - 5 && i >= 0; i--) {
    if (tokens[i]?.norm === 'of') return tokens[i - 1]?.pos === 'NUM';
  }
  return false;
}
