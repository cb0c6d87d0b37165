/** The layer assigned by the events stage (see events-stage.ts). */
import type { ActorRef, EventRecord, LocationRef, TimeRef } from '../../core/records.js';

/** Where the location was read: the trigger's own clause, else ever wider context, each less precise. */
export type LocationSource = 'clause' | 'sentence' | 'paragraph' | 'headline' | 'dateline' | 'title';

/** Where the time was read; `entry` is a live-blog entry's timestamp, `publication` the document's date. */
export type TimeSource = 'clause' | 'sentence' | 'entry' | 'publication';

export interface EventLocation extends LocationRef {
  source: LocationSource;
  /** The place mention it was read from. */
  evidence: { start: number; end: number; quote: string };
}

export interface EventTime extends TimeRef {
  source: TimeSource;
  /** The date mention it was read from; null when inferred from a timestamp or the publication date. */
  evidence: { start: number; end: number; quote: string } | null;
}

/** The whole public record plus how it was found, so `eventRecords` is a projection of this layer. */
export interface EventAttrs extends EventRecord {
  actors: ActorRef[];
  targets: ActorRef[];
  location: EventLocation | null;
  time: EventTime | null;
  altTypes: string[];
  /** The words that made it an event ("recaptured", "air strikes"), one per evidence span. */
  triggers: Array<{ start: number; end: number; quote: string }>;
  /** Ids of the argument rules that fired, e.g. `actor/passive-by`, `location/clause-in`. */
  rules: string[];
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** One happening at one place: the Event record of DESIGN.md §2 with its evidence. */
    event: EventAttrs;
  }
}
