/**
 * Reporting verbs in a sentence and the speaker each one names: the subject
 * before it ("Emad Hassan, 33, a former policeman, said"), after it when
 * inverted ("said Shehwaro"), or the clause's subject for an -ing form
 * ("…, calling the protest leaders …").
 */
import { BE_FORMS, cueOf, phrasalCue, type Cue } from './cue-lexicon.js';
import { phraseAfter, phraseBefore } from './noun-phrase.js';
import { personFound, speakerOfPhrase, type Found, type Scope } from './speaker.js';

const SKIP_BACK = new Set(['ADV', 'AUX', 'PART']);
/** How an aside between subject and verb starts: "while responding", "in a statement", "however", "speaking to reporters". */
const ASIDE_START = new Set(['SCONJ', 'ADP', 'ADV', 'VERB']);
const NOUN_SUBJECT = new Set(['PROPN', 'NOUN', 'PRON']);
const AFTER_INVERSION = new Set([',', '”', '"', '?', '—', '–', ':']);

/** The cue word `w` is, when it reports speech here (not passive: "was told", "is said to"). */
export function cueAt(scope: Scope, w: number): Cue | null {
  const { ctx } = scope;
  const word = ctx.words[w]!;
  const cue = cueOf(word.key) ?? phrasalCue(word.key, ctx.words[w + 1]?.key);
  if (!cue) return null;
  const prev = ctx.words[w - 1];
  const prevInSentence = prev !== undefined && prev.sentence === word.sentence ? prev : undefined;
  // The tagger reads "CNN reports" as a noun: a noun cue counts only as a verb form after its subject.
  if (word.pos === 'NOUN' && !(word.key.endsWith('s') && prevInSentence && NOUN_SUBJECT.has(prevInSentence.pos))) return null;
  if (word.pos !== 'VERB' && word.pos !== 'NOUN' && word.pos !== 'AUX') return null;
  if (prevInSentence && BE_FORMS.has(prevInSentence.key) && !cue.participle) return null;
  return cue;
}

/** Words the cue at `w` spans: two for "made clear". */
export function cueWidth(scope: Scope, w: number): number {
  const W = scope.ctx.words;
  return cueOf(W[w]!.key) ? 1 : phrasalCue(W[w]!.key, W[w + 1]?.key) ? 2 : 1;
}

/** The speaker named before the cue at word `cue`, within words [from, cue). */
function subjectBefore(scope: Scope, cue: number, from: number): Found | null {
  const { ctx, people } = scope;
  const W = ctx.words;
  let p = cue;
  while (p > from && SKIP_BACK.has(W[p - 1]!.pos) && ctx.actorAt[p - 1]! < 0 && people.at[p - 1]! < 0) p--;
  const closing = p > from && W[p - 1]!.text === ',' ? p - 1 : p;
  for (const end of [p, closing]) {
    const m = people.byExtentEnd.get(end);
    if (m !== undefined && people.mentions[m]!.start >= W[from]!.start) return personFound(people.mentions[m]!);
  }
  const b = phraseBefore(ctx, people, closing, from);
  // A phrase after a preposition is its object ("… in the House of Commons, said"), not the subject,
  // unless it is the agent of a participle ("a statement released by the president's office said").
  const object = b > from && W[b - 1]!.pos === 'ADP' && !(W[b - 1]!.key === 'by' && W[b - 2]?.pos === 'VERB');
  const found = b < closing && !object ? speakerOfPhrase(scope, b, closing) : null;
  return found ?? (closing < p ? beforeAside(scope, closing, from) : null);
}

/** "Johnson, while responding to queries in the House, said": the subject before an aside set off by commas. */
function beforeAside(scope: Scope, closing: number, from: number): Found | null {
  const { ctx, people } = scope;
  const W = ctx.words;
  let c = closing - 1;
  while (c > from && W[c]!.text !== ',') c--;
  if (c <= from || !ASIDE_START.has(W[c + 1]!.pos)) return null;
  const m = people.byExtentEnd.get(c);
  if (m !== undefined) return personFound(people.mentions[m]!);
  const b = phraseBefore(ctx, people, c, from);
  return b < c ? speakerOfPhrase(scope, b, c) : null;
}

/** The speaker named right after the cue at word `cue`: "said Interior Ministry spokesman Sediq Sediqi". */
export function subjectAfter(scope: Scope, cue: number, to: number): Found | null {
  const { ctx, people } = scope;
  const m = people.byExtentStart.get(cue + 1);
  if (m !== undefined) return personFound(people.mentions[m]!);
  const e = phraseAfter(ctx, people, cue + 1, to);
  return e > cue + 1 ? speakerOfPhrase(scope, cue + 1, e) : null;
}

/** True when the cue follows a comma or a closing quote mark, where "said X" inverts. */
function invertible(scope: Scope, cue: number, from: number): boolean {
  const prev = scope.ctx.words[cue - 1];
  return cue - 1 < from || (prev !== undefined && AFTER_INVERSION.has(prev.text));
}

/**
 * The speaker of the cue at `cue`: an -ing form after a comma takes the
 * clause's subject; otherwise the subject before it, or after it when inverted.
 */
export function speakerOfCue(scope: Scope, cue: number, from: number, to: number): Found | null {
  const { ctx } = scope;
  const c = cueAt(scope, cue);
  if (!c) return null;
  // "Xinhua quoted Zhao Zhanling as saying": the one quoted speaks, the one quoting carries it.
  if (c.lemma === 'quote') {
    const quoted = subjectAfter(scope, cue, to);
    if (!quoted?.speaker) return null;
    return { ...quoted, via: subjectBefore(scope, cue, from)?.via ?? null };
  }
  const prev = ctx.words[cue - 1]?.key;
  // "…, saying …" and "X disputed the claim and said …" share the clause's subject.
  if ((c.participle && prev === ',') || prev === 'and' || prev === 'but') return mainSubject(scope, from, cue);
  const before = subjectBefore(scope, cue, from);
  if (before) return before;
  return invertible(scope, cue, from) ? subjectAfter(scope, cue, to) : null;
}

/** The subject of the first finite verb before word `before` that has one: who the -ing clause is about. */
function mainSubject(scope: Scope, from: number, before: number): Found | null {
  const { ctx } = scope;
  for (let w = from + 1; w < before; w++) {
    const word = ctx.words[w]!;
    if (word.pos !== 'VERB' || ctx.quoteOf[w]! >= 0 || ctx.words[w - 1]!.text === ',') continue;
    const found = subjectBefore(scope, w, from);
    if (found) return found;
  }
  return null;
}
