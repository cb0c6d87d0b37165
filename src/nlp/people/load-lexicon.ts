import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { defaultDataDir } from '../actors/load-dictionary.js';
import type { Gender } from './layers.js';
import { addForm, emptyTrie, formKeys, TITLE_KINDS, type PeopleLexicon, type TitleEntry, type TitleKind } from './lexicon.js';

/** A lexicon file that cannot be used: loading is configuration, so it fails at start-up naming every problem. */
export class PeopleLexiconError extends Error {
  override name = 'PeopleLexiconError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`people lexicon has ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
    this.problems = problems;
  }
}

export interface LexiconSources {
  titles: { file: string; text: string };
  givenNames: { file: string; text: string };
}

const GENDER_KEYS: Record<string, Gender> = { female: 'female', male: 'male' };

/** Builds the lexicon from the text of a titles file and a given-names file (format: their headers). */
export function buildPeopleLexicon(sources: LexiconSources): PeopleLexicon {
  const problems: string[] = [];
  const titles = emptyTrie();
  const forms = new Map<string, TitleEntry>();
  const genders: Array<{ form: string; gender: Gender; where: string }> = [];

  readYaml(sources.titles.file, sources.titles.text, problems, (key, items, where) => {
    const gender = GENDER_KEYS[key];
    if (gender) {
      for (const { value, line } of items) genders.push({ form: value, gender, where: where(line) });
      return;
    }
    if (!(TITLE_KINDS as readonly string[]).includes(key)) {
      problems.push(`${where(null)}: unknown section '${key}' (expected ${[...TITLE_KINDS, 'female', 'male'].join(', ')})`);
      return;
    }
    for (const { value, line } of items) {
      const written = value.split('|').map((f) => f.trim()).filter((f) => f.length > 0);
      const canonical = written[0];
      if (canonical === undefined) {
        problems.push(`${where(line)}: empty entry`);
        continue;
      }
      const entry: TitleEntry = { canonical, kind: key as TitleKind, words: formKeys(canonical)[0] ?? [] };
      for (const form of written) {
        for (const keys of formKeys(form)) {
          const held = addForm(titles, keys, { entry, gender: null, upper: isUpper(form) });
          if (held) problems.push(`${where(line)}: '${form}' is already a form of '${held.canonical}'`);
        }
        forms.set(formKeys(form)[0]!.join(' '), entry);
      }
    }
  });
  for (const g of genders) {
    const variants = formKeys(g.form);
    if (!forms.has((variants[0] ?? []).join(' '))) problems.push(`${g.where}: '${g.form}' in ${g.gender} is not a form listed above`);
    else for (const keys of variants) addGender(titles, keys, g.gender);
  }

  const givenNames = new Map<string, Gender | null>();
  readYaml(sources.givenNames.file, sources.givenNames.text, problems, (key, items, where) => {
    const gender = GENDER_KEYS[key];
    if (!gender) {
      problems.push(`${where(null)}: unknown section '${key}' (expected female, male)`);
      return;
    }
    for (const { value } of items) {
      const name = value.toLowerCase();
      const before = givenNames.get(name);
      givenNames.set(name, before === undefined || before === gender ? gender : null);
    }
  });
  if (problems.length > 0) throw new PeopleLexiconError(problems);
  return { titles, givenNames };
}

/** Two or more letters, all capitals: an abbreviation such as "PM" or "MP". */
function isUpper(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function addGender(root: PeopleLexicon['titles'], keys: readonly string[], gender: Gender): void {
  let node: PeopleLexicon['titles'] | undefined = root;
  for (const k of keys) node = node?.next.get(k);
  if (node?.form) node.form = { ...node.form, gender };
}

type SectionReader = (key: string, items: Array<{ value: string; line: number | null }>, where: (line: number | null) => string) => void;

/** Reads a mapping of sections, each a list of strings, reporting anything else as a problem with its line. */
function readYaml(file: string, text: string, problems: string[], section: SectionReader): void {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number | null => (node?.range ? lines.linePos(node.range[0]).line : null);
  const where = (line: number | null): string => (line === null ? file : `${file}:${line}`);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push(`${where(e.linePos?.[0].line ?? null)}: invalid YAML: ${e.message.split('\n')[0]}`);
    return;
  }
  const root = doc.contents;
  if (root === null) return;
  if (!isMap(root)) {
    problems.push(`${where(lineOf(root))}: expected a mapping of sections`);
    return;
  }
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const value = pair.value as Node | null;
    if (!isSeq(value)) {
      problems.push(`${where(lineOf(keyNode))}: section '${key}' must be a list of strings`);
      continue;
    }
    const items: Array<{ value: string; line: number | null }> = [];
    for (const item of value.items as Node[]) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') items.push({ value: item.value.trim(), line: lineOf(item) });
      else problems.push(`${where(lineOf(item))}: section '${key}' holds a non-string or empty item`);
    }
    section(key, items, (line) => where(line ?? lineOf(keyNode)));
  }
}

/** The shipped lexicon files. */
export function shippedLexiconFiles(dataDir = defaultDataDir()): { titles: string; givenNames: string } {
  return { titles: path.join(dataDir, 'people', 'titles.yaml'), givenNames: path.join(dataDir, 'people', 'given-names.yaml') };
}

/** Loads a lexicon from files (the shipped ones by default). */
export function loadPeopleLexicon(files = shippedLexiconFiles()): PeopleLexicon {
  return buildPeopleLexicon({
    titles: { file: files.titles, text: readFileSync(files.titles, 'utf8') },
    givenNames: { file: files.givenNames, text: readFileSync(files.givenNames, 'utf8') },
  });
}

let shipped: PeopleLexicon | undefined;

/** The shipped lexicon, loaded on first use and kept. */
export function defaultPeopleLexicon(): PeopleLexicon {
  shipped ??= loadPeopleLexicon();
  return shipped;
}
