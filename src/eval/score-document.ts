import type { ExtractRecord } from '../core/records.js';
import type { LayerCounts } from './counts.js';
import type { EvalProblem, GoldDocument } from './gold-types.js';
import { scoreEvents, type EventFalsePositive, type EventMiss, type FieldError } from './score-events.js';
import { scorePlaces, type PlaceFalsePositive, type PlaceMiss, type PlaceUnresolved } from './score-places.js';
import { scoreQuotes, type QuoteFalsePositive, type QuoteMiss, type SpeakerError } from './score-quotes.js';

export interface DocumentScore {
  document: string;
  goldFile: string;
  counts: LayerCounts;
  events: { misses: EventMiss[]; falsePositives: EventFalsePositive[]; fieldErrors: FieldError[] };
  quotes: { misses: QuoteMiss[]; falsePositives: QuoteFalsePositive[]; speakerErrors: SpeakerError[] };
  places: { misses: PlaceMiss[]; unresolved: PlaceUnresolved[]; falsePositives: PlaceFalsePositive[] };
  problems: EvalProblem[];
}

/** What the scorer reads of a record; places are read loosely so older or partial outputs can be scored too. */
export type SystemOutput = Pick<ExtractRecord, 'events' | 'quotes'> & { places: readonly unknown[] };

/** Scores one document's extraction against its gold file; `text` is the document text both point into. */
export function scoreDocument(gold: GoldDocument, system: SystemOutput, text: string): DocumentScore {
  const { counts: events, problems: eventProblems, ...eventDetails } = scoreEvents(gold, system.events, text);
  const { counts: quotes, problems: quoteProblems, ...quoteDetails } = scoreQuotes(gold, system.quotes, text);
  const { counts: places, problems: placeProblems, ...placeDetails } = scorePlaces(gold, system.places, text);
  return {
    document: gold.document,
    goldFile: gold.file,
    counts: { events, quotes, places },
    events: eventDetails,
    quotes: quoteDetails,
    places: placeDetails,
    problems: [...eventProblems, ...quoteProblems, ...placeProblems],
  };
}
