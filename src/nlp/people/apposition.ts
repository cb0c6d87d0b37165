/**
 * What the words around a name say about the person: "of the Iraqi special
 * forces", ", 33, a former policeman,", ", a spokesman for the U.S.-led
 * coalition," and, before it, "A spokesman for the rescue workers, …".
 */
import { cueOf } from '../quotes/cue-lexicon.js';
import { actorAffiliation, namedAffiliation } from './affiliation.js';
import type { TextContext } from './context.js';
import type { Affiliation } from './layers.js';
import type { TitleMatch } from './lexicon.js';

export interface Role {
  text: string;
  match: TitleMatch;
}

export interface Apposition {
  /** Word index where the description starts (inverse apposition) or ends (exclusive). */
  start: number;
  end: number;
  age: number | null;
  role: Role | null;
  affiliation: Affiliation | null;
  /** A relative clause on the name ("…, who works for …"): only people take "who". */
  who: boolean;
}

const YEARS_OLD = /^(\d{1,3})-years?-old$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'one']);
const STOPS = new Set([',', '.', ';', ':', '(', ')', '—', '–', '"', '“', '”', '?', '!']);
const AFFILIATING = new Set(['of', 'for', 'with', 'at', 'in', 'from', 'to']);
const DIRECT = new Set(['of', 'from', 'with']);
/** Roles whose "of X" is a place or a relative, not the body a person speaks for. */
const NOT_AFFILIATING = new Set(
  'resident witness eyewitness villager farmer shepherd refugee survivor victim man woman father mother son daughter brother sister wife husband uncle aunt cousin grandfather grandmother widow civilian prisoner detainee hostage'.split(' '),
);

/** Title matches per word index (null where none starts). */
export type TitleIndex = ReadonlyArray<TitleMatch | null>;

/** Affiliation and description after the name: direct "of X", then up to two comma appositions. */
export function appositionAfter(ctx: TextContext, titles: TitleIndex, nameEnd: number, to: number): Apposition {
  const W = ctx.words;
  const out: Apposition = { start: nameEnd, end: nameEnd, age: null, role: null, affiliation: null, who: false };
  let p = nameEnd;
  if (p < to && DIRECT.has(W[p]!.key)) {
    const actor = actorStarting(ctx, W[p + 1]?.key === 'the' ? p + 2 : p + 1, to);
    if (actor) {
      out.affiliation = actorAffiliation(ctx.actors[actor.index]!);
      p = out.end = actor.end;
    }
  }
  for (let k = 0; k < 2 && p < to && W[p]!.text === ','; k++) {
    const q = p + 1;
    const age = ageAt(ctx, q, to);
    if (age !== null) {
      out.age = age;
      p = out.end = q + 1;
      continue;
    }
    if (W[q]?.key === 'who' || W[q]?.key === 'whose') {
      out.who = true;
      out.end = clauseEnd(ctx, q, to);
      break;
    }
    const np = describe(ctx, titles, q, to);
    if (!np) break;
    out.role ??= np.role;
    out.affiliation ??= np.affiliation;
    out.age ??= np.age;
    p = out.end = np.end;
  }
  return out;
}

/** A role right after the name, without a comma: "Jens Laerke spokesman for the UN agency OCHA said". */
export function roleAfter(ctx: TextContext, titles: TitleIndex, nameEnd: number, to: number): Apposition | null {
  if (nameEnd >= to || !titles[nameEnd]) return null;
  const np = describe(ctx, titles, nameEnd, to, false);
  return np ? { start: nameEnd, end: np.end, age: np.age, role: np.role, affiliation: np.affiliation, who: false } : null;
}

/** "A spokesman for the rescue workers, Bilal Ahmad Faizi": a described noun phrase, a comma, then the name. */
export function appositionBefore(ctx: TextContext, titles: TitleIndex, nameStart: number, from: number): Apposition | null {
  const W = ctx.words;
  if (nameStart - 2 < from || W[nameStart - 1]!.text !== ',') return null;
  let s = nameStart - 2;
  while (s > from && !STOPS.has(W[s - 1]!.text) && !isVerb(W[s - 1]!.pos)) s--;
  if (!DETERMINERS.has(W[s]!.key) || W[s]!.key === 'one') return null;
  const np = describe(ctx, titles, s, nameStart - 1);
  if (!np || np.end !== nameStart - 1) return null;
  return { start: s, end: nameStart, age: np.age, role: np.role, affiliation: np.affiliation, who: false };
}

interface Described {
  role: Role;
  affiliation: Affiliation | null;
  /** From "a 33-year-old former policeman". */
  age: number | null;
  end: number;
}

/** A noun phrase headed by a title or role, with the body it belongs to; null when no role heads it. */
function describe(ctx: TextContext, titles: TitleIndex, from: number, to: number, allowDeterminer = true): Described | null {
  const W = ctx.words;
  let r = from;
  if (allowDeterminer && r < to && DETERMINERS.has(W[r]!.key)) r++;
  let match: TitleMatch | null = null;
  let s = r;
  while (s < to) {
    const t = titles[s];
    if (t && t.end <= to) {
      match = t;
      s = t.end;
      continue;
    }
    const w = W[s]!;
    if (STOPS.has(w.text) || isVerb(w.pos) || w.pos === 'ADP' || w.pos === 'SCONJ' || w.pos === 'PRON' || w.key === 'and' || cueOf(w.key)) break;
    s++;
  }
  if (!match || match.end !== s) return null;
  let affiliation: Affiliation | null = null;
  let age: number | null = null;
  for (let i = r; i < match.end; i++) {
    const a = ctx.actorAt[i]!;
    if (a >= 0 && ctx.actors[a]!.attrs.kind !== 'person' && ctx.actors[a]!.end <= W[match.start]!.start) affiliation ??= actorAffiliation(ctx.actors[a]!);
    const years = YEARS_OLD.exec(W[i]!.text);
    if (years) age = Number(years[1]);
  }
  const role = ctx.text.slice(W[r]!.start, W[match.end - 1]!.end);
  let end = s;
  if (s < to && AFFILIATING.has(W[s]!.key)) {
    const q = W[s + 1]?.key === 'the' ? s + 2 : s + 1;
    const actor = actorStarting(ctx, q, to);
    if (actor) affiliation = actorAffiliation(ctx.actors[actor.index]!);
    else if (!NOT_AFFILIATING.has(match.entry.canonical.toLowerCase()) && (W[s]!.key === 'of' || W[s]!.key === 'for')) {
      let e = q;
      while (e < to && W[e]!.cap && !STOPS.has(W[e]!.text)) e++;
      if (e > q && e - q <= 6) affiliation ??= namedAffiliation(ctx.text, W[q]!.start, W[e - 1]!.end);
    }
    end = clauseEnd(ctx, s, to);
  }
  return { role: { text: role, match }, affiliation, age, end };
}

/** The actor mention starting exactly at word `at`, with the word index after it. */
function actorStarting(ctx: TextContext, at: number, to: number): { index: number; end: number } | null {
  const W = ctx.words;
  const index = at < to ? ctx.actorAt[at]! : -1;
  if (index < 0) return null;
  const actor = ctx.actors[index]!;
  if (actor.start !== W[at]!.start || actor.attrs.kind === 'person') return null;
  let end = at;
  while (end < to && W[end]!.start < actor.end) end++;
  return { index, end };
}

/** A person's age standing alone between commas: ", 33,". */
function ageAt(ctx: TextContext, at: number, to: number): number | null {
  const w = ctx.words[at];
  if (!w || w.pos !== 'NUM' || !/^\d{1,3}$/.test(w.text)) return null;
  const next = ctx.words[at + 1];
  if (at + 1 < to && next && !STOPS.has(next.text)) return null;
  const age = Number(w.text);
  return age > 0 && age < 120 ? age : null;
}

/** Index of the comma, stop or reporting verb that ends a clause started at `from`. */
function clauseEnd(ctx: TextContext, from: number, to: number): number {
  let e = from;
  while (e < to && !STOPS.has(ctx.words[e]!.text) && !cueOf(ctx.words[e]!.key)?.clause) e++;
  return e;
}

function isVerb(pos: string): boolean {
  return pos === 'VERB' || pos === 'AUX';
}
