import type { Document } from './document.js';
import type { AnnotationInput, LayerName } from './layers.js';
import type { MessageInput } from './message.js';

export type LayerOutput = { [L in LayerName]?: AnnotationInput<L>[] };

export interface StageOutput {
  layers: LayerOutput;
  messages?: MessageInput[];
}

/**
 * A pipeline component. `run` is the predict step: a pure function of the
 * document's text and earlier layers (plus the read-only knowledge the stage
 * was built with). The pipeline applies its output, so a stage cannot write a
 * layer it did not declare or a span that does not fit the text.
 */
export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Document): StageOutput;
}
