/**
 * Stage 2 of event extraction: each trigger of the `event-trigger` layer
 * becomes Event records (DESIGN.md §2) with its actors and targets, place,
 * time, tolls, modality and attribution; one record per place, and one per
 * happening however often the report tells it. The `event` layer carries each
 * whole record, spanning its first evidence.
 */
import type { AnnotationInput } from '../../core/layers.js';
import type { Stage } from '../../core/stage.js';
import { markBackground } from './background.js';
import { draftsOf, type Draft } from './build-event.js';
import { buildContext, sentenceAt, type EventContext } from './context.js';
import { finishEvent } from './finish-event.js';
import { isHappening } from './happening.js';
import './layers.js';
import { mergeDrafts } from './merge-events.js';

export const eventsStage: Stage = {
  name: 'events',
  version: '1',
  requires: ['event-trigger', 'sentence', 'token', 'actor', 'person', 'date', 'quantity', 'place', 'place-resolution', 'quote', 'attribution'],
  assigns: ['event'],
  run(doc) {
    const ctx = buildContext(doc);
    const drafts = doc
      .layer('event-trigger')
      .filter((t) => isHappening(doc.text, t))
      .flatMap((t) => draftsOf(ctx, t));
    markBackground(drafts, doc.meta.published?.slice(0, 10) ?? null);
    const events = mergeDrafts(drafts)
      .filter((d) => !captionOnly(ctx, d) && !vague(d))
      .map((d): AnnotationInput<'event'> => {
        const attrs = finishEvent(ctx, d);
        const first = attrs.evidence[0];
        return { start: first?.start ?? 0, end: first?.end ?? 0, attrs };
      });
    return { layers: { event: events } };
  },
};

/**
 * A photo caption alone is no report of an event: photos are often from
 * another day or place. A caption joins the event the story tells.
 */
function captionOnly(ctx: EventContext, d: Draft): boolean {
  return d.evidence.every((e) => sentenceAt(ctx, e.start)?.role === 'caption');
}

/**
 * An event noun with no doer, no target, no place or date of its own and no
 * toll ("protection against aerial bombardments") names a kind of happening,
 * not one that happened.
 */
function vague(d: Draft): boolean {
  const own = (source: string | undefined) => source === 'clause' || source === 'sentence';
  const counted = [d.fatalities, d.injured, d.displaced, d.captured].some((c) => c !== null);
  return d.actors.length === 0 && d.targets.length === 0 && !own(d.location?.source) && !own(d.time?.source) && !counted;
}
