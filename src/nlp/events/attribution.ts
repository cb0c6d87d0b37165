/**
 * Who says it happened: the innermost reported claim ("X said (that) …",
 * "according to X", "CNN reported …") or quotation holding the trigger, with
 * the outlet that carried it. A statement with no doer of its own is its
 * speaker's ("“There is no way to escape, either surrender or die,” he told
 * a reporter").
 */
import type { Annotation } from '../../core/layers.js';
import type { ActorRef } from '../../core/records.js';
import type { EventContext } from './context.js';
import { lowerBound } from './sentence-index.js';
import '../quotes/layers.js';

export interface Attribution {
  speaker: string | null;
  via: string | null;
  /** The speaker as a party, for statements: a person under their full name, or the body that spoke. */
  party: ActorRef | null;
}

type Claim = Annotation<'attribution'> | Annotation<'quote'>;

export function attributionOf(ctx: EventContext, start: number, end: number): Attribution | null {
  const claim = innermost(ctx.attributions, start, end) ?? innermost(ctx.quotes, start, end);
  if (!claim) return null;
  const speaker = claim.attrs.speaker;
  const via = 'via' in claim.attrs ? claim.attrs.via : claim.attrs.outlet;
  if (!speaker && !via) return null;
  const span = claim.attrs.speakerSpan;
  return {
    speaker: speaker?.name ?? null,
    via: via?.canonical ?? null,
    party: speaker
      ? {
          name: speaker.name,
          canonical: speaker.kind === 'person' ? speaker.name : speaker.affiliation ?? speaker.name,
          side: speaker.side,
          kind: speaker.kind === 'person' ? 'person' : null,
          ...(span ? { evidence: { start: span.start, end: span.end, quote: ctx.text.slice(span.start, span.end) } } : {}),
        }
      : null,
  };
}

/** The smallest claim covering the range. */
function innermost<T extends Claim>(claims: readonly T[], start: number, end: number): T | undefined {
  let best: T | undefined;
  for (let i = lowerBound(claims, start + 1) - 1; i >= 0; i--) {
    const c = claims[i];
    if (!c) continue;
    if (c.start <= start && end <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
    if (start - c.start > 4000) break;
  }
  return best;
}
