/**
 * Whether two drafts tell one happening. Reports of armed conflict tell many
 * like incidents (two clashes in one city on one day are two events), so
 * drafts are joined only where the report plainly retells:
 *  - in one sentence: triggers of one family at one place; statements of one
 *    family; triggers in one clause ("launch a rocket … during clashes"); a
 *    clause and the participle that tells its toll ("stormed…, killing 19");
 *    an event noun and the relative clause that tells what it did ("a car
 *    bombing on Thursday that killed seven");
 *  - the statements of one speaker of one family, quoted and retold;
 *  - a title or headline and the first report under it of the same type,
 *    whose place, date and sides agree;
 *  - two sentences of the story with the same type and agreeing dates, at
 *    the same place and not naming different actors ("shells had landed in
 *    Gogjali"), or at places one of which holds the other, with an actor in
 *    common; or, when one of them was placed only from its context, by the
 *    same actor.
 * Modality must be of one kind (what happened, what is planned or imagined,
 * what is denied), both history or both current; a statement never joins a
 * happening it speaks of.
 */
import type { ActorRef, Modality } from '../../core/records.js';
import type { Draft } from './build-event.js';
import type { EventLocation, EventTime } from './layers.js';

export const STRONG_PLACE: ReadonlySet<string> = new Set(['clause', 'sentence']);
const STRONG_TIME: ReadonlySet<string> = new Set(['clause', 'sentence']);
const HEADINGS: ReadonlySet<string> = new Set(['title', 'headline']);
const RELATIVE = new Set(['that', 'which']);
const MODALITY_KIND: Record<Modality, string> = {
  asserted: 'real', reported: 'real', alleged: 'real', suspected: 'real',
  planned: 'irreal', hypothetical: 'irreal', denied: 'denied', negated: 'denied',
};

export function family(type: string): string {
  const dot = type.indexOf('.');
  return dot < 0 ? type : type.slice(0, dot);
}

export function sameHappening(a: Draft, b: Draft): boolean {
  if (a.background !== b.background || MODALITY_KIND[a.modality] !== MODALITY_KIND[b.modality]) return false;
  const statementA = family(a.type) === 'statement';
  if (statementA !== (family(b.type) === 'statement')) return false;
  const sameKey = placeKey(a.location) === placeKey(b.location);
  if (a.clause.sentence === b.clause.sentence) {
    if (inTail(a, b) || inTail(b, a) || doneBy(a, b) || doneBy(b, a)) return true;
    if (sameKey && (inClause(a, b) || inClause(b, a))) return true;
    return family(a.type) === family(b.type) && (statementA || sameKey);
  }
  if (!sidesAgree(a.actors, b.actors) || !sidesAgree(a.targets, b.targets) || !timesAgree(a.time, b.time)) return false;
  if (statementA) return family(a.type) === family(b.type) && sameActor(a.actors, b.actors);
  if (a.type !== b.type) return false;
  if (isHeading(a) || isHeading(b)) return placesAgree(a, b);
  const strongPlaces = !!a.location && !!b.location && STRONG_PLACE.has(a.location.source) && STRONG_PLACE.has(b.location.source);
  // Told without a place of its own ("“The special forces have stormed in,” he said"): the same doer's.
  if (!strongPlaces) return sameActor(a.actors, b.actors);
  const shared = shareActor(a.actors, b.actors);
  return (sameKey && (shared || a.actors.length === 0 || b.actors.length === 0)) || (nested(a, b) && shared);
}

/** A title or headline: it announces the story's main happening, and joins it once. */
export function isHeading(d: Draft): boolean {
  return HEADINGS.has(d.clause.sentence.role);
}

export function placeKey(l: EventLocation | null): string {
  return l ? l.gazetteerId ?? l.name?.toLowerCase() ?? '' : '';
}

/** Two places of one list ("took over A, B and C") are two events, whatever else joins them. */
export function listMates(a: Draft, b: Draft): boolean {
  return placeKey(a.location) !== placeKey(b.location) && a.evidence.some((e) => b.evidence.some((f) => e.start === f.start && e.end === f.end));
}

/** Two places told in the words of each, neither holding the other: "al-Zahra" and "Malayeen" are two events. */
export function placesClash(a: Draft, b: Draft): boolean {
  const [la, lb] = [a.location, b.location];
  if (!la || !lb || !STRONG_PLACE.has(la.source) || !STRONG_PLACE.has(lb.source)) return false;
  return placeKey(la) !== placeKey(lb) && !nested(a, b);
}

/** `outer` holds `inner`: "the outskirts of Mosul" and "six districts of eastern Mosul" hold Gogjali. */
export function holds(outer: EventLocation, inner: EventLocation): boolean {
  if (placeKey(outer) === placeKey(inner)) return false;
  const names = [outer.canonical, outer.name].filter((n): n is string => n !== null).map((n) => n.toLowerCase());
  return inner.admin.some((n) => names.includes(n.toLowerCase()));
}

function nested(a: Draft, b: Draft): boolean {
  const [la, lb] = [a.location, b.location];
  return !!la && !!lb && (holds(la, lb) || holds(lb, la));
}

function placesAgree(a: Draft, b: Draft): boolean {
  const [la, lb] = [a.location, b.location];
  if (placeKey(la) === placeKey(lb) || nested(a, b)) return true;
  return !la || !lb || !STRONG_PLACE.has(la.source) || !STRONG_PLACE.has(lb.source);
}

function triggerStart(d: Draft): number {
  return d.triggers[0]?.start ?? -1;
}

/** "launch a rocket towards militants during clashes": one trigger inside the other's clause. */
export function inClause(a: Draft, b: Draft): boolean {
  const at = triggerStart(b);
  return a.clause.start <= at && at < a.clause.end;
}

/** "stormed a university, killing at least 19": the tail of one trigger's clause tells the same happening. */
export function inTail(a: Draft, b: Draft): boolean {
  const tail = a.clause.tail;
  if (!tail) return false;
  const tokens = a.clause.sentence.tokens;
  const at = triggerStart(b);
  return (tokens[tail.from]?.start ?? Infinity) <= at && at < (tokens[tail.to - 1]?.end ?? -1);
}

/** "a suicide car bombing on Thursday that killed seven": b's relative clause tells what a's event noun did. */
export function doneBy(a: Draft, b: Draft): boolean {
  const tokens = b.clause.sentence.tokens;
  const opener = tokens[b.clause.opener];
  if (!opener || !RELATIVE.has(opener.norm)) return false;
  const end = a.triggers[0]?.end ?? Infinity;
  if (end > opener.start) return false;
  // At most five words between the event noun and "that", none of them a verb or a comma.
  for (let i = b.clause.opener - 1, n = 0; i >= 0; i--, n++) {
    const t = tokens[i];
    if (!t || t.end <= end) return true;
    if (n >= 5 || t.pos === 'VERB' || t.quote === ',') return false;
  }
  return false;
}

function timesAgree(a: EventTime | null, b: EventTime | null): boolean {
  if (!a || !b || !STRONG_TIME.has(a.source) || !STRONG_TIME.has(b.source)) return true;
  if (a.date && b.date) return a.date === b.date;
  const [as, ae] = [a.start ?? '0000', a.end ?? '9999'];
  const [bs, be] = [b.start ?? '0000', b.end ?? '9999'];
  return as <= be && bs <= ae;
}

function sidesAgree(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  const sa = new Set(a.map((x) => x.side).filter((s): s is string => s !== null));
  const sb = b.map((x) => x.side).filter((s): s is string => s !== null);
  return sa.size === 0 || sb.length === 0 || sb.some((s) => sa.has(s));
}

function sameActor(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  const names = new Set(a.map((x) => x.canonical ?? x.name));
  return b.some((x) => names.has(x.canonical ?? x.name));
}

/** The same actor, or one side ("Iraqi forces" and "Troops" of the Iraqi government). */
function shareActor(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  const names = new Set(a.flatMap((x) => [x.canonical ?? x.name, ...(x.side ? [`side:${x.side}`] : [])]));
  return b.some((x) => names.has(x.canonical ?? x.name) || (x.side !== null && names.has(`side:${x.side}`)));
}
