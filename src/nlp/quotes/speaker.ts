/**
 * What a noun phrase in the speaker's slot names: a person (through the
 * person layer), an actor, a generic source, or an outlet (which becomes the
 * `via`, never the speaker). "The statement" and "the group" point back to
 * the speaker or the named actor of the sentences before.
 */
import type { Annotation } from '../../core/layers.js';
import { wordAt, type TextContext } from '../people/context.js';
import { longestTitle, type PeopleLexicon } from '../people/lexicon.js';
import type { Speaker, Via } from './layers.js';
import { headEnd } from './noun-phrase.js';
import type { PeopleIndex } from './people-index.js';
import '../actors/layers.js';

export interface Found {
  speaker: Speaker | null;
  via: Via | null;
  /** Character range of the words naming the speaker. */
  start: number;
  end: number;
  /** The words were a statement, report or the like ("a military statement", "the Kremlin statement"). */
  statement?: boolean;
}

export interface Scope {
  ctx: TextContext;
  people: PeopleIndex;
  lexicon: PeopleLexicon;
  /** The latest speaker found before word `before`, within two sentences, for "the statement said". */
  lastSpeaker(before: number): Found | null;
}

const ARTICLES = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'some', 'two', 'three', 'several', 'second', 'first', 'latest', 'new']);
/** Nouns for the thing that speaks for someone: its owner is the speaker. */
const VEHICLES = new Set(['statement', 'statements', 'report', 'communique', 'communiqué', 'letter', 'message', 'recording', 'video', 'tweet', 'post', 'release', 'bulletin', 'announcement', 'broadcast']);
/** Heads of generic carriers: "state television reported" is a via, not a speaker. */
const MEDIA = new Set(['television', 'tv', 'media', 'radio', 'newspaper', 'newspapers', 'agency', 'channel', 'broadcaster', 'website', 'outlet', 'outlets', 'press']);
/** Plural sources the role lexicon lists in the singular. */
const SOURCES = new Set(['sources', 'officials', 'authorities', 'agencies', 'executives', 'police', 'monitors', 'witnesses', 'residents', 'medics', 'rescuers', 'observers', 'diplomats', 'analysts', 'experts', 'activists', 'organisers', 'organizers', 'investigators', 'prosecutors', 'lawmakers', 'commanders', 'officers', 'doctors', 'survivors', 'villagers', 'relatives', 'spokesmen', 'leaders', 'students', 'workers', 'people', 'military', 'army', 'government', 'ministry', 'office', 'embassy']);
/** Nouns for a body that "the … said" points back to, with the actor kinds they fit. */
const BODY_NOUNS: Record<string, readonly string[]> = {
  group: ['armed-group', 'militia', 'political-party', 'NGO', 'IGO'],
  organisation: ['armed-group', 'militia', 'political-party', 'NGO', 'IGO'],
  organization: ['armed-group', 'militia', 'political-party', 'NGO', 'IGO'],
  movement: ['armed-group', 'militia', 'political-party'],
  militia: ['militia', 'armed-group'],
  ministry: ['government'],
  office: ['government', 'IGO'],
  agency: ['IGO', 'NGO', 'government'],
  monitor: ['NGO'],
};
const BODY_WINDOW = 2;

/** The speaker named by words [b, e): a person, an actor, a source, or an outlet as via. */
export function speakerOfPhrase(scope: Scope, b: number, e: number): Found | null {
  const { ctx, people } = scope;
  const W = ctx.words;
  const h = headEnd(ctx, b, e);
  for (let w = b; w < h; w++) {
    const m = people.at[w]!;
    if (m >= 0) return personFound(people.mentions[m]!);
  }
  let s = b;
  while (s < h - 1 && ARTICLES.has(W[s]!.key)) s++;
  const definite = W[b]!.key === 'the';
  const headNoun = W[h - 1]!;
  const span = { start: W[s]!.start, end: W[h - 1]!.end };
  if (VEHICLES.has(headNoun.key)) {
    const found = statementSpeaker(scope, b, s, h, e, span);
    return found ? { ...found, statement: true } : null;
  }
  const headActor = ctx.actorAt[h - 1]!;
  if (headActor < 0 && ctx.outletAt[h - 1]! < 0 && (SOURCES.has(headNoun.key) || isRole(scope.lexicon, headNoun.key))) {
    return source(ctx, span, affiliationIn(ctx, s, e));
  }
  for (let w = h - 1; w >= s; w--) {
    const owner = ownerResolved(scope, w, span);
    if (owner) return owner;
  }
  const bodyKinds = Object.hasOwn(BODY_NOUNS, headNoun.key) ? BODY_NOUNS[headNoun.key] : undefined;
  if (bodyKinds) return (definite ? here(namedBody(scope, b, bodyKinds), span) : null) ?? source(ctx, span, affiliationIn(ctx, s, e));
  if (MEDIA.has(headNoun.key)) return { speaker: null, via: { start: span.start, end: span.end, id: null, canonical: ctx.text.slice(span.start, span.end) }, ...span };
  // A name the text does not type ("Trend Micro said", "Sopan Deb said"): the speaker as written.
  if (properName(ctx, s, h)) return source(ctx, span, null);
  return null;
}

/** Who a statement is from: "the Kremlin statement", "a statement from the group", "the statement" (said before). */
function statementSpeaker(scope: Scope, b: number, s: number, h: number, e: number, span: { start: number; end: number }): Found | null {
  const { ctx, people } = scope;
  for (let w = s; w < h - 1; w++) {
    const owner = ownerResolved(scope, w, span);
    if (owner) return owner;
  }
  for (let w = h; w < e; w++) {
    const owner = ownerResolved(scope, w, span) ?? (people.at[w]! >= 0 ? personFound(people.mentions[people.at[w]!]!) : null);
    if (owner) return owner;
  }
  if (ctx.words[b]!.key === 'the' && h - s === 1) return here(scope.lastSpeaker(b), span);
  return h - 1 > s ? source(ctx, span, affiliationIn(ctx, s, e)) : null;
}

/** The owner at word `w`; a bare common noun after "the" ("the militant group") points back to the body named before. */
function ownerResolved(scope: Scope, w: number, span: { start: number; end: number }): Found | null {
  const { ctx } = scope;
  const owner = ownerAt(scope, w, span);
  if (!owner || owner.speaker?.kind !== 'actor' || !isGenericActor(ctx, w)) return owner;
  const first = wordAt(ctx, ctx.actors[ctx.actorAt[w]!]!.start);
  if (ctx.words[first - 1]?.key !== 'the') return owner;
  return here(namedBody(scope, first, kindsOf(ctx, w)), span) ?? owner;
}

/** A speaker found further back, named here by the words `span` ("the statement", "the group"). */
function here(found: Found | null, span: { start: number; end: number }): Found | null {
  return found ? { ...found, ...span } : null;
}

export function personFound(m: Annotation<'person'>): Found {
  const a = m.attrs;
  return {
    speaker: {
      kind: 'person',
      name: a.full,
      personId: a.personId,
      title: a.title,
      role: a.role,
      affiliation: a.affiliation?.canonical ?? null,
      side: a.affiliation?.side ?? null,
      actor: a.affiliation?.actor ?? a.actor,
    },
    via: null,
    start: m.start,
    end: m.end,
  };
}

/** An actor or outlet covering word `w`, as a speaker (actor) or a via (outlet). */
function ownerAt(scope: Scope, w: number, span: { start: number; end: number }): Found | null {
  const { ctx } = scope;
  const o = ctx.outletAt[w]!;
  if (o >= 0) {
    const outlet = ctx.outlets[o]!;
    return { speaker: null, via: { start: outlet.start, end: outlet.end, id: outlet.attrs.id, canonical: outlet.attrs.canonical }, ...span };
  }
  const a = ctx.actorAt[w]!;
  if (a < 0 || ctx.actors[a]!.attrs.kind === 'person') return null;
  return actorFound(ctx, ctx.actors[a]!);
}

function actorFound(ctx: TextContext, actor: Annotation<'actor'>): Found {
  const a = actor.attrs;
  const name = actor.quote.replace(/^the\s+/i, '');
  return {
    speaker: { kind: 'actor', name, personId: null, title: null, role: null, affiliation: a.canonical, side: a.side, actor: a.id },
    via: null,
    start: actor.end - name.length,
    end: actor.end,
  };
}

/** "The group said": the latest named actor of a fitting kind in this sentence or the two before. */
function namedBody(scope: Scope, before: number, kinds: readonly string[]): Found | null {
  const { ctx } = scope;
  const at = ctx.words[before]!;
  const from = ctx.sentences[Math.max(0, at.sentence - BODY_WINDOW)]!.start;
  for (let i = ctx.actors.length - 1; i >= 0; i--) {
    const actor = ctx.actors[i]!;
    if (actor.start >= at.start) continue;
    if (actor.end <= from) break;
    if (!actor.attrs.generic && kinds.includes(actor.attrs.kind)) return actorFound(ctx, actor);
  }
  return null;
}

/** A bare common noun ("the militant group", "the army") points back; a qualified one ("the Syrian Foreign Ministry") names its body. */
function isGenericActor(ctx: TextContext, w: number): boolean {
  const a = ctx.actors[ctx.actorAt[w]!]!.attrs;
  return a.generic && a.demonym === undefined && a.side === null;
}

function kindsOf(ctx: TextContext, w: number): readonly string[] {
  return [ctx.actors[ctx.actorAt[w]!]!.attrs.kind];
}

/** A generic source ("a security official", "officials", "a military statement"), with the body named in its phrase. */
function source(ctx: TextContext, span: { start: number; end: number }, affiliation: Annotation<'actor'> | null): Found {
  return {
    speaker: {
      kind: 'source',
      name: ctx.text.slice(span.start, span.end),
      personId: null,
      title: null,
      role: null,
      affiliation: affiliation?.attrs.canonical ?? null,
      side: affiliation?.attrs.side ?? null,
      actor: affiliation?.attrs.id ?? null,
    },
    via: null,
    ...span,
  };
}

function properName(ctx: TextContext, s: number, h: number): boolean {
  for (let w = s; w < h; w++) if (!ctx.words[w]!.cap || ctx.words[w]!.pos !== 'PROPN') return false;
  return ctx.words[s - 1]?.key !== 'the';
}

function affiliationIn(ctx: TextContext, b: number, e: number): Annotation<'actor'> | null {
  for (let w = b; w < e; w++) {
    const a = ctx.actorAt[w]!;
    if (a >= 0 && ctx.actors[a]!.attrs.kind !== 'person') return ctx.actors[a]!;
  }
  return null;
}

function isRole(lexicon: PeopleLexicon, key: string): boolean {
  const singular = key.endsWith('men') ? `${key.slice(0, -3)}man` : key.endsWith('s') ? key.slice(0, -1) : key;
  const match = longestTitle(lexicon.titles, 0, (i) => (i === 0 ? singular : undefined)) ?? longestTitle(lexicon.titles, 0, (i) => (i === 0 ? key : undefined));
  return match !== null;
}
