/**
 * A merged draft as the final record: a stable id from the document, the first
 * evidence span, the place (so the six districts of one sentence get six
 * ids) and the type (a claim and the bombing it claims share a clause), the
 * standard codes of its type, and its confidence.
 */
import { stableId } from '../../core/hash.js';
import type { EventCodes } from '../triggers/codes.js';
import { codesFor } from '../triggers/codes.js';
import { isEventType } from '../triggers/event-types.js';
import type { Draft } from './build-event.js';
import { confidenceOf } from './confidence.js';
import type { EventContext } from './context.js';
import type { EventAttrs } from './layers.js';
import { placeKey } from './same-happening.js';

const NO_CODES: EventCodes = { acled: null, plover: null, cameo: null };

export function finishEvent(ctx: EventContext, d: Draft): EventAttrs {
  const first = d.evidence[0] ?? { start: 0, end: 0 };
  const actorKind = d.actors[0]?.kind ?? null;
  return {
    id: stableId('ev', ctx.doc.hash, first.start, first.end, placeKey(d.location), d.type),
    type: d.type,
    altTypes: d.altTypes,
    actors: d.actors,
    targets: d.targets,
    location: d.location,
    time: d.time,
    fatalities: d.fatalities ?? { low: null, best: null, high: null },
    ...(d.injured ? { injured: d.injured } : {}),
    ...(d.displaced ? { displaced: d.displaced } : {}),
    ...(d.captured ? { captured: d.captured } : {}),
    modality: d.modality,
    background: d.background,
    attribution: d.attribution,
    control: d.control,
    evidence: d.evidence,
    confidence: confidenceOf(d.strengths, d.modality, d.evidence.length),
    codes: isEventType(d.type) ? codesFor(d.type, actorKind) : NO_CODES,
    triggers: d.triggers,
    rules: d.rules,
  };
}
