/**
 * The actor dictionary as loaded from data/actors/*.yaml and data/outlets/*.yaml
 * (format: data/actors/README.md): named actors with their hierarchy, outlets,
 * the country table behind "<demonym> <noun>", and the generic nouns.
 */
export const ACTOR_KINDS = [
  'state-military',
  'armed-group',
  'militia',
  'government',
  'police',
  'IGO',
  'NGO',
  'civilians',
  'media',
  'political-party',
  'person',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const OUTLET_KINDS = ['wire', 'tv', 'radio', 'newspaper', 'online', 'agency', 'state-media'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/** What a generic noun denotes, and so which actor of a qualifying country it points to. */
export const NOUN_ROLES = ['military', 'air', 'police', 'government', 'rebels', 'militias', 'militants', 'civilians', 'members', 'other'] as const;
export type NounRole = (typeof NOUN_ROLES)[number];

export const COUNTRY_ROLES = ['government', 'military', 'air', 'police', 'rebels', 'militias'] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

/** Where an entry was defined, for error messages: `file:line`. */
export interface Origin {
  file: string;
  line: number;
}

export interface ActorEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  kind: ActorKind;
  side: string | null;
  parent: string | null;
  country: string | null;
  /** Its one-word names are also surnames ("Wagner"), as for every person. */
  personalName: boolean;
  origin: Origin;
  /** True for the government, armed forces and police made up for a country without them. */
  generated: boolean;
}

export interface OutletEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  kind: OutletKind;
  side: string | null;
  country: string | null;
  origin: Origin;
}

export interface CountryEntry {
  code: string;
  names: readonly string[];
  demonyms: readonly string[];
  side: string | null;
  /** Actor ids by role; government, military and police are always set once loaded. */
  roles: Partial<Record<CountryRole, string>>;
  origin: Origin;
}

export interface NounGroup {
  id: string;
  name: string;
  kind: ActorKind;
  side: string | null;
  role: NounRole;
  /** Nouns that are a mention on their own. */
  words: readonly string[];
  /** Nouns that are a mention only after a qualifier or a named actor. */
  qualified: readonly string[];
  /** Id of the group the noun means after a stateless qualifier ("Kurdish forces"), or null for itself. */
  stateless: string | null;
  origin: Origin;
}

/** An ethnic, religious or political qualifier without a state ("Kurdish", "Sunni", "rebel"). */
export interface Qualifier {
  word: string;
  /** Id of the noun group an armed noun after it means ("rebel shelling" → generic-rebels), or null. */
  means: string | null;
}

export interface ActorDictionary {
  readonly actors: ReadonlyMap<string, ActorEntry>;
  readonly outlets: ReadonlyMap<string, OutletEntry>;
  readonly countries: readonly CountryEntry[];
  readonly qualifiers: readonly Qualifier[];
  readonly nouns: readonly NounGroup[];
  /** Words allowed between a qualifier and its noun ("government" in "Iraqi government forces"). */
  readonly modifiers: readonly string[];
}

/** The chain of parents of an actor, nearest first (CTS → Iraqi Security Forces → Government of Iraq). */
export function ancestors(dict: ActorDictionary, id: string): ActorEntry[] {
  const chain: ActorEntry[] = [];
  const seen = new Set([id]);
  let parent = dict.actors.get(id)?.parent ?? null;
  while (parent !== null && !seen.has(parent)) {
    const entry = dict.actors.get(parent);
    if (!entry) break;
    chain.push(entry);
    seen.add(parent);
    parent = entry.parent;
  }
  return chain;
}
