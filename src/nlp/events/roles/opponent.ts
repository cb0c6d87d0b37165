/**
 * The other side of a fight the clause does not name: "CTS special forces
 * took over the neighborhoods of …, inflicting heavy losses on the militant
 * fighters"; "Troops entered Gogjali" after a paragraph about Islamic State
 * fighters. For battles and remote violence only, whose target is the armed
 * enemy: the nearest armed actor of another side in the sentence, else the
 * latest one named before it in the last few paragraphs.
 */
import type { ActorRef } from '../../../core/records.js';
import type { Clause } from '../clause.js';
import { mentionsIn, type EventContext } from '../context.js';
import { inFrame } from '../frames.js';
import { actorRef } from './actor-ref.js';
import type { ActorMention } from './mentions.js';

const ARMED = new Set(['state-military', 'armed-group', 'militia', 'police']);
const REACH = 1500;

export function opponent(ctx: EventContext, clause: Clause, actors: readonly ActorRef[]): ActorRef | null {
  const sides = new Set(actors.map((a) => a.side).filter((s): s is string => s !== null));
  if (sides.size === 0) return null;
  const own = new Set(actors.map((a) => a.evidence?.start));
  const s = clause.sentence;
  const enemy = (start: number, end: number, inSentence: boolean): ActorRef | null => {
    const found = mentionsIn(ctx.actors, start, end)
      .filter((a) => ARMED.has(a.attrs.kind) && !own.has(a.start) && !(inSentence && inFrame(ctx, s, a.start)))
      .map((a) => actorRef(ctx, mention(a), sides))
      .filter((r) => r.side !== null && r.side !== 'CIV' && !sides.has(r.side));
    return found.length === 0 ? null : inSentence ? nearest(found, clause.start) : (found.at(-1) ?? null);
  };
  return enemy(s.start, s.end, true) ?? enemy(Math.max(0, s.start - REACH), s.start, false);
}

function mention(actor: ActorMention['actor'] & object): ActorMention {
  return { start: actor.start, end: actor.end, actor, person: null, from: 0, to: 0 };
}

function nearest(refs: ActorRef[], at: number): ActorRef | null {
  let best: ActorRef | null = null;
  for (const r of refs) if (!best || Math.abs((r.evidence?.start ?? 0) - at) < Math.abs((best.evidence?.start ?? 0) - at)) best = r;
  return best;
}
