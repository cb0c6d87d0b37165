import type { Span } from './span.js';

/**
 * Registry of annotation layers and the attributes each carries. A stage
 * registers the layers it assigns by module augmentation, next to its code:
 *
 *   declare module '../../core/layers.js' {
 *     interface LayerTypes { paragraph: { role: 'body' | 'caption' } }
 *   }
 *
 * so `doc.layer('paragraph')` is typed everywhere without a central edit.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LayerTypes {}

export type LayerName = keyof LayerTypes & string;

/** One standoff annotation: a span of the immutable text, who made it, and what it says. */
export interface Annotation<L extends LayerName = LayerName> extends Span {
  readonly stage: string;
  readonly version: string;
  readonly attrs: LayerTypes[L];
}

/** What a stage returns for one annotation; the pipeline adds `quote`, `stage` and `version`. */
export interface AnnotationInput<L extends LayerName = LayerName> {
  start: number;
  end: number;
  attrs: LayerTypes[L];
}
