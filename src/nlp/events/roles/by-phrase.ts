/**
 * "were attacked by militants", "air strikes by the US-led coalition": the
 * actor after "by" is the doer of a passive verb or of an event noun. Only
 * the first "by" after the trigger counts, before any other verb.
 */
import type { RoleFind } from './mentions.js';
import { coordinated, mentionAt } from './mentions.js';
import type { RoleInput } from './role-input.js';

const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'ADV', 'PUNCT']);

export function byAgent(input: RoleInput): RoleFind | null {
  const { clause, kinds, mentions } = input;
  const tokens = clause.sentence.tokens;
  const limit = input.verbal ? clause.to : Math.min(clause.to, clause.head.to + 3);
  for (let i = clause.head.to; i < limit; i++) {
    const t = tokens[i];
    if (!t) break;
    if (kinds[i] === 'verb' && !input.passive) return null;
    if (t.norm !== 'by') continue;
    let j = i + 1;
    while (j < clause.to && !mentionAt(mentions, j) && SKIPPABLE.has(tokens[j]?.pos ?? '') && j < i + 4) j++;
    const m = mentionAt(mentions, j);
    if (!m) return null;
    return { mentions: coordinated(clause.sentence, mentions, m), rule: 'actor/by-phrase', strength: 0.9 };
  }
  return null;
}
