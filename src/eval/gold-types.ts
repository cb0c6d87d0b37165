/**
 * A gold annotation file (`sitrep-gold/1`, ../shared/gold/FORMAT.md) after
 * validation: snake_case fields become camelCase, optional fields get their
 * defaults, and a snippet (`evidence`, quote `text`) or its offsets
 * (`evidence_span`, quote `span`) is kept as given, to be located in the text.
 */
export const GOLD_FORMAT = 'sitrep-gold/1';

export type Range = readonly [number, number];

/** Exactly one of the two is set: a verbatim snippet of the text or its UTF-16 offsets. */
export type Snippet = { text: string; span: null } | { text: null; span: Range };

export interface GoldEvent {
  id: string;
  key: boolean;
  type: string;
  altTypes: string[];
  /** Each inner list: the aliases of one actor. */
  actors: string[][];
  targets: string[][];
  place: string | null;
  lat: number | null;
  lon: number | null;
  date: string | null;
  dateRange: readonly [string, string] | null;
  modality: string;
  altModality: string[];
  background: boolean;
  fatalities: { low: number | null; high: number | null } | null;
  evidence: Snippet;
}

export interface GoldQuote {
  speaker: string[];
  quote: Snippet;
}

export interface GoldPlace {
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface GoldDocument {
  /** The gold file it was read from, for messages. */
  file: string;
  /** The file name of the text it annotates. */
  document: string;
  published: string | null;
  events: GoldEvent[];
  quotes: GoldQuote[];
  places: GoldPlace[];
}

/** Something wrong with a gold file or its document: the run goes on, the exit status says so. */
export interface EvalProblem {
  file: string;
  /** Where in the file: `events[2] (e3)`, `quotes[0].span`; null for the whole file. */
  at: string | null;
  reason: string;
  severity: 'error' | 'warning';
}

export function problemText(p: EvalProblem): string {
  return `${p.file}: ${p.at === null ? '' : `${p.at}: `}${p.reason}`;
}
