import { Document, type DocumentMeta } from '../core/document.js';
import { message } from '../core/message.js';
import type { Pipeline } from '../core/pipeline.js';
import type { ExtractRecord } from '../core/records.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { InputDocument, ReadOptions } from '../ingest/types.js';
import { buildRecord, failureRecord } from './build-record.js';
import { defaultPipeline } from './default-pipeline.js';

export interface ExtractInput extends Partial<Omit<DocumentMeta, 'lang'>> {
  text: string;
  id?: string;
}

export interface ExtractOptions {
  pipeline?: Pipeline;
}

/** Runs the pipeline on one text in memory, without a database. */
export function extract(input: string | ExtractInput, options: ExtractOptions = {}): ExtractRecord {
  const { text, id, ...meta } = typeof input === 'string' ? { text: input } : input;
  const doc = new Document(id ?? 'input', text, meta);
  return buildRecord((options.pipeline ?? defaultPipeline()).run(doc));
}

/** Builds the Document for an ingested input, carrying the reader's messages. */
export function toDocument(input: InputDocument): Document {
  const doc = new Document(input.id, input.text, input.meta);
  for (const m of input.messages) doc.addMessage(message('ingest', m));
  return doc;
}

export interface ExtractedItem {
  record: ExtractRecord;
  /** Absent when the source could not be read. */
  doc?: Document;
}

/** Streams files, directories or `-` through the pipeline, one record per document. */
export async function* extractFiles(
  paths: string[],
  options: ReadOptions & ExtractOptions & { stdin?: NodeJS.ReadableStream } = {},
): AsyncGenerator<ExtractedItem> {
  const pipeline = options.pipeline ?? defaultPipeline();
  for await (const item of readInputs(paths, options)) {
    if (item.kind === 'failure') {
      yield { record: failureRecord(item) };
      continue;
    }
    const doc = pipeline.run(toDocument(item));
    yield { record: buildRecord(doc), doc };
  }
}
