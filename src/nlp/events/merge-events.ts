/**
 * The same happening told twice in one report (headline, lead, body) is one
 * event with several evidence spans (see same-happening.ts for when). A draft
 * joins the first group it retells, compared with every retelling already
 * in it; the places of one list, and any two places told in words of which
 * neither holds the other, stay apart. A definite event noun with no doer
 * of its own ("the attack", "the bombardment") refers back: it joins the
 * latest violent event before it whose place and date agree.
 */
import type { ActorRef, Count, Modality } from '../../core/records.js';
import type { Draft } from './build-event.js';
import { family, holds, isHeading, listMates, placeKey, placesClash, sameHappening, STRONG_PLACE } from './same-happening.js';

interface Group {
  head: Draft;
  members: Draft[];
}

const VIOLENT = new Set(['battle', 'remote', 'violence']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/**
 * When one sentence joins triggers of several types, the most telling type
 * names the event: the weapon over the bare attack, the attack over the
 * fight ("stormed a university, killing 19 people").
 */
const PRIORITY: Readonly<Record<string, number>> = {
  'remote.suicide': 9, 'remote.explosive': 8, 'remote.airstrike': 7, 'remote.shelling': 6,
  'violence.abduction': 6, 'violence.sexual': 6, 'violence.attack': 5,
  'battle.territory': 4, 'battle.withdrawal': 4, 'battle.clash': 3,
};

/** What one retelling hedges ("allegedly killed 50"), the event is: alleged or suspected outranks told. */
const HEDGE: Partial<Record<Modality, number>> = { asserted: 0, reported: 0, alleged: 1, suspected: 2 };

export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const groups: Group[] = [];
  for (const d of drafts) {
    const open = (g: Group) => !g.members.some((m) => listMates(m, d) || placesClash(m, d));
    const same =
      groups.find((g) => open(g) && g.members.some((m) => (g.members.length === 1 || !isHeading(m)) && sameHappening(m, d))) ??
      (anaphoric(d) ? groups.findLast((g) => open(g) && refersTo(g.head, d)) : undefined);
    if (same) {
      absorb(same.head, d);
      same.members.push(d);
    } else groups.push({ head: { ...d, evidence: [...d.evidence], triggers: [...d.triggers], rules: [...d.rules] }, members: [d] });
  }
  return groups.map((g) => g.head);
}

/** "the attack", "this latest bombardment": an event noun with a determiner and no doer of its own. */
function anaphoric(d: Draft): boolean {
  if (d.actors.length > 0) return false;
  const tokens = d.clause.sentence.tokens;
  for (let i = d.clause.head.from - 1; i >= 0 && i >= d.clause.head.from - 3; i--) {
    const t = tokens[i];
    if (!t) return false;
    if (DEFINITE.has(t.norm)) return tokens[d.clause.head.from]?.pos === 'NOUN';
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

function refersTo(head: Draft, d: Draft): boolean {
  if (!VIOLENT.has(family(head.type)) || !VIOLENT.has(family(d.type)) || head.background !== d.background) return false;
  if (family(head.type) !== family(d.type) && d.type !== 'violence.attack') return false;
  const [lh, ld] = [head.location, d.location];
  return !lh || !ld || !STRONG_PLACE.has(ld.source) || placeKey(lh) === placeKey(ld) || holds(ld, lh);
}

function absorb(head: Draft, other: Draft): void {
  head.evidence.push(...other.evidence.filter((e) => !head.evidence.some((h) => h.start === e.start && h.end === e.end)));
  head.triggers.push(...other.triggers);
  head.rules.push('merge/same-happening');
  if (other.clause.sentence === head.clause.sentence && (PRIORITY[other.type] ?? 0) > (PRIORITY[head.type] ?? 0)) {
    head.type = other.type;
    head.altTypes = other.altTypes;
  }
  const [hl, ol] = [head.location, other.location];
  if (!hl || (ol && ((!STRONG_PLACE.has(hl.source) && STRONG_PLACE.has(ol.source)) || holds(hl, ol)))) head.location = ol;
  if (!head.time || (!stated(head.time.source) && other.time && stated(other.time.source))) head.time = other.time;
  head.actors = union(head.actors, other.actors);
  head.targets = union(head.targets, other.targets);
  head.fatalities = fuller(head.fatalities, other.fatalities);
  head.injured = fuller(head.injured, other.injured);
  head.displaced = fuller(head.displaced, other.displaced);
  head.captured = fuller(head.captured, other.captured);
  if ((HEDGE[other.modality] ?? 0) > (HEDGE[head.modality] ?? 0)) head.modality = other.modality;
  head.control ??= other.control;
  head.attribution ??= other.attribution;
  head.strengths = head.strengths.map((s, i) => Math.max(s, other.strengths[i] ?? 0));
}

function stated(source: string): boolean {
  return source === 'clause' || source === 'sentence';
}

function union(a: readonly ActorRef[], b: readonly ActorRef[]): ActorRef[] {
  const key = (x: ActorRef) => (x.canonical ?? x.name).toLowerCase();
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

/** A toll with a figure beats none; a stated zero never replaces a figure. */
function fuller(a: Count | null, b: Count | null): Count | null {
  if (!a) return b;
  if (!b) return a;
  const zero = (c: Count) => c.low === 0 && c.high === 0;
  return zero(a) && !zero(b) ? b : a;
}
