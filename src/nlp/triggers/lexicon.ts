/**
 * The compiled trigger lexicon (data/events/triggers.yaml, format in
 * data/events/README.md): entries with their forms, the senses that tell an
 * event from another use of the word, and the word classes the frames use.
 */
import type { EventType } from './event-types.js';
import type { Pattern } from './pattern.js';
import type { WordMatcher } from './word-matcher.js';

/**
 * Where a frame condition looks, relative to the trigger:
 * - agent, object: the head of the subject / object phrase (swapped in the passive), else the clause around;
 * - means: the agent plus "with / by / using …" phrases (the weapon or the attacker);
 * - before, after: the clause up to 8 tokens on that side; near: 10 tokens either side; sentence: all of it;
 * - premod: the words of the trigger's own noun phrase before it ("artillery and mortar" strikes);
 * - prev, next: the two tokens just before / after.
 */
export const WINDOW_KEYS = ['agent', 'object', 'means', 'before', 'after', 'near', 'sentence', 'premod', 'prev', 'next'] as const;
export type WindowKey = (typeof WINDOW_KEYS)[number];

/** Window → words; `when` needs every listed window to match, `unless` any one. */
export type Condition = ReadonlyArray<readonly [WindowKey, WordMatcher]>;

export interface Sense {
  /** Null: this reading is not an event, drop the trigger. */
  readonly type: EventType | null;
  readonly altTypes: readonly EventType[];
  readonly when: Condition;
  readonly unless: Condition;
}

export type TriggerPos = 'verb' | 'noun' | 'phrase';

export interface Origin {
  readonly file: string;
  readonly line: number;
}

export interface TriggerEntry {
  readonly id: string;
  readonly pos: TriggerPos;
  readonly patterns: readonly Pattern[];
  /** Tried in order; the first whose frame holds decides. No sense holding drops the trigger. */
  readonly senses: readonly Sense[];
  /** A frame that rules out every sense (sport, business, medicine…). */
  readonly unless: Condition;
  /** False when a participle before a noun is a description, not a happening ("the besieged city"). */
  readonly attributive: boolean;
  /** Position in the lexicon: the earlier entry wins ties. */
  readonly order: number;
  readonly origin: Origin;
}

export interface IndexedPattern {
  readonly entry: TriggerEntry;
  readonly pattern: Pattern;
}

export interface Lexicon {
  readonly entries: readonly TriggerEntry[];
  /** Patterns by their first word: lower-cased, or as written for forms with capitals ("IED"). */
  readonly byFirst: ReadonlyMap<string, readonly IndexedPattern[]>;
  readonly byFirstExact: ReadonlyMap<string, readonly IndexedPattern[]>;
  readonly classes: ReadonlyMap<string, WordMatcher>;
}
