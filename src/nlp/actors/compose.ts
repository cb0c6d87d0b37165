import type { ActorMatcher, Pattern } from './compile-matcher.js';
import type { ActorEntry, NounGroup, NounRole } from './dictionary.js';
import type { ActorAttrs, OutletAttrs } from './layers.js';
import { charTables } from './normalize.js';
import { followsOtherName } from './surname-guard.js';

/** A dictionary key found in the normalized text, its case rules already checked. */
export interface Hit {
  start: number;
  end: number;
  pattern: Pattern;
  /** A word-like acronym ("IS") inside all-caps text: only trusted as part of a longer phrase. */
  shouted: boolean;
}

export type Candidate =
  | { layer: 'actor'; start: number; end: number; rank: number; attrs: ActorAttrs }
  | { layer: 'outlet'; start: number; end: number; rank: number; attrs: OutletAttrs };

// Lower rank wins when two candidates cover the same span: a name as written,
// then a qualifier absorbed by a name, a country's noun, a noun phrase of the
// dictionary ("opposition fighters"), and last a stateless qualifier's noun.
const NAMED = 0;
const ABSORBED = 1;
const QUALIFIED = 2;
const BARE = 3;
const STATELESS = 4;

const ARMED: ReadonlySet<NounRole> = new Set(['military', 'air', 'police', 'rebels', 'militias', 'militants']);
const AFTER_NAMED: ReadonlySet<NounRole> = new Set([...ARMED, 'government', 'members']);
const AFTER_QUALIFIER: ReadonlySet<NounRole> = new Set([...ARMED, 'government', 'civilians', 'other']);
const AFTER_PRO: ReadonlySet<NounRole> = new Set([...ARMED, 'members']);
// A qualifier is never absorbed into these: "Russia's UN ambassador" is not a Russian UN.
const NOT_ABSORBED: ReadonlySet<ActorEntry['kind']> = new Set(['IGO', 'NGO', 'media', 'civilians']);

/**
 * Turns hits into mention candidates: names alone or extended by a noun
 * ("IS fighters", "Haftar's forces"), qualifiers with their noun ("Iraqi
 * forces", "Iraq's special forces", "Syrian Kurdish fighters", "pro-Russian
 * separatists"), qualifiers absorbed by a following name ("Kurdish Peshmerga"),
 * and bare nouns. After "anti-" or "non-" a word is an adjective, not a mention.
 */
export function compose(
  hits: readonly Hit[],
  lower: string,
  cased: string,
  matcher: ActorMatcher,
  original: (start: number, end: number) => string,
): Candidate[] {
  const byStart = new Map<number, Hit[]>();
  for (const h of hits) {
    const list = byStart.get(h.start);
    if (list) list.push(h);
    else byStart.set(h.start, [h]);
  }
  const out: Candidate[] = [];
  const otherPeoplesNames = surnamesOfOthers(hits, lower, cased);

  const nounAt = (p: number, roles: ReadonlySet<NounRole>, depth = 0): Hit | null => {
    let best: Hit | null = null;
    for (const h of byStart.get(p) ?? []) {
      const t = h.pattern.target;
      let found: Hit | null = null;
      if (t.type === 'noun' && roles.has(t.group.role)) found = h;
      else if (t.type === 'modifier' && depth < 3 && lower.charCodeAt(h.end) === 0x20) found = nounAt(h.end + 1, roles, depth + 1);
      if (found && (!best || found.end > best.end)) best = found;
    }
    return best;
  };
  const nounAfterName = (end: number, roles: ReadonlySet<NounRole>): Hit | null => {
    if (lower.startsWith(' ', end)) return nounAt(end + 1, roles);
    if (lower.startsWith("'s ", end)) return nounAt(end + 3, roles);
    if (lower.startsWith("' ", end)) return nounAt(end + 2, roles);
    return null;
  };
  const nextOf = (h: Hit, type: 'qualifier' | 'actor'): Hit[] =>
    lower.charCodeAt(h.end) === 0x20 ? (byStart.get(h.end + 1) ?? []).filter((n) => n.pattern.target.type === type) : [];
  const named = (entry: ActorEntry, start: number, nameEnd: number, demonym: string | undefined, shouted: boolean) => {
    const rank = demonym === undefined ? NAMED : ABSORBED;
    if (demonym === undefined && otherPeoplesNames.has(surnameKey(lower, start, nameEnd))) return;
    if (!shouted) out.push({ layer: 'actor', start, end: nameEnd, rank, attrs: actorAttrs(entry, false, demonym) });
    const noun = nounAfterName(nameEnd, AFTER_NAMED);
    if (noun && noun.pattern.target.type === 'noun') {
      const force = forceOf(entry, noun.pattern.target.group.role, matcher);
      out.push({ layer: 'actor', start, end: noun.end, rank, attrs: actorAttrs(force, false, demonym) });
    }
  };

  for (const h of hits) {
    const t = h.pattern.target;
    const prefix = prefixBefore(lower, h.start);
    if (t.type === 'outlet') {
      if (!h.shouted) out.push({ layer: 'outlet', start: h.start, end: h.end, rank: NAMED, attrs: outletAttrs(t.entry) });
    } else if (t.type === 'actor') {
      if (prefix === 'pro') proComposite(h, t.entry.side);
      else if (prefix === null) named(t.entry, h.start, h.end, undefined, h.shouted);
      else if (!h.shouted) out.push({ layer: 'actor', start: h.start, end: h.end, rank: NAMED, attrs: actorAttrs(t.entry, false, undefined) });
    } else if (t.type === 'noun') {
      if (t.standalone && prefix === null) out.push({ layer: 'actor', start: h.start, end: h.end, rank: BARE, attrs: genericAttrs(t.group, t.group.side, t.group.kind) });
    } else if (t.type === 'qualifier') {
      if (prefix === 'pro') proComposite(h, t.country ? sideOfCountry(t.country.roles.military, matcher) : null);
      else if (prefix === null) qualified(h);
    }
  }
  return out;

  function qualified(first: Hit): void {
    let last = first;
    for (let next = nextOf(last, 'qualifier')[0]; next; next = nextOf(last, 'qualifier')[0]) last = next;
    const demonym = original(first.start, last.end);
    const lt = last.pattern.target;
    if (lt.type !== 'qualifier') return;
    for (const a of nextOf(last, 'actor')) {
      const t = a.pattern.target;
      if (t.type === 'actor' && absorbs(lt.country?.code ?? null, t.entry)) named(t.entry, first.start, a.end, demonym, false);
    }
    if (lower.charCodeAt(last.end) !== 0x20) return;
    const noun = nounAt(last.end + 1, AFTER_QUALIFIER);
    if (!noun || noun.pattern.target.type !== 'noun') return;
    const group = noun.pattern.target.group;
    const demonymKey = lt.country ? matcher.demonymKeys.get(lt.country.code) : undefined;
    const asNamed = demonymKey === undefined ? undefined : matcher.named.get(`${demonymKey} ${lower.slice(last.end + 1, noun.end)}`);
    const roleActor = lt.country ? countryActor(lt.country.roles, group.role, matcher) : undefined;
    let attrs: ActorAttrs;
    if (asNamed) attrs = actorAttrs(asNamed, false, demonym);
    else if (roleActor) attrs = actorAttrs(roleActor, true, demonym);
    else if (group.role === 'civilians') attrs = genericAttrs(group, group.side, group.kind, demonym);
    else if (lt.country || !ARMED.has(group.role)) attrs = genericAttrs(group, null, group.kind, demonym);
    else {
      const meant = lt.means ?? (group.stateless === null ? group : (matcher.groups.get(group.stateless) ?? group));
      attrs = genericAttrs(meant, null, meant.kind, demonym);
    }
    out.push({ layer: 'actor', start: first.start, end: noun.end, rank: asNamed || roleActor ? QUALIFIED : STATELESS, attrs });
  }

  /** "pro-Assad forces", "pro-Russian separatists": the noun's class, on the side of the named one. */
  function proComposite(h: Hit, side: string | null): void {
    const noun = nounAfterName(h.end, AFTER_PRO);
    if (!noun || noun.pattern.target.type !== 'noun') return;
    const start = h.start - 4;
    const group = noun.pattern.target.group;
    out.push({ layer: 'actor', start, end: noun.end, rank: QUALIFIED, attrs: genericAttrs(group, side, group.kind, original(start, h.end)) });
  }
}

/**
 * One-word names used as someone else's surname ("Jaques Wagner told…"):
 * then the name means that person throughout the document ("Wagner said…").
 * Not when the word is inside a longer known name ("Jabhat al-Nusra").
 */
function surnamesOfOthers(hits: readonly Hit[], lower: string, cased: string): Set<string> {
  const names = new Set<string>();
  let reach = 0;
  let reachBefore = 0;
  let lastStart = -1;
  for (const h of hits) {
    if (h.start !== lastStart) {
      reachBefore = reach;
      lastStart = h.start;
    }
    if (h.pattern.target.type === 'actor') reach = Math.max(reach, h.end);
    if (h.pattern.surname && reachBefore < h.end && followsOtherName(cased, h.start, h.end)) names.add(surnameKey(lower, h.start, h.end));
  }
  return names;
}

/** "al-Assad" and "Assad" are one surname. */
function surnameKey(lower: string, start: number, end: number): string {
  return lower.slice(start, end).replace(/^[ae]l /, '');
}

function prefixBefore(lower: string, start: number): 'anti' | 'pro' | 'non' | null {
  const { word } = charTables();
  for (const p of ['anti', 'pro', 'non'] as const) {
    const at = start - p.length - 1;
    if (at >= 0 && lower.startsWith(p, at) && lower.charCodeAt(start - 1) === 0x20 && (at === 0 || word[lower.charCodeAt(at - 1)] !== 1)) return p;
  }
  return null;
}

/** The actor a force noun after a name refers to: a leader's organisation, a government's armed forces. */
function forceOf(entry: ActorEntry, role: NounRole, matcher: ActorMatcher): ActorEntry {
  let actor = entry;
  if (actor.kind === 'person' && actor.parent !== null) actor = matcher.dictionary.actors.get(actor.parent) ?? actor;
  if (actor.kind === 'government' && actor.country !== null && (role === 'military' || role === 'air' || role === 'police')) {
    const country = matcher.countries.get(actor.country);
    if (country?.roles.government === actor.id) return countryActor(country.roles, role, matcher) ?? actor;
  }
  return actor;
}

function countryActor(roles: Partial<Record<string, string>>, role: NounRole, matcher: ActorMatcher): ActorEntry | undefined {
  const id = role === 'air' ? (roles.air ?? roles.military) : roles[role];
  return id === undefined ? undefined : matcher.dictionary.actors.get(id);
}

function sideOfCountry(militaryId: string | undefined, matcher: ActorMatcher): string | null {
  return militaryId === undefined ? null : (matcher.dictionary.actors.get(militaryId)?.side ?? null);
}

/** A qualifier joins a following name when it does not contradict the name's country ("Lebanese Hezbollah", not "British Donald Trump"). */
function absorbs(country: string | null, entry: ActorEntry): boolean {
  return !NOT_ABSORBED.has(entry.kind) && (country === null || entry.country === null || entry.country === country);
}

function actorAttrs(entry: ActorEntry, generic: boolean, demonym: string | undefined): ActorAttrs {
  const attrs: ActorAttrs = { id: entry.id, canonical: entry.name, kind: entry.kind, side: entry.side, parent: entry.parent, country: entry.country, generic };
  if (demonym !== undefined) attrs.demonym = demonym;
  return attrs;
}

function genericAttrs(group: NounGroup, side: string | null, kind: ActorAttrs['kind'], demonym?: string): ActorAttrs {
  const attrs: ActorAttrs = { id: group.id, canonical: group.name, kind, side, parent: null, country: null, generic: true };
  if (demonym !== undefined) attrs.demonym = demonym;
  return attrs;
}

function outletAttrs(entry: { id: string; name: string; kind: OutletAttrs['kind']; country: string | null; side: string | null }): OutletAttrs {
  return { id: entry.id, canonical: entry.name, kind: entry.kind, country: entry.country, side: entry.side };
}
