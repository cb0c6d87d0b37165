/**
 * The public record formats (DESIGN.md §2): what `extract`, the store, the API
 * and exports speak. Field names are the contract; add fields freely, rename
 * none without bumping RECORD_FORMAT.
 */
import type { Severity } from './message.js';
import type { Span } from './span.js';

export const RECORD_FORMAT = 'sitrep/1';

export interface DocumentRecord {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  source: string | null;
  hash: string | null;
  chars: number;
}

export interface ActorRef {
  name: string;
  canonical: string | null;
  side: string | null;
  kind: string | null;
  evidence?: Span;
}

export interface LocationRef {
  name: string | null;
  canonical: string | null;
  lat: number | null;
  lon: number | null;
  precision: 1 | 2 | 3 | null;
  uncertaintyKm: number | null;
  relative: { anchor: string; distanceKm: number | null; bearing: string | null } | null;
  admin: string[];
  country: string | null;
  gazetteerId: string | null;
}

export interface TimeRef {
  date: string | null;
  start: string | null;
  end: string | null;
  precision: 'day' | 'week' | 'month' | 'year' | 'range' | null;
  stated: string | null;
}

export interface Count {
  low: number | null;
  best: number | null;
  high: number | null;
}

export type Modality = 'asserted' | 'reported' | 'alleged' | 'suspected' | 'planned' | 'hypothetical' | 'denied' | 'negated';

export interface Evidence extends Span {
  doc: string;
}

export interface EventRecord {
  id: string;
  type: string;
  actors: ActorRef[];
  targets: ActorRef[];
  location: LocationRef | null;
  time: TimeRef | null;
  fatalities: Count;
  injured?: Count;
  displaced?: Count;
  captured?: Count;
  modality: Modality;
  background: boolean;
  attribution: { speaker: string | null; via: string | null } | null;
  control: number | null;
  evidence: Evidence[];
  confidence: number;
  codes: { acled: string | null; plover: string | null; cameo: string | null };
}

export interface QuoteRecord {
  id: string;
  text: string;
  direct: boolean;
  speaker: { name: string | null; title: string | null; affiliation: string | null } | null;
  evidence: Span;
  cue: string | null;
}

export interface MediaRecord {
  id: string;
  kind: 'photo' | 'video' | 'image';
  caption: Span | null;
  credit: string | null;
  /** The platform or outlet the item comes from ("Facebook", "AP Photo"). */
  origin: string | null;
  author: string | null;
  agency: string | null;
  evidence: Span;
}

export interface MessageRecord {
  reason: string;
  ruleId: string;
  stage: string;
  severity: Severity;
  start: number | null;
  end: number | null;
}

/** A place mention of the text and where the geocoder put it (or why it abstained). */
export interface PlaceRecord extends LocationRef {
  id: string;
  /** The name as written (never null here, unlike an event's location). */
  name: string;
  evidence: Span;
  /** How many gazetteer entries the name could mean. */
  candidates: number;
  resolved: boolean;
  /** Why this entry, or why none. */
  reason: string;
}

/** A mention of a party to the conflict (or a generic one: "militants", "civilians"). */
export interface ActorRecord {
  id: string;
  name: string;
  canonical: string;
  kind: string;
  side: string | null;
  parent: string | null;
  country: string | null;
  generic: boolean;
  evidence: Span;
}

/** A news organisation named in the text: a carrier of claims, not a party. */
export interface OutletRecord {
  id: string;
  name: string;
  canonical: string;
  kind: string;
  evidence: Span;
}

/** A stated number and what it counts ("3000-5000 fighters", "over 40,000 men", "22km east of Mosul"). */
export interface FigureRecord {
  id: string;
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: string;
  unit: string | null;
  /** The noun phrase the number counts, when there is one. */
  counted: Span | null;
  /** For distances: kilometres, direction and the place they are measured from. */
  km: number | null;
  direction: string | null;
  anchor: Span | null;
  /** Who states the figure, when a statement or quote covers it ("the US military estimates …"). */
  attribution: { speaker: string | null; via: string | null } | null;
  evidence: Span;
}

/** One line of `sitrep extract`. Later stages fill the arrays that are empty for now. */
export interface ExtractRecord {
  format: string;
  document: DocumentRecord;
  structure: StructureRecord | null;
  events: EventRecord[];
  quotes: QuoteRecord[];
  places: PlaceRecord[];
  actors: ActorRecord[];
  outlets: OutletRecord[];
  figures: FigureRecord[];
  media: MediaRecord[];
  messages: MessageRecord[];
}

/** The document's shape as the structure stage saw it. */
export interface StructureRecord {
  title: Span | null;
  timestamps: Array<Span & { value: string }>;
  bylines: Array<Span & { agencies: string[] }>;
  entries: Array<Span & { headline: Span | null; timestamp: string | null }>;
  paragraphs: Array<Span & { role: string }>;
  boilerplate: Array<Span & { kind: string }>;
  quoteMarks: Array<Span & { role: 'open' | 'close'; recovered: boolean }>;
}
