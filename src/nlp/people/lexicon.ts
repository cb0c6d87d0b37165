/**
 * The title, rank and role lexicon (data/people/titles.yaml) and the given
 * names (data/people/given-names.yaml), as a word trie the people and quotes
 * stages walk over the words of a sentence.
 */
import type { Gender } from './layers.js';

export const TITLE_KINDS = ['military', 'political', 'religious', 'honorific', 'role'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

export interface TitleEntry {
  canonical: string;
  kind: TitleKind;
  /** Lower-case words of the canonical form, for matching "the general" to "Major General". */
  words: readonly string[];
}

/** One written form of an entry; gender belongs to the form ("councilwoman" is a form of councillor). */
export interface TitleForm {
  entry: TitleEntry;
  gender: Gender | null;
  /** Written in capitals in the lexicon ("PM", "MP"): matches only capitals, so "p.m." is not a prime minister. */
  upper: boolean;
}

export interface TitleTrie {
  next: Map<string, TitleTrie>;
  form: TitleForm | null;
}

export interface TitleMatch {
  /** Word indices, half-open. */
  start: number;
  end: number;
  entry: TitleEntry;
  gender: Gender | null;
}

export interface PeopleLexicon {
  readonly titles: TitleTrie;
  /** Lower-case given name → the gender it usually tells (null when both). */
  readonly givenNames: ReadonlyMap<string, Gender | null>;
}

/** Lexicon key of a written word: lower case, no dots, straight apostrophes ("Lt." → "lt", "Secretary-General" → "secretary-general"). */
export function titleKey(word: string): string {
  let key = word.toLowerCase();
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (key.includes('’')) key = key.replace(/’/g, "'");
  return key;
}

/** The word sequences a written form matches: as written, and with its hyphens read as spaces. */
export function formKeys(form: string): string[][] {
  const words = form.trim().split(/\s+/).map(titleKey).filter((w) => w.length > 0);
  const spaced = words.flatMap((w) => w.split('-').filter((p) => p.length > 0));
  return spaced.length === words.length ? [words] : [words, spaced];
}

export function emptyTrie(): TitleTrie {
  return { next: new Map(), form: null };
}

/** Adds a form; returns the entry already there when another entry holds the same words. */
export function addForm(root: TitleTrie, keys: readonly string[], form: TitleForm): TitleEntry | null {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = emptyTrie();
      node.next.set(k, child);
    }
    node = child;
  }
  if (node.form && node.form.entry !== form.entry) return node.form.entry;
  node.form = form;
  return null;
}

/** The longest title starting at word `at` of `keys`, ending by `end`: the fast path for scanning every word. */
export function longestTitleIn(root: TitleTrie, keys: ReadonlyArray<{ key: string; text: string }>, at: number, end: number): TitleMatch | null {
  let node = root.next.get(keys[at]!.key);
  let best: TitleMatch | null = null;
  for (let i = at + 1; node; i++) {
    if (node.form && (!node.form.upper || keys.slice(at, i).every((w) => w.text === w.text.toUpperCase()))) {
      best = { start: at, end: i, entry: node.form.entry, gender: node.form.gender };
    }
    if (i >= end) break;
    node = node.next.get(keys[i]!.key);
  }
  return best;
}

/** The longest title starting at word `at`, reading word keys from `keyAt` (undefined past the end). */
export function longestTitle(root: TitleTrie, at: number, keyAt: (i: number) => string | undefined): TitleMatch | null {
  let node: TitleTrie | undefined = root;
  let best: TitleMatch | null = null;
  for (let i = at; node; i++) {
    const key = keyAt(i);
    if (key === undefined) break;
    node = node.next.get(key);
    if (node?.form) best = { start: at, end: i + 1, entry: node.form.entry, gender: node.form.gender };
  }
  return best;
}
