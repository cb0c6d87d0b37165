/**
 * `npm run bench`: throughput of the pipeline on one core (Node runs it on one
 * thread) over the shared corpora, per stage and whole, plus peak memory.
 */
import { Document } from '../core/document.js';
import { Pipeline } from '../core/pipeline.js';
import { defaultPipeline } from '../extract/default-pipeline.js';
import { toDocument } from '../extract/extract.js';
import type { InputDocument } from '../ingest/types.js';
import { formatMeasurement, measure, peakRssMb } from './measure.js';
import { loadCorpus, SHARED } from './read-corpus.js';

const CORPORA = ['corpus/reuters-2016.jsonl', 'corpus/fakes-syria.jsonl'];

async function main(): Promise<void> {
  const pipeline = defaultPipeline();
  // Warm up lazy loads (language model, dictionaries) outside the timings.
  pipeline.run(new Document('warm-up', 'Warm-up: Iraqi forces entered the town on Tuesday, officials said.'));
  for (const corpus of CORPORA) {
    const docs = await loadCorpus(corpus);
    if (docs === null) {
      console.log(`skipped ${corpus}: ${SHARED} not found`);
      continue;
    }
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    console.log(`\n${corpus}`);
    console.log(formatMeasurement(measure('whole pipeline', docs.length, chars, () => runAll(pipeline, docs))));
    // Taken before the per-stage runs below, which hold every prepared document in memory at once.
    console.log(`peak RSS so far ${peakRssMb().toFixed(0)} MB`);
    for (let i = 0; i < pipeline.stages.length; i++) {
      const upstream = new Pipeline(pipeline.stages.slice(0, i));
      const prepared = docs.map((d) => upstream.run(toDocument(d)));
      const stage = pipeline.stages[i]!;
      console.log(
        formatMeasurement(
          measure(`  stage ${stage.name}`, docs.length, chars, () => {
            for (const d of prepared) stage.run(d);
          }),
        ),
      );
    }
  }
}

function runAll(pipeline: Pipeline, docs: InputDocument[]): void {
  for (const d of docs) pipeline.run(toDocument(d));
}

await main();
