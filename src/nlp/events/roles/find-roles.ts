/**
 * Who did it and to whom, by ordered rules: "between X and Y" first, then the
 * "by" phrase of passives and event nouns, the actor qualifying an event noun,
 * the subject; targets from the object, a preposition after an event noun,
 * or, for passives, the subject. Each finder is its own file.
 */
import type { ActorRef } from '../../../core/records.js';
import type { Clause } from '../clause.js';
import { tokenKinds } from '../clause.js';
import type { EventContext } from '../context.js';
import { actorRef, ownMembers } from './actor-ref.js';
import { between } from './between.js';
import { byAgent } from './by-phrase.js';
import { actorMentions, type RoleFind } from './mentions.js';
import { modifierAgent } from './modifier-agent.js';
import { object } from './object.js';
import type { RoleInput } from './role-input.js';
import { subject } from './subject.js';

export interface RoleTrigger {
  type: string;
  pos: 'verb' | 'noun' | 'phrase';
  voice: 'active' | 'passive' | null;
}

export interface Roles {
  actors: ActorRef[];
  targets: ActorRef[];
  rules: string[];
  /** Mean strength of the rules that found an actor or target; 0 when none did. */
  strength: number;
}

export function findRoles(ctx: EventContext, clause: Clause, trigger: RoleTrigger): Roles {
  const first = clause.sentence.tokens[clause.head.from];
  const verbal = trigger.pos === 'verb' || (trigger.pos === 'phrase' && (first?.pos === 'VERB' || first?.pos === 'AUX'));
  const input: RoleInput = {
    ctx,
    clause,
    kinds: tokenKinds(ctx, clause.sentence),
    mentions: actorMentions(ctx, clause.sentence),
    verbal,
    passive: trigger.voice === 'passive',
  };
  const pair = between(input);
  let agent: RoleFind | null;
  let target: RoleFind | null;
  if (pair) {
    agent = pair.agent;
    target = pair.target;
  } else if (input.passive) {
    agent = byAgent(input);
    // "the recently recaptured town": a participle before its noun has no subject.
    target = attributive(input) ? null : subject(input);
  } else {
    agent = (verbal ? null : byAgent(input) ?? modifierAgent(input)) ?? subject(input);
    target = object(input);
  }
  if (agent && !target && trigger.type === 'battle.clash' && agent.mentions.length > 1) {
    // "Kurdish forces and rebels clashed": two sides of one fight.
    target = { ...agent, mentions: agent.mentions.slice(1), rule: 'target/coordinated' };
    agent = { ...agent, mentions: agent.mentions.slice(0, 1) };
  }
  const actors = (agent?.mentions ?? []).map((m) => actorRef(ctx, m));
  const agentIds = new Set(agent?.mentions.map((m) => m.start));
  const agentSides = new Set(actors.map((a) => a.side).filter((s): s is string => s !== null));
  const targets = (target?.mentions ?? [])
    .filter((m) => !agentIds.has(m.start))
    .map((m) => (actors[0] && ownMembers(ctx, m, actors[0])) || actorRef(ctx, m, agentSides));
  const found = [agent, target].filter((f): f is RoleFind => f !== null);
  return {
    actors,
    targets,
    rules: found.map((f) => f.rule),
    strength: found.length ? found.reduce((s, f) => s + f.strength, 0) / found.length : 0,
  };
}

function attributive(input: RoleInput): boolean {
  const tokens = input.clause.sentence.tokens;
  for (let i = input.clause.head.from - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) return false;
    if (t.pos === 'ADV') continue;
    return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON';
  }
  return false;
}
