import type { Command } from 'commander';
import type { Document } from '../../core/document.js';
import { buildRecord } from '../../extract/build-record.js';
import { defaultPipeline } from '../../extract/default-pipeline.js';
import { toDocument } from '../../extract/extract.js';
import { readInputs } from '../../ingest/read-inputs.js';
import type { SaveInput, Store } from '../../store/store.js';
import { openStore } from '../../store/open-store.js';
import { dbOption, type CliIO } from '../main.js';
import { parseDate, parsePositiveInt } from '../parse-options.js';
import { createProgress, type ProgressCounts } from '../progress.js';

interface IngestOptions {
  db: string;
  published?: string;
  outlet?: string;
  batchSize: string;
}

/** Failures listed after the run; the rest are counted and kept in the database. */
const FAILURES_SHOWN = 20;
/** A batch is committed when full or when this old, so a crash loses at most a second of work. */
const FLUSH_MS = 1000;

export function registerIngest(program: Command, io: CliIO, setStatus: (code: number) => void): void {
  program
    .command('ingest')
    .description('Extract documents and store them; content already stored is skipped')
    .argument('<inputs...>', '.txt, .html, .jsonl files, directories, or - for standard input')
    .addOption(dbOption())
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none')
    .option('--outlet <name>', 'outlet for inputs that name none')
    .option('--batch-size <n>', 'documents per transaction', '50')
    .action(async (inputs: string[], opts: IngestOptions) => {
      const published = opts.published === undefined ? undefined : parseDate(opts.published, '--published');
      const batchSize = parsePositiveInt(opts.batchSize, '--batch-size');
      const pipeline = defaultPipeline();
      const store = openStore(opts.db);
      try {
        const counts = await ingestAll(store, inputs, { published, outlet: opts.outlet, batchSize, io, pipelineRun: (d) => pipeline.run(d), versions: pipeline.versions() });
        io.stdout.write(
          `ingested ${counts.done} document(s) into ${opts.db}: ${counts.inserted} new, ${counts.unchanged} unchanged, ${counts.failed} failed\n`,
        );
        setStatus(counts.failed > 0 ? 1 : 0);
      } finally {
        store.close();
      }
    });
}

interface IngestRun {
  published: string | undefined;
  outlet: string | undefined;
  batchSize: number;
  io: CliIO;
  pipelineRun: (doc: Document) => Document;
  versions: Record<string, string>;
}

async function ingestAll(store: Store, inputs: string[], run: IngestRun): Promise<ProgressCounts> {
  const counts: ProgressCounts = { done: 0, inserted: 0, unchanged: 0, failed: 0, chars: 0 };
  const progress = createProgress(run.io.stderr, null);
  const failures: string[] = [];
  let batch: SaveInput[] = [];
  const pending = new Set<string>();
  let lastFlush = Date.now();
  const flush = (): void => {
    if (batch.length > 0) {
      const result = store.saveBatch(batch);
      counts.inserted += result.inserted;
      counts.unchanged += result.unchanged;
    }
    batch = [];
    pending.clear();
    lastFlush = Date.now();
  };
  for await (const item of readInputs(inputs, { published: run.published, outlet: run.outlet, stdin: run.io.stdin })) {
    counts.done += 1;
    if (item.kind === 'failure') {
      counts.failed += 1;
      store.recordFailure(item);
      if (failures.length < FAILURES_SHOWN) failures.push(`${item.source}: ${item.reason}`);
    } else {
      counts.chars += item.text.length;
      const doc = toDocument(item);
      const key = `${doc.id}\u0000${doc.hash}`;
      if (pending.has(key) || store.isStored(doc.id, doc.hash)) {
        counts.unchanged += 1;
      } else {
        pending.add(key);
        const done = run.pipelineRun(doc);
        batch.push({ doc: done, record: buildRecord(done), versions: run.versions });
      }
    }
    if (batch.length >= run.batchSize || Date.now() - lastFlush > FLUSH_MS) flush();
    progress.update(counts);
  }
  flush();
  progress.stop(counts);
  for (const f of failures) run.io.stderr.write(`sitrep: ${f}\n`);
  if (counts.failed > failures.length) {
    run.io.stderr.write(`sitrep: … and ${counts.failed - failures.length} more failure(s); \`sitrep stats\` lists them\n`);
  }
  return counts;
}
