/** The outlet that carried a claim: "CNN reported", "the BBC is reporting", "told Reuters", "according to the BBC". */
import { cueAt, speakerOfCue } from './clause.js';
import type { Via } from './layers.js';
import { phraseAfter } from './noun-phrase.js';
import type { Scope } from './speaker.js';

/**
 * The carrier named in words [from, to): an outlet that reports (the last
 * link before the reader) first, else an outlet told or cited.
 */
export function carrierIn(scope: Scope, from: number, to: number): Via | null {
  const { ctx } = scope;
  let told: Via | null = null;
  for (let w = from; w < to; w++) {
    if (ctx.quoteOf[w]! >= 0) continue;
    const cue = cueAt(scope, w);
    if (cue) {
      const found = speakerOfCue(scope, w, from, to);
      if (found?.via && found.speaker === null) return found.via;
      if (cue.lemma === 'tell') told ??= outletIn(scope, w + 1, to);
    } else if (ctx.words[w]!.key === 'according' && ctx.words[w + 1]?.key === 'to') told ??= outletIn(scope, w + 2, to);
  }
  return told;
}

/** The outlet mentioned in the noun phrase starting at word `start` ("a reporter for state-run Iraqiya TV"). */
export function outletIn(scope: Scope, start: number, to: number): Via | null {
  const { ctx, people } = scope;
  const end = phraseAfter(ctx, people, start, to);
  for (let w = start; w < end; w++) {
    const o = ctx.outletAt[w]!;
    if (o >= 0) {
      const outlet = ctx.outlets[o]!;
      return { start: outlet.start, end: outlet.end, id: outlet.attrs.id, canonical: outlet.attrs.canonical };
    }
  }
  return null;
}
