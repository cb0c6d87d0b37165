/**
 * Pronouns ("he said", "she added") and titles standing alone ("the Foreign
 * Secretary told …", "the general said") resolved to a person named before.
 */
import type { MessageInput } from '../../core/message.js';
import type { TitleIndex } from './apposition.js';
import type { TextContext } from './context.js';
import type { Gender, PersonMentionKind } from './layers.js';
import type { Person } from './registry.js';
import { salience } from './salience.js';

export interface Mention {
  person: Person;
  kind: PersonMentionKind;
  /** Character offsets of the name (or pronoun, or title phrase) and of the whole description. */
  start: number;
  end: number;
  extentStart: number;
  extentEnd: number;
  /** Word index of its first word, and its sentence. */
  word: number;
  sentence: number;
  salience: number;
  inQuote: boolean;
}

/** Sentences before the pronoun's own that may hold its antecedent. */
const PRONOUN_WINDOW = 2;
const TITLE_WINDOW = 3;
const CLOSERS = new Set(['”', '"', '?']);
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN']);

interface Reference {
  word: number;
  end: number;
  kind: 'pronoun' | 'title';
  gender: Gender | null;
  /** Title words to match ("secretary"), for titles. */
  head: string | null;
}

/**
 * Resolves references in text order, so a resolved pronoun is itself an
 * antecedent for the next one. `names` are the name mentions, in text order.
 */
export function resolveReferences(ctx: TextContext, titles: TitleIndex, names: readonly Mention[]): { mentions: Mention[]; messages: MessageInput[] } {
  const W = ctx.words;
  const bySentence = new Map<number, Mention[]>();
  const add = (m: Mention): void => {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  };
  const found: Mention[] = [];
  const messages: MessageInput[] = [];
  let n = 0;
  for (const ref of findReferences(ctx, titles, names)) {
    const at = W[ref.word]!;
    // Names before the reference join the candidates; mentions are added in text order, so each list stays sorted.
    while (n < names.length && names[n]!.start < at.start) add(names[n++]!);
    const chosen = ref.kind === 'pronoun' ? pronounAntecedent(ctx, ref, bySentence, messages) : titleAntecedent(ctx, ref, bySentence, messages);
    if (!chosen) continue;
    if (ref.gender && chosen.gender === null) chosen.gender = ref.gender;
    const sentence = ctx.sentences[at.sentence]!;
    const end = W[ref.end - 1]!.end;
    const mention: Mention = {
      person: chosen,
      kind: ref.kind,
      start: at.start,
      end,
      extentStart: at.start,
      extentEnd: end,
      word: ref.word,
      sentence: at.sentence,
      salience: salience(ctx, ref.word, ref.end, sentence.firstWord, sentence.endWord),
      inQuote: false,
    };
    found.push(mention);
    add(mention);
  }
  return { mentions: found, messages };
}

type BySentence = ReadonlyMap<number, readonly Mention[]>;

function findReferences(ctx: TextContext, titles: TitleIndex, names: readonly Mention[]): Reference[] {
  const W = ctx.words;
  const refs: Reference[] = [];
  let n = 0;
  for (const s of ctx.sentences) {
    if (s.role === 'title' || s.role === 'headline') continue;
    for (let i = s.firstWord; i < s.endWord; i++) {
      const w = W[i]!;
      const key = w.key;
      if ((key !== 'he' && key !== 'she' && key !== 'the') || ctx.quoteOf[i]! >= 0) continue;
      while (n < names.length && names[n]!.extentEnd <= w.start) n++;
      if (n < names.length && names[n]!.extentStart <= w.start) continue;
      if (key !== 'the') {
        if (w.pos === 'PRON') refs.push({ word: i, end: i + 1, kind: 'pronoun', gender: key === 'he' ? 'male' : 'female', head: null });
      } else {
        let j = i + 1;
        while (j < s.endWord && !titles[j] && MODIFIER_POS.has(W[j]!.pos) && j - i <= 3) j++;
        const t = titles[j];
        if (!t || t.entry.kind === 'honorific') continue;
        const next = W[t.end];
        if (t.end < s.endWord && next && next.cap && next.pos === 'PROPN') continue;
        refs.push({ word: i, end: t.end, kind: 'title', gender: t.gender, head: t.entry.words[t.entry.words.length - 1] ?? null });
        i = t.end - 1;
      }
    }
  }
  return refs;
}

/**
 * The most recent compatible person: in the pronoun's own sentence the
 * nearest before it; further back the most salient of the nearest sentence
 * that has any, abstaining when two people tie there.
 */
function pronounAntecedent(ctx: TextContext, ref: Reference, bySentence: BySentence, messages: MessageInput[]): Person | null {
  const W = ctx.words;
  const anchor = quoteStartBefore(ctx, ref.word);
  const anchorStart = W[anchor]!.start;
  const own = W[anchor]!.sentence;
  const usable = (m: Mention): boolean => !m.inQuote && m.start < anchorStart && compatible(m.person, ref.gender);
  const inOwn = (bySentence.get(own) ?? []).filter(usable);
  if (inOwn.length > 0) return inOwn[inOwn.length - 1]!.person;
  for (const s of previousSentences(ctx, own, PRONOUN_WINDOW)) {
    const here = (bySentence.get(s) ?? []).filter(usable);
    if (here.length === 0) continue;
    const top = Math.max(...here.map((m) => m.salience));
    const people = new Set(here.filter((m) => m.salience === top).map((m) => m.person));
    if (people.size === 1) return [...people][0]!;
    const w = W[ref.word]!;
    messages.push({
      ruleId: 'people/ambiguous-pronoun',
      severity: 'info',
      reason: `'${w.text}' left unresolved: ${[...people].map((p) => p.full).join(' and ')} are equally likely in the sentence before`,
      start: w.start,
      end: w.end,
    });
    return null;
  }
  return null;
}

/** The one person recently described with the title's head word ("the Foreign Secretary" → the Secretary of State named before). */
function titleAntecedent(ctx: TextContext, ref: Reference, bySentence: BySentence, messages: MessageInput[]): Person | null {
  if (!ref.head) return null;
  const head = ref.head;
  const own = ctx.words[ref.word]!.sentence;
  const people = new Set<Person>();
  for (const s of [own, ...previousSentences(ctx, own, TITLE_WINDOW)]) {
    for (const m of bySentence.get(s) ?? []) if (!m.inQuote && m.person.titleWords.has(head)) people.add(m.person);
  }
  if (people.size === 1) return [...people][0]!;
  if (people.size > 1) {
    const start = ctx.words[ref.word]!.start;
    const end = ctx.words[ref.end - 1]!.end;
    messages.push({
      ruleId: 'people/ambiguous-title',
      severity: 'info',
      reason: `'${ctx.text.slice(start, end)}' left unresolved: it fits ${[...people].map((p) => p.full).join(' and ')}`,
      start,
      end,
    });
  }
  return null;
}

/** For a pronoun right after a closing quotation mark ("“…,” he said"), the quotation's first word: the quote is the pronoun's context. */
function quoteStartBefore(ctx: TextContext, word: number): number {
  const W = ctx.words;
  let k = word - 1;
  while (k >= 0 && W[k]!.text === ',') k--;
  if (k < 0 || !CLOSERS.has(W[k]!.text)) return word;
  const q = ctx.quoteOf[k]!;
  if (q < 0) return word;
  const open = ctx.quotes[q]!.open;
  let w = k;
  while (w > 0 && W[w - 1]!.start >= open) w--;
  return w;
}

/** Up to `count` body or caption sentences before sentence `s`, nearest first. */
function previousSentences(ctx: TextContext, s: number, count: number): number[] {
  const out: number[] = [];
  for (let i = s - 1; i >= 0 && out.length < count; i--) {
    const role = ctx.sentences[i]!.role;
    if (role !== 'title' && role !== 'headline') out.push(i);
  }
  return out;
}

function compatible(person: Person, gender: Gender | null): boolean {
  return gender === null || person.gender === null || person.gender === gender;
}
