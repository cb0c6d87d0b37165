/**
 * One trigger, its arguments found, as drafts of Event records: one per place
 * when the place is a list ("took over the neighbourhoods of A, B, C and D"),
 * all sharing the evidence. Ids, codes and confidence are set once drafts of
 * the same happening have been merged.
 */
import type { Annotation } from '../../core/layers.js';
import type { ActorRef, Count, Evidence, Modality } from '../../core/records.js';
import type { Clause } from './clause.js';
import { attributionOf } from './attribution.js';
import { clauseOf } from './clause.js';
import { sentenceAt, type EventContext } from './context.js';
import { findControl } from './control.js';
import { TRIGGER_STRENGTH } from './confidence.js';
import { findCounts } from './counts/find-counts.js';
import type { EventLocation, EventTime } from './layers.js';
import { findLocation } from './location/find-location.js';
import { locationOf } from './location/location-ref.js';
import { findRoles } from './roles/find-roles.js';
import { opponent } from './roles/opponent.js';
import { findTime } from './time/find-time.js';
import '../triggers/layers.js';

export interface Draft {
  type: string;
  altTypes: string[];
  actors: ActorRef[];
  targets: ActorRef[];
  location: EventLocation | null;
  time: EventTime | null;
  fatalities: Count | null;
  injured: Count | null;
  displaced: Count | null;
  captured: Count | null;
  modality: Modality;
  background: boolean;
  /** History by a date or a since-clause that dates the trigger's whole clause. */
  backgroundClause: boolean;
  attribution: { speaker: string | null; via: string | null } | null;
  control: number | null;
  evidence: Evidence[];
  triggers: Array<{ start: number; end: number; quote: string }>;
  rules: string[];
  /** Strengths of the trigger and of each argument finder, for the confidence. */
  strengths: number[];
  clause: Clause;
}

export function draftsOf(ctx: EventContext, trigger: Annotation<'event-trigger'>): Draft[] {
  const sentence = ctx.sentences[trigger.attrs.sentence] ?? sentenceAt(ctx, trigger.start);
  if (!sentence) return [];
  const a = trigger.attrs;
  const clause = clauseOf(ctx, sentence, trigger.start, trigger.end);
  const roles = findRoles(ctx, clause, a);
  const counts = findCounts(ctx, clause);
  const time = findTime(ctx, clause, a.background, a.modality === 'planned');
  const where = findLocation(ctx, clause, a.background);
  const start = Math.min(clause.start, trigger.start);
  const end = Math.max(clause.end, trigger.end);
  const fight = a.type.startsWith('battle.') || a.type.startsWith('remote.');
  const enemy = fight && roles.targets.length === 0 && counts.victims.length === 0 ? opponent(ctx, clause, roles.actors) : null;
  const targets = enemy ? [enemy] : roles.targets.length > 0 || counts.victims.length === 0 ? roles.targets : counts.victims;
  const said = attributionOf(ctx, trigger.start, trigger.end);
  const speaker = a.type.startsWith('statement.') && roles.actors.length === 0 ? said?.party ?? null : null;
  const base = {
    type: a.type,
    altTypes: a.altTypes,
    actors: speaker ? [speaker] : roles.actors,
    targets,
    time: time.time,
    fatalities: counts.fatalities,
    injured: counts.injured,
    displaced: counts.displaced,
    captured: counts.captured,
    // What a named source says happened is reported, not asserted by the report itself.
    modality: said && a.modality === 'asserted' ? 'reported' : a.modality,
    background: a.background,
    backgroundClause: a.rules.some((r) => r === 'background/date' || r.startsWith('background/since')),
    attribution: said && { speaker: said.speaker, via: said.via },
    control: a.type === 'battle.territory' ? findControl(ctx, clause) : null,
    evidence: [{ doc: ctx.doc.id, start, end, quote: ctx.text.slice(start, end) }],
    triggers: [{ start: trigger.start, end: trigger.end, quote: trigger.quote }],
    rules: [
      ...roles.rules,
      ...(speaker ? ['actor/speaker'] : []),
      ...(targets === counts.victims ? ['target/victims'] : []),
      ...(enemy ? ['target/opponent'] : []),
      ...new Set(counts.rules),
      time.rule,
      where?.rule ?? 'location/none',
    ],
    strengths: [TRIGGER_STRENGTH, roles.strength, time.strength, where?.strength ?? 0],
    clause,
  };
  if (!where) return [{ ...base, location: null }];
  return where.places.map((p) => ({ ...base, location: locationOf(ctx, p, where.source) }));
}
