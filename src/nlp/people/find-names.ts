/**
 * Candidate names of people in a sentence: runs of capitalised words with the
 * titles before them ("Iraqi Prime Minister Haider al-Abadi", "Lt. Col.
 * Muhanad al-Timimi", "Kremlin spokesman Dmitry Peskov") and what the words
 * around them say (apposition, age, affiliation, a reporting verb).
 */
import { cueOf } from '../quotes/cue-lexicon.js';
import { appositionAfter, appositionBefore, roleAfter, type Apposition, type Role, type TitleIndex } from './apposition.js';
import { actorAffiliation } from './affiliation.js';
import type { SentenceInfo, TextContext } from './context.js';
import type { Affiliation, Gender } from './layers.js';
import { longestTitleIn, type PeopleLexicon, type TitleMatch } from './lexicon.js';
import { CALENDAR_END, CALENDAR_START, COMPOUND_ENDS, LOCATIVE_BEFORE, NAME_PARTICLES, NOT_NAME_WORDS, PLACE_OR_BODY_AFTER } from './not-names.js';

/** Why a run of capitals is taken for a person. */
export type Evidence = 'actor' | 'title' | 'apposition' | 'speech' | 'given';

export interface NameCandidate {
  sentence: number;
  /** Word indices of the name, half-open. */
  nameStart: number;
  nameEnd: number;
  /** Word indices of the whole description: titles, name, apposition. */
  extentStart: number;
  extentEnd: number;
  /** Rank or office before the name, most specific last; roles go to `role`. */
  titles: TitleMatch[];
  role: Role | null;
  age: number | null;
  affiliation: Affiliation | null;
  /** Null when nothing but capitals speaks for a person: only a known name or surname can make it one. */
  evidence: Evidence | null;
  /** Index into the actor layer of a known leader the name belongs to, or -1. */
  personActor: number;
  gender: Gender | null;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MODIFIERS_BEFORE = 3;
/** Roles that describe a person after the name but never stand before one as a title ("Man Alive" is a show). */
const NOT_BEFORE_NAMES = new Set(['man', 'woman', 'source']);
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/;
const MAX_NAME_WORDS = 5;

interface Unit {
  start: number;
  end: number;
  title: TitleMatch | null;
}

/** The longest title starting at each word of the document, inside its sentence. */
export function titleIndex(ctx: TextContext, lexicon: PeopleLexicon): TitleIndex {
  const W = ctx.words;
  const out: Array<TitleMatch | null> = new Array<TitleMatch | null>(W.length).fill(null);
  for (const s of ctx.sentences) for (let i = s.firstWord; i < s.endWord; i++) out[i] = longestTitleIn(lexicon.titles, W, i, s.endWord);
  return out;
}

/** What name finding knows besides the text: the lexicon, and place names that look like names ("Saudi Arabia"). */
export interface NameKnowledge {
  lexicon: PeopleLexicon;
  /** Lower-case names of countries, words joined by one space. */
  places: ReadonlySet<string>;
  /** Lower-case words that qualify a name without being part of it: demonyms, parties ("Belgian", "Republican"). */
  modifiers: ReadonlySet<string>;
}

export function findNames(ctx: TextContext, knowledge: NameKnowledge, sentenceIndex: number, titles: TitleIndex): NameCandidate[] {
  const s = ctx.sentences[sentenceIndex]!;
  const W = ctx.words;
  const nameish = (i: number): boolean => {
    const w = W[i]!;
    if (!w.cap || (w.allCaps && w.text.length > 3 && !ROMAN.test(w.text)) || isCompound(w.text)) return false;
    if (w.first && NAME_PARTICLES.has(w.key)) return W[i + 1]?.cap === true && W[i + 1]!.sentence === w.sentence;
    if (NAME_POS.has(w.pos)) return !(w.first && w.pos !== 'PROPN');
    // The tagger reads some names as verbs ("Don Lemon", "Loretta Lynch"): a capitalised verb inside a sentence next to a proper noun.
    if (w.pos !== 'VERB' || w.first) return false;
    const next = W[i + 1];
    const prev = W[i - 1]!;
    return (next !== undefined && next.cap && next.pos === 'PROPN') || (prev.cap && prev.pos === 'PROPN');
  };
  const out: NameCandidate[] = [];
  let i = s.firstWord;
  while (i < s.endWord) {
    const units: Unit[] = [];
    let j = i;
    while (j < s.endWord) {
      const t = titles[j];
      if (t && !NOT_BEFORE_NAMES.has(t.entry.canonical)) {
        units.push({ start: j, end: t.end, title: t });
        j = t.end;
      } else if (nameish(j) || (units.length > 0 && NAME_PARTICLES.has(W[j]!.key) && j + 1 < s.endWord && nameish(j + 1))) {
        units.push({ start: j, end: j + 1, title: null });
        j++;
      } else break;
    }
    if (units.length === 0) {
      i++;
      continue;
    }
    const candidate = fromRun(ctx, knowledge, s, sentenceIndex, titles, units);
    if (candidate) out.push(candidate);
    i = j;
  }
  return out;
}

function fromRun(ctx: TextContext, knowledge: NameKnowledge, s: SentenceInfo, si: number, titles: TitleIndex, units: Unit[]): NameCandidate | null {
  const W = ctx.words;
  const { lexicon } = knowledge;
  // A title after the name is an apposition without commas ("Jens Laerke spokesman for …", "Peter Salama Executive
  // Director"), except one capitalised word after a given name, which may be a surname ("John Major", "Peter King").
  const givenFirst = lexicon.givenNames.has(W[units.find((u) => !u.title)?.start ?? units[0]!.start]!.key);
  while (units.length > 1) {
    const u = units[units.length - 1]!;
    if (!u.title || (u.end - u.start === 1 && W[u.start]!.cap && givenFirst)) break;
    units.pop();
  }
  let last = -1;
  for (let u = 0; u < units.length - 1; u++) if (units[u]!.title && units.slice(u + 1).some((x) => !x.title)) last = u;
  let nameStart = units[last + 1]?.start ?? units[0]!.start;
  let nameEnd = units[units.length - 1]!.end;
  const particle = (k: number): boolean => !W[k]!.cap && NAME_PARTICLES.has(W[k]!.key);
  // "On Sunday Hassan said", "Belgian Mohamed Abrini", "Republican Donald Trump": not part of the name.
  const leading = (k: number): boolean => (last < 0 && CALENDAR_START.has(W[k]!.key)) || knowledge.modifiers.has(W[k]!.key) || particle(k);
  while (nameStart < nameEnd && leading(nameStart)) nameStart++;
  while (nameEnd > nameStart && (CALENDAR_END.has(W[nameEnd - 1]!.key) || particle(nameEnd - 1))) nameEnd--;
  if (nameStart >= nameEnd || nameEnd - nameStart > MAX_NAME_WORDS) return null;
  if (units.every((u) => u.title || u.end <= nameStart || u.start >= nameEnd)) return null;
  if (knowledge.places.has(W.slice(nameStart, nameEnd).map((w) => w.key).join(' '))) return null;
  let personActor = -1;
  for (let k = nameStart; k < nameEnd && personActor < 0; k++) {
    const a = ctx.actorAt[k]!;
    if (a >= 0 && ctx.actors[a]!.attrs.kind === 'person') personActor = a;
  }
  if (personActor >= 0) {
    // A known leader's name is the dictionary's match, whatever capitals stand around it ("Tags Syria Idlib Bashar al-Assad").
    while (ctx.actorAt[nameStart] !== personActor) nameStart++;
    while (ctx.actorAt[nameEnd - 1] !== personActor) nameEnd--;
  }
  for (let k = nameStart; k < nameEnd; k++) {
    const a = ctx.actorAt[k]!;
    if (NOT_NAME_WORDS.has(W[k]!.key) || ctx.outletAt[k]! >= 0 || (a >= 0 && ctx.actors[a]!.attrs.kind !== 'person')) return null;
  }
  const descriptor = last >= 0 ? units.slice(0, last + 1) : [];
  const preTitles = descriptor.flatMap((u) => (u.title ? [u.title] : []));
  // A lone capitalised word without title, known bearer or apposition can only be a surname seen before.
  if (nameEnd - nameStart === 1 && preTitles.length === 0 && personActor < 0 && W[nameEnd]?.text !== ',') return bare(si, nameStart, nameEnd);
  const plain = appositionAfter(ctx, titles, nameEnd, s.endWord);
  // Without a comma, only a given name vouches that the role belongs to a name ("Jens Laerke spokesman …", not "Native American woman").
  const after = plain.end === nameEnd && lexicon.givenNames.has(W[nameStart]!.key) ? (roleAfter(ctx, titles, nameEnd, s.endWord) ?? plain) : plain;
  const before = descriptor.length === 0 ? appositionBefore(ctx, titles, nameStart, s.firstWord) : null;
  const extentStart = before?.start ?? possessiveStart(ctx, descriptor[0]?.start ?? nameStart, s.firstWord);

  const preRole = [...preTitles].reverse().find((t) => t.entry.kind === 'role') ?? null;
  const role: Role | null = after.role ?? before?.role ?? (preRole ? { text: preRole.entry.canonical, match: preRole } : null);
  const evidence = evidenceFor(ctx, lexicon, s, { nameStart, nameEnd, extentStart, personActor, preTitles, after, before });
  const gender = [...preTitles, ...(role ? [role.match] : [])].map((t) => t.gender).find((g) => g !== null) ?? given(lexicon, W[nameStart]!.key);
  return {
    sentence: si,
    nameStart,
    nameEnd,
    extentStart,
    extentEnd: Math.max(nameEnd, after.end),
    titles: preTitles.filter((t) => t.entry.kind !== 'role'),
    role,
    age: after.age ?? before?.age ?? null,
    affiliation: after.affiliation ?? descriptorAffiliation(ctx, extentStart, nameStart) ?? before?.affiliation ?? null,
    evidence,
    personActor,
    gender: gender ?? null,
  };
}

function bare(sentence: number, nameStart: number, nameEnd: number): NameCandidate {
  return {
    sentence,
    nameStart,
    nameEnd,
    extentStart: nameStart,
    extentEnd: nameEnd,
    titles: [],
    role: null,
    age: null,
    affiliation: null,
    evidence: null,
    personActor: -1,
    gender: null,
  };
}

interface Around {
  nameStart: number;
  nameEnd: number;
  extentStart: number;
  personActor: number;
  preTitles: readonly TitleMatch[];
  after: Apposition;
  before: Apposition | null;
}

function evidenceFor(ctx: TextContext, lexicon: PeopleLexicon, s: SentenceInfo, a: Around): Evidence | null {
  const W = ctx.words;
  if (a.personActor >= 0) return 'actor';
  // A rank or office vouches even for one word ("President Hadi"); a role only for a full name or with an age ("brother Najim, 24").
  const single = a.nameEnd - a.nameStart < 2;
  const office = a.preTitles.some((t) => t.entry.kind !== 'role');
  if (office || (a.preTitles.length > 0 && (!single || a.after.age !== null))) return 'title';
  if (s.role === 'title' || s.role === 'headline' || single) return null;
  if (a.after.age !== null || a.after.role || a.after.who || a.before) return 'apposition';
  // "the British-based Observatory said": a definite description is a body, not a person.
  if (W[a.extentStart - 1]?.key === 'the' && a.extentStart - 1 >= s.firstWord) return null;
  let next = Math.max(a.nameEnd, a.after.end);
  while (next < s.endWord && W[next]!.pos === 'ADV') next++;
  // Companies speak too ("Trend Micro said"): without a title or description, only a given name makes a person.
  if (!lexicon.givenNames.has(W[a.nameStart]!.key)) return null;
  const cueAfter = next < s.endWord ? cueOf(W[next]!.key) : undefined;
  if (cueAfter?.clause && !cueAfter.participle) return 'speech';
  const prev = W[a.extentStart - 1];
  if (prev && a.extentStart - 1 >= s.firstWord && (cueOf(prev.key)?.clause || (prev.key === 'to' && W[a.extentStart - 2]?.key === 'according'))) return 'speech';
  const locative = prev !== undefined && a.extentStart - 1 >= s.firstWord && LOCATIVE_BEFORE.has(prev.key);
  const placeAfter = a.nameEnd < s.endWord && PLACE_OR_BODY_AFTER.has(W[a.nameEnd]!.key);
  return locative || placeAfter ? null : 'given';
}

/** An actor among the words before the name ("Iraqi Prime Minister", "Kremlin spokesman", "Britain's"). */
function descriptorAffiliation(ctx: TextContext, from: number, nameStart: number): Affiliation | null {
  for (let k = nameStart - 1; k >= from; k--) {
    const a = ctx.actorAt[k]!;
    if (a >= 0 && ctx.actors[a]!.attrs.kind !== 'person') return actorAffiliation(ctx.actors[a]!);
  }
  return null;
}

/**
 * Moves a description's start back over what qualifies the title: "Britain's",
 * or lower-case modifiers and an actor ("Houthi military spokesman").
 */
function possessiveStart(ctx: TextContext, start: number, from: number): number {
  const W = ctx.words;
  const s = W[start - 1];
  if (start - 2 >= from && s && (s.key === "'s" || s.key === "'") && W[start - 2]!.cap) return start - 2;
  let k = start;
  while (k > from && start - k < MODIFIERS_BEFORE && (MODIFIER_POS.has(W[k - 1]!.pos) || ctx.actorAt[k - 1]! >= 0) && ctx.quoteOf[k - 1]! < 0) k--;
  // Only worth taking when an actor is among them: it is the affiliation.
  for (let i = k; i < start; i++) if (ctx.actorAt[i]! >= 0) return i;
  return start;
}

/** "British-based", "U.S.-led", "Iranian-backed": adjectives, not names. */
function isCompound(text: string): boolean {
  const hyphen = text.lastIndexOf('-');
  return hyphen > 0 && COMPOUND_ENDS.has(text.slice(hyphen + 1).toLowerCase());
}

function given(lexicon: PeopleLexicon, key: string): Gender | null {
  return lexicon.givenNames.get(key) ?? null;
}
