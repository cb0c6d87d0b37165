/**
 * `npm run bench`: throughput of the pipeline on one core (Node runs it on one
 * thread) over the shared corpora, whole and per stage, plus peak memory.
 */
import { Document } from '../core/document.js';
import type { StageProfile } from '../core/pipeline.js';
import { defaultPipeline } from '../extract/default-pipeline.js';
import { toDocument } from '../extract/extract.js';
import { compromiseEntities } from './compromise-baseline.js';
import { formatMeasurement, measure, peakRssMb } from './measure.js';
import { loadCorpus, SHARED } from './read-corpus.js';

const CORPORA = ['corpus/reuters-2016.jsonl', 'corpus/fakes-syria.jsonl'];

async function main(): Promise<void> {
  const pipeline = defaultPipeline();
  const loadStart = performance.now();
  // Lazy loads (language model, dictionaries, gazetteer) happen here, outside the timings.
  pipeline.run(new Document('warm-up', 'Warm-up: Iraqi forces entered Mosul on Tuesday, officials said.'));
  console.log(`start-up (models, dictionaries, gazetteer): ${((performance.now() - loadStart) / 1000).toFixed(2)} s`);
  for (const corpus of CORPORA) {
    const docs = await loadCorpus(corpus);
    if (docs === null) {
      console.log(`skipped ${corpus}: ${SHARED} not found`);
      continue;
    }
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    const profile: StageProfile = new Map();
    console.log(`\n${corpus}`);
    const whole = measure('whole pipeline', docs.length, chars, () => {
      for (const d of docs) pipeline.run(toDocument(d), profile);
    });
    console.log(formatMeasurement(whole));
    for (const [stage, ms] of profile) {
      console.log(formatMeasurement({ label: `  stage ${stage}`, docs: docs.length, chars, seconds: ms / 1000 }));
    }
    const texts = docs.map((d) => d.text);
    const baseline = measure('compromise people/places/orgs', docs.length, chars, () => compromiseEntities(texts));
    console.log(formatMeasurement(baseline));
    console.log(`sitrep / compromise throughput: ${(baseline.seconds / whole.seconds).toFixed(2)}×`);
  }
  console.log(`\npeak RSS ${peakRssMb().toFixed(0)} MB`);
}

await main();
