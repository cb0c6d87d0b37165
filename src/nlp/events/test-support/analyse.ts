/**
 * Runs our own test texts through the real upstream stages, so the argument
 * rules are tested on the layers they will meet in the pipeline, and through
 * the whole language layer for the stage's own tests.
 */
import { Document, type DocumentMeta } from '../../../core/document.js';
import { Pipeline } from '../../../core/pipeline.js';
import { defaultPipeline } from '../../../extract/default-pipeline.js';
import { buildContext, sentenceAt, type EventContext, type SentenceView } from '../context.js';

const withEvents = defaultPipeline();
/** Everything before the event stages (quotes come late only because events read them). */
const upstream = new Pipeline(withEvents.stages.filter((s) => !['quotes', 'triggers', 'events'].includes(s.name)));

export function analyse(text: string, meta: Partial<DocumentMeta> = {}): EventContext {
  return buildContext(run(upstream, text, meta));
}

/** The whole language layer, events included. */
export function extractEvents(text: string, meta: Partial<DocumentMeta> = {}): Document {
  return run(withEvents, text, meta);
}

function run(pipeline: Pipeline, text: string, meta: Partial<DocumentMeta>): Document {
  const doc = pipeline.run(new Document('test', text, { published: '2016-11-04', ...meta }));
  const failed = doc.messages.find((m) => m.severity === 'fatal' || m.severity === 'error');
  if (failed) throw new Error(failed.reason);
  return doc;
}

/** The `nth` occurrence of `words` in the text, with its sentence: where a test puts its trigger. */
export function find(ctx: EventContext, words: string, nth = 0): { start: number; end: number; sentence: SentenceView } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = ctx.text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`'${words}' not found in test text`);
  }
  const sentence = sentenceAt(ctx, at);
  if (!sentence) throw new Error(`'${words}' is outside every sentence`);
  return { start: at, end: at + words.length, sentence };
}
