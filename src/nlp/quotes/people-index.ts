/** The person layer indexed by word, for finding the person a reporting verb's subject names. */
import type { Annotation } from '../../core/layers.js';
import { wordAt, type TextContext } from '../people/context.js';
import '../people/layers.js';

export interface PeopleIndex {
  mentions: readonly Annotation<'person'>[];
  /** Per word: the person mention whose name (or pronoun) covers it, or -1. */
  at: Int32Array;
  /** Word index just after a mention's description ("Emad Hassan, 33, a former policeman") → mention. */
  byExtentEnd: ReadonlyMap<number, number>;
  /** First word of a mention's description → mention. */
  byExtentStart: ReadonlyMap<number, number>;
}

export function indexPeople(ctx: TextContext, mentions: readonly Annotation<'person'>[]): PeopleIndex {
  const at = new Int32Array(ctx.words.length).fill(-1);
  const byExtentEnd = new Map<number, number>();
  const byExtentStart = new Map<number, number>();
  for (const [i, m] of mentions.entries()) {
    const first = wordAt(ctx, m.start);
    for (let w = first; w < ctx.words.length && ctx.words[w]!.start < m.end; w++) at[w] = i;
    byExtentEnd.set(wordAt(ctx, m.attrs.extent.end - 1) + 1, i);
    byExtentStart.set(wordAt(ctx, m.attrs.extent.start), i);
  }
  return { mentions, at, byExtentEnd, byExtentStart };
}
