/**
 * "Russian air strikes", "Turkish shelling", "the army's offensive", "Iraqi
 * artillery, tank and machine gun fire": the actor that qualifies an event
 * noun is its doer. The actor layer often spans the noun itself.
 */
import type { RoleFind } from './mentions.js';
import type { RoleInput } from './role-input.js';
import { overlapsHead } from './role-input.js';

/** Words that may stand in a noun list between the actor and the event noun. */
const LIST_WORDS = new Set([',', 'and', 'heavy', 'machine', 'gun', 'guns', 'tank', 'tanks', 'artillery', 'mortar', 'rocket', 'air', 'drone']);

export function modifierAgent(input: RoleInput): RoleFind | null {
  if (input.verbal) return null;
  const { clause, mentions } = input;
  const tokens = clause.sentence.tokens;
  const own = mentions.find((m) => overlapsHead(input, m));
  if (own) return { mentions: [own], rule: 'actor/modifier', strength: 0.85 };
  const before = mentions.find((m) => m.to <= clause.head.from && m.to >= clause.head.from - 6 && m.from >= clause.from);
  if (!before) return null;
  for (let i = before.to; i < clause.head.from; i++) {
    const t = tokens[i];
    if (!t) return null;
    if (t.norm === "'s" || t.norm === '’s' || t.pos === 'ADJ' || LIST_WORDS.has(t.norm)) continue;
    if (t.pos === 'NOUN' && i === clause.head.from - 1) continue;
    return null;
  }
  return { mentions: [before], rule: 'actor/modifier', strength: 0.8 };
}
