/**
 * "clashes between X and Y", "fighting between X and Y": the first side is
 * coded as the actor, the second as the target, as ACLED codes actor 1 and 2.
 */
import type { RoleFind } from './mentions.js';
import { mentionAt } from './mentions.js';
import type { RoleInput } from './role-input.js';

export function between(input: RoleInput): { agent: RoleFind; target: RoleFind } | null {
  const { clause, mentions } = input;
  const tokens = clause.sentence.tokens;
  for (let i = clause.head.to; i < Math.min(clause.to, clause.head.to + 3); i++) {
    if (tokens[i]?.norm !== 'between') continue;
    const first = firstMention(input, i + 1);
    if (!first) return null;
    let j = first.to;
    while (j < tokens.length && j < first.to + 3 && tokens[j]?.norm !== 'and') j++;
    const second = firstMention(input, j + 1);
    if (!second || second.from > j + 4) return null;
    return {
      agent: { mentions: [first], rule: 'actor/between', strength: 0.85 },
      target: { mentions: [second], rule: 'target/between', strength: 0.85 },
    };
  }
  return null;

  function firstMention(input: RoleInput, from: number) {
    for (let j = from; j < Math.min(tokens.length, from + 4); j++) {
      const m = mentionAt(mentions, j);
      if (m) return m;
    }
    return undefined;
  }
}
