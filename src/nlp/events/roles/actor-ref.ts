/**
 * An actor mention as the record shows it. A generic mention that names no
 * side ("troops", "militants", "the terror group") takes the canonical actor
 * of the nearest named actor of its kind before it in the document, as a
 * reader would; "its own militants" takes the side of the doer. A person
 * the actor dictionary does not know acts for the body the text ties them to.
 */
import type { Annotation } from '../../../core/layers.js';
import type { ActorRef } from '../../../core/records.js';
import type { ActorKind } from '../../actors/dictionary.js';
import { lowerBound } from '../sentence-index.js';
import type { EventContext } from '../context.js';
import type { ActorMention } from './mentions.js';

/** How far back an antecedent may be, in characters (a few paragraphs). */
const REACH = 2500;

const COMPATIBLE: Partial<Record<ActorKind, readonly ActorKind[]>> = {
  'state-military': ['state-military'],
  'armed-group': ['armed-group', 'militia'],
  militia: ['militia', 'armed-group'],
  police: ['police', 'state-military'],
  government: ['government'],
};

/** `avoid`: sides the antecedent may not have, those of the other party ("Hezbollah clashed with rebels"). */
export function actorRef(ctx: EventContext, m: ActorMention, avoid: ReadonlySet<string> = new Set()): ActorRef {
  const evidence = { start: m.start, end: m.end, quote: ctx.text.slice(m.start, m.end) };
  const actor = m.actor;
  if (!actor) {
    // A person: named in full where the text says "he" or "the spokesman".
    const p = m.person?.attrs;
    return { name: p?.mention === 'full' || p?.mention === 'surname' ? evidence.quote : p?.full ?? evidence.quote, canonical: p?.full ?? null, side: p?.affiliation?.side ?? null, kind: 'person', evidence };
  }
  const source = actor.attrs.side === null && actor.attrs.generic ? antecedent(ctx, actor, avoid) ?? actor : actor;
  return { name: actor.quote, canonical: source.attrs.canonical, side: source.attrs.side, kind: source.attrs.kind, evidence };
}

/** "50 of its own militants": the victims belong to the doer. */
export function ownMembers(ctx: EventContext, target: { start: number; end: number }, agent: ActorRef): ActorRef | null {
  const before = ctx.text.slice(Math.max(0, target.start - 12), target.start).toLowerCase();
  if (!/\b(?:its|their|his) own\s+$/.test(before)) return null;
  const quote = ctx.text.slice(target.start, target.end);
  return { ...agent, name: quote, evidence: { start: target.start, end: target.end, quote } };
}

function antecedent(ctx: EventContext, actor: Annotation<'actor'>, avoid: ReadonlySet<string>): Annotation<'actor'> | undefined {
  const kinds = COMPATIBLE[actor.attrs.kind];
  if (!kinds) return undefined;
  for (let i = lowerBound(ctx.actors, actor.start) - 1; i >= 0; i--) {
    const a = ctx.actors[i];
    if (!a || a.start < actor.start - REACH) break;
    if (a.attrs.side !== null && kinds.includes(a.attrs.kind) && !avoid.has(a.attrs.side)) return a;
  }
  return undefined;
}
