/** What every role rule reads: the trigger, its clause, and the sentence's actor mentions. */
import type { Clause, TokenKind } from '../clause.js';
import type { EventContext } from '../context.js';
import type { ActorMention } from './mentions.js';

export interface RoleInput {
  ctx: EventContext;
  clause: Clause;
  kinds: readonly TokenKind[];
  mentions: readonly ActorMention[];
  /** The trigger is a verb form (not a noun or nominal phrase). */
  verbal: boolean;
  passive: boolean;
}

/** Mentions that overlap the trigger's own tokens ("Russian air strikes" is both actor and trigger). */
export function overlapsHead(input: RoleInput, m: ActorMention): boolean {
  return m.from < input.clause.head.to && input.clause.head.from < m.to;
}
