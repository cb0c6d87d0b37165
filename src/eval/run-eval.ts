import { extract, type ExtractInput } from '../extract/extract.js';
import { addCounts, emptyCounts, type LayerCounts } from './counts.js';
import { findDocuments } from './find-documents.js';
import type { EvalProblem, GoldDocument } from './gold-types.js';
import { loadGold } from './load-gold.js';
import { distancesOf, metricsOf, type Distances, type Metrics } from './metrics.js';
import { scoreDocument, type DocumentScore, type SystemOutput } from './score-document.js';

export const EVAL_FORMAT = 'sitrep-eval/1';

export interface EvalOptions {
  /** A directory of `*.gold.json` files, or one gold file. */
  gold: string;
  /** Files or directories holding the texts (and JSON Lines records of their metadata). */
  docs: string[];
  /** The system under evaluation, of which only events, quotes and places are scored; the standard pipeline when not given. */
  extract?: (input: ExtractInput) => SystemOutput;
}

export interface DocumentReport extends DocumentScore {
  metrics: Metrics;
}

export interface EvalReport {
  format: typeof EVAL_FORMAT;
  gold: string;
  docs: string[];
  documents: DocumentReport[];
  counts: LayerCounts;
  metrics: Metrics;
  distances: Distances;
  /** Errors (a malformed gold file, a missing document, evidence not in the text) and warnings. */
  problems: EvalProblem[];
}

const NO_OUTPUT: SystemOutput = { events: [], quotes: [], places: [] };

/**
 * Reads the gold, finds each gold file's document, runs extraction on it with
 * the gold's publication date, and scores it. Gold files that cannot be
 * scored are reported in `problems` and left out of the totals.
 */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const run = options.extract ?? ((input: ExtractInput) => extract(input));
  const { golds, problems } = await loadGold(options.gold);
  const names = new Set(golds.map((g) => g.document));
  const found = await findDocuments(options.docs, names);
  for (const reason of found.failures) problems.push({ file: options.docs.join(', '), at: null, reason, severity: 'error' });
  const documents: DocumentReport[] = [];
  let counts = emptyCounts();
  for (const gold of golds) {
    const doc = found.docs.get(gold.document);
    if (doc === undefined) {
      problems.push({ file: gold.file, at: 'document', reason: `"${gold.document}" not found in ${options.docs.join(', ')}`, severity: 'error' });
      continue;
    }
    if (doc.conflict !== null) problems.push({ file: gold.file, at: 'document', reason: doc.conflict, severity: 'warning' });
    const system = extractOne(run, gold, doc.text, doc.meta, problems);
    const score = scoreDocument(gold, system, doc.text);
    problems.push(...score.problems);
    documents.push({ ...score, metrics: metricsOf(score.counts) });
    counts = addCounts(counts, score.counts);
  }
  return {
    format: EVAL_FORMAT,
    gold: options.gold,
    docs: options.docs,
    documents,
    counts,
    metrics: metricsOf(counts),
    distances: distancesOf(counts),
    problems,
  };
}

/** A crash of the system on one document is reported and scored as no output, so the batch goes on. */
function extractOne(
  run: (input: ExtractInput) => SystemOutput,
  gold: GoldDocument,
  text: string,
  meta: Omit<ExtractInput, 'text'>,
  problems: EvalProblem[],
): SystemOutput {
  try {
    return run({ ...meta, text, id: gold.document, published: gold.published ?? meta.published ?? null });
  } catch (err) {
    const reason = `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
    problems.push({ file: gold.file, at: 'document', reason, severity: 'error' });
    return NO_OUTPUT;
  }
}
