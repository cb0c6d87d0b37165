import type { Document } from '../../core/document.js';
import type { AnnotationInput } from '../../core/layers.js';
import type { Stage, StageOutput } from '../../core/stage.js';
import type { ActorDictionary } from '../actors/dictionary.js';
import { defaultActorDictionary } from '../actors/load-dictionary.js';
import { parentAffiliation } from './affiliation.js';
import { contextOf } from './context.js';
import { findNames, titleIndex, type NameCandidate, type NameKnowledge } from './find-names.js';
import type { PersonMentionKind } from './layers.js';
import { titleKey, type PeopleLexicon } from './lexicon.js';
import { PARTY_WORDS } from './not-names.js';
import { defaultPeopleLexicon } from './load-lexicon.js';
import { PersonRegistry } from './registry.js';
import { resolveReferences, type Mention } from './resolve-references.js';
import { salience } from './salience.js';
import './layers.js';

/**
 * People named in the text, with title, role, age and affiliation, and their
 * later mentions by surname, pronoun or title, all carrying one personId per
 * person. The lexicon and actor dictionary are loaded on the first document
 * when not given.
 */
export function createPeopleStage(lexicon?: PeopleLexicon, dictionary?: ActorDictionary): Stage {
  let knowledge: Knowledge | undefined;
  return {
    name: 'people',
    version: '1',
    requires: ['sentence', 'token', 'actor', 'quote-mark'],
    assigns: ['person'],
    run(doc) {
      knowledge ??= buildKnowledge(lexicon ?? defaultPeopleLexicon(), dictionary ?? defaultActorDictionary());
      return findPeople(doc, knowledge);
    },
  };
}

export const peopleStage: Stage = createPeopleStage();

interface Knowledge extends NameKnowledge {
  dictionary: ActorDictionary;
}

function buildKnowledge(lexicon: PeopleLexicon, dictionary: ActorDictionary): Knowledge {
  const places = new Set(dictionary.countries.flatMap((c) => c.names.map((n) => n.split(/\s+/).map(titleKey).join(' '))));
  const modifiers = new Set([
    ...dictionary.countries.flatMap((c) => c.demonyms.map(titleKey)),
    ...dictionary.qualifiers.map((q) => titleKey(q.word)),
    ...PARTY_WORDS,
  ]);
  return { lexicon, dictionary, places, modifiers };
}

function findPeople(doc: Document, knowledge: Knowledge): StageOutput {
  const { dictionary } = knowledge;
  const ctx = contextOf(doc);
  const titles = titleIndex(ctx, knowledge.lexicon);
  const registry = new PersonRegistry();
  const names: Mention[] = [];
  for (const [si, s] of ctx.sentences.entries()) {
    for (const c of findNames(ctx, knowledge, si, titles)) {
      // Most capitalised words are neither names nor surnames of anyone named yet: skip them cheaply.
      if (c.evidence === null && registry.persons.length === 0) continue;
      const words = ctx.words.slice(c.nameStart, c.nameEnd).map((w) => w.text);
      const actor = c.personActor >= 0 ? ctx.actors[c.personActor]!.attrs : null;
      let kind: PersonMentionKind;
      let person = registry.surname(words);
      if (c.evidence !== null || (person && person.full.split(/\s+/).length === words.length)) {
        person = registry.addFull(words, describe(c), actor ? { id: actor.id, canonical: actor.canonical } : null);
        kind = words.length < person.full.split(' ').length ? 'surname' : 'full';
        if (actor && !person.affiliation) {
          const name = { start: ctx.words[c.nameStart]!.start, end: ctx.words[c.nameEnd - 1]!.end };
          person.affiliation = parentAffiliation(dictionary, actor.id, name);
        }
      } else if (person) {
        registry.touch(person, words);
        kind = 'surname';
      } else continue;
      names.push({
        person,
        kind,
        start: ctx.words[c.nameStart]!.start,
        end: ctx.words[c.nameEnd - 1]!.end,
        extentStart: ctx.words[c.extentStart]!.start,
        extentEnd: ctx.words[c.extentEnd - 1]!.end,
        word: c.nameStart,
        sentence: si,
        salience: salience(ctx, c.extentStart, c.extentEnd, s.firstWord, s.endWord),
        inQuote: ctx.quoteOf[c.nameStart]! >= 0,
      });
    }
  }
  const references = resolveReferences(ctx, titles, names);
  const person: AnnotationInput<'person'>[] = [...names, ...references.mentions].map((m) => ({
    start: m.start,
    end: m.end,
    attrs: {
      personId: m.person.id,
      full: m.person.full,
      title: m.person.title,
      role: m.person.role,
      affiliation: m.person.affiliation,
      age: m.person.age,
      mention: m.kind,
      gender: m.person.gender,
      extent: { start: m.extentStart, end: m.extentEnd },
      actor: m.person.actor,
    },
  }));
  return { layers: { person }, messages: references.messages };
}

function describe(c: NameCandidate): Parameters<PersonRegistry['addFull']>[1] {
  const title = c.titles[c.titles.length - 1]?.entry.canonical ?? null;
  const titleWords = [...c.titles.map((t) => t.entry), ...(c.role ? [c.role.match.entry] : [])].flatMap((e) => e.words);
  return { title, role: c.role?.text ?? null, affiliation: c.affiliation, age: c.age, gender: c.gender, titleWords };
}
