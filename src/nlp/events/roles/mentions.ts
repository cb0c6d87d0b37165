/**
 * Actor mentions of a sentence seen as token ranges, with the small tests the
 * role rules share: what precedes a mention, whether a verb lies between.
 */
import type { Annotation } from '../../../core/layers.js';
import type { TokenKind } from '../clause.js';
import { mentionsIn, tokenAt, type EventContext, type SentenceView } from '../context.js';
import { OBLIQUE_PREPOSITIONS, VERB_GROUP } from '../words.js';

/** An actor mention, or a person the actor dictionary does not know ("Umar Mansoor", "he"). */
export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly actor: Annotation<'actor'> | null;
  readonly person: Annotation<'person'> | null;
  /** Token range inside the sentence. */
  readonly from: number;
  readonly to: number;
}

/** Where a role was read from: the rule id and how far to trust it (0–1). */
export interface RoleFind {
  mentions: ActorMention[];
  rule: string;
  strength: number;
}

const cache = new WeakMap<SentenceView, ActorMention[]>();

export function actorMentions(ctx: EventContext, sentence: SentenceView): ActorMention[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const actors = mentionsIn(ctx.actors, sentence.start, sentence.end).filter((a) => a.attrs.kind !== 'media');
  const people = mentionsIn(ctx.people, sentence.start, sentence.end).filter(
    (p) => !actors.some((a) => a.start < p.end && p.start < a.end),
  );
  const found = [
    ...actors.map((actor) => located(sentence, actor.start, actor.end, actor, null)),
    ...people.map((person) => located(sentence, person.start, person.end, null, person)),
  ].sort((a, b) => a.start - b.start);
  cache.set(sentence, found);
  return found;
}

function located(
  sentence: SentenceView,
  start: number,
  end: number,
  actor: Annotation<'actor'> | null,
  person: Annotation<'person'> | null,
): ActorMention {
  const from = tokenAt(sentence, start);
  let to = from;
  while (to < sentence.tokens.length && (sentence.tokens[to]?.start ?? end) < end) to++;
  return { start, end, actor, person, from, to: Math.max(to, from + 1) };
}

interface TokenIndex {
  covering: Map<number, ActorMention>;
  starting: Map<number, ActorMention>;
  ending: Map<number, ActorMention>;
}

const indexes = new WeakMap<readonly ActorMention[], TokenIndex>();

/** Mentions by token position, built once per sentence: the role rules ask token by token. */
function indexOf(mentions: readonly ActorMention[]): TokenIndex {
  let index = indexes.get(mentions);
  if (!index) {
    index = { covering: new Map(), starting: new Map(), ending: new Map() };
    for (const m of mentions) {
      for (let i = m.from; i < m.to; i++) if (!index.covering.has(i)) index.covering.set(i, m);
      if (!index.starting.has(m.from)) index.starting.set(m.from, m);
      index.ending.set(m.to, m);
    }
    indexes.set(mentions, index);
  }
  return index;
}

/** The mention covering token `i`, if any. */
export function mentionAt(mentions: readonly ActorMention[], i: number): ActorMention | undefined {
  return indexOf(mentions).covering.get(i);
}

/** The mention whose first token is `i`. */
export function mentionStarting(mentions: readonly ActorMention[], i: number): ActorMention | undefined {
  return indexOf(mentions).starting.get(i);
}

/** The mention whose last token is just before `i`. */
export function mentionEnding(mentions: readonly ActorMention[], i: number): ActorMention | undefined {
  return indexOf(mentions).ending.get(i);
}

/** The preposition governing a mention ("of" in "the head of the Islamic State"), or null. */
export function governingPreposition(sentence: SentenceView, m: ActorMention): string | null {
  for (let i = m.from - 1; i >= 0 && i >= m.from - 4; i--) {
    const t = sentence.tokens[i];
    if (!t) break;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === "'s" || t.norm === 'own') continue;
    if (t.pos === 'PRON' && /^(its|their|his|her|our)$/.test(t.norm)) continue;
    return OBLIQUE_PREPOSITIONS.has(t.norm) ? t.norm : null;
  }
  return null;
}

/** True when a content verb (not an auxiliary or adverb) lies strictly between two token positions. */
export function verbBetween(sentence: SentenceView, kinds: readonly TokenKind[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (kinds[i] === 'verb' && !VERB_GROUP.has(sentence.tokens[i]?.norm ?? '')) return true;
  }
  return false;
}

/** Words that may qualify the second partner: "and allied Kurdish troops", "and other armed groups". */
const PARTNER_WORDS = new Set(['allied', 'other', 'fellow', 'local', 'rival', 'pro-government', 'loyalist']);

/** Mentions joined to `m` by "and", "," or "as well as": "Iraqi forces and allied Kurdish troops". */
export function coordinated(sentence: SentenceView, mentions: readonly ActorMention[], m: ActorMention): ActorMention[] {
  const out = [m];
  let last = m;
  for (;;) {
    let i = last.to;
    let joined = false;
    while (i < sentence.tokens.length) {
      const t = sentence.tokens[i];
      if (!t) break;
      if (t.norm === 'and' || t.quote === ',' || t.norm === 'as' || t.norm === 'well') joined = true;
      else if (!(t.pos === 'DET' || t.pos === 'ADJ' || PARTNER_WORDS.has(t.norm))) break;
      i++;
    }
    const next = joined ? mentionStarting(mentions, i) : undefined;
    if (!next) return out;
    out.push(next);
    last = next;
  }
}
