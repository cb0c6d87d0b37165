/** Library entry: `import { extract } from 'sitrep'`. */
export { extract, extractFiles, toDocument } from './extract/extract.js';
export type { ExtractInput, ExtractOptions, ExtractedItem } from './extract/extract.js';
export { buildRecord, failureRecord } from './extract/build-record.js';
export { defaultPipeline } from './extract/default-pipeline.js';
export { Document } from './core/document.js';
export type { DocumentMeta } from './core/document.js';
export { Pipeline, PipelineError } from './core/pipeline.js';
export type { Stage, StageOutput } from './core/stage.js';
export type { Annotation, AnnotationInput, LayerName, LayerTypes } from './core/layers.js';
export type { Message, Severity } from './core/message.js';
export type { Span } from './core/span.js';
export * from './core/records.js';
