/**
 * The people of one document: each full name opens or joins a person, and
 * later surnames find the person most recently mentioned under them
 * ("Aridi" → Sami al-Aridi; "Hassan" → whichever Hassan spoke last).
 */
import type { Affiliation, Gender } from './layers.js';

export interface Person {
  id: string;
  full: string;
  title: string | null;
  role: string | null;
  affiliation: Affiliation | null;
  age: number | null;
  gender: Gender | null;
  actor: string | null;
  /** Lower-case words of titles and roles the document gives the person, for "the general" / "the spokesman". */
  titleWords: Set<string>;
}

export interface Description {
  title: string | null;
  role: string | null;
  affiliation: Affiliation | null;
  age: number | null;
  gender: Gender | null;
  titleWords: readonly string[];
}

const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ez|an)[-‐‑ ]/u;
const MARKS = /\p{M}/gu;

const PLAIN = /^[a-z0-9.-]*$/;

/** Normal form of one name word: lower case, no diacritics, no Arabic article ("al-Aridi" → "aridi"). */
export function nameKey(word: string): string {
  let key = word.toLowerCase();
  if (!PLAIN.test(key)) key = key.normalize('NFD').replace(MARKS, '').replace(/[’`]/g, "'");
  const hyphen = key.indexOf('-');
  return hyphen === 2 || hyphen === 3 ? key.replace(ARTICLE, '') : key;
}

export class PersonRegistry {
  readonly persons: Person[] = [];
  readonly #byFull = new Map<string, Person>();
  readonly #bySurname = new Map<string, Person>();
  readonly #byActor = new Map<string, Person>();

  /**
   * The person a full name (or a titled single name) denotes: a known leader
   * by actor id, the same name, a shorter or longer form of a known name, or
   * someone new.
   */
  addFull(words: readonly string[], description: Description, actor: { id: string; canonical: string } | null): Person {
    const keys = words.map(nameKey).filter((k) => k.length > 0);
    const key = keys.join(' ');
    let person = (actor && this.#byActor.get(actor.id)) || this.#byFull.get(key) || this.#bySurname.get(key);
    for (let k = 1; k < keys.length && !person; k++) {
      const shorter = this.#byFull.get(keys.slice(k).join(' '));
      if (shorter && !shorter.full.includes(' ')) person = shorter;
    }
    if (person && words.length > 1 && words.length > person.full.split(' ').length) person.full = words.join(' ');
    if (!person) {
      const full = words.length > 1 || !actor ? words.join(' ') : actor.canonical;
      person = {
        id: actor?.id ?? slug(full),
        full,
        title: null,
        role: null,
        affiliation: null,
        age: null,
        gender: null,
        actor: actor?.id ?? null,
        titleWords: new Set(),
      };
      this.persons.push(person);
      if (actor) {
        this.#byActor.set(actor.id, person);
        this.#index(person, actor.canonical.split(/\s+/).map(nameKey));
      }
    }
    this.#index(person, keys);
    describe(person, description);
    return person;
  }

  /** The person a surname (one or more words) refers to, if a full name registered it earlier. */
  surname(words: readonly string[]): Person | undefined {
    const key = words.map(nameKey).join(' ');
    return this.#byFull.get(key) ?? this.#bySurname.get(key);
  }

  /** Makes `person` the one its surnames point to from here on. */
  touch(person: Person, words: readonly string[]): void {
    this.#index(person, words.map(nameKey));
  }

  #index(person: Person, keys: readonly string[]): void {
    if (keys.length === 0) return;
    this.#byFull.set(keys.join(' '), person);
    for (let k = 1; k < keys.length; k++) this.#bySurname.set(keys.slice(k).join(' '), person);
  }
}

function describe(person: Person, d: Description): void {
  person.title ??= d.title;
  person.role ??= d.role;
  person.affiliation ??= d.affiliation;
  person.age ??= d.age;
  person.gender ??= d.gender;
  for (const w of d.titleWords) person.titleWords.add(w);
}

function slug(name: string): string {
  const s = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `person-${s || 'unnamed'}`;
}
