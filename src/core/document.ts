import { contentHash } from './hash.js';
import type { Annotation, LayerName } from './layers.js';
import type { Message } from './message.js';
import { spanOf, type Span } from './span.js';

export interface DocumentMeta {
  readonly title: string | null;
  readonly url: string | null;
  /** ISO 8601 date or date-time as given by the source, e.g. `2016-11-01`. */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly lang: string;
  /** Where it was read from: a file path, `path:line` of a JSON Lines record, or `-`. */
  readonly source: string | null;
}

export const emptyMeta: DocumentMeta = {
  title: null,
  url: null,
  published: null,
  outlet: null,
  lang: 'en',
  source: null,
};

/**
 * Immutable text plus metadata. Stages never change the text; the pipeline adds
 * annotation layers and messages, each layer set once.
 */
export class Document {
  readonly id: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly hash: string;
  readonly #layers = new Map<string, readonly Annotation[]>();
  readonly #messages: Message[] = [];

  constructor(id: string, text: string, meta: Partial<DocumentMeta> = {}) {
    this.id = id;
    this.text = text;
    this.meta = Object.freeze({ ...emptyMeta, ...meta });
    this.hash = contentHash(text);
  }

  /** The annotations of a layer in text order; empty when the layer was not assigned. */
  layer<L extends LayerName>(name: L): readonly Annotation<L>[] {
    return (this.#layers.get(name) ?? []) as readonly Annotation<L>[];
  }

  has(name: LayerName): boolean {
    return this.#layers.has(name);
  }

  layerNames(): string[] {
    return [...this.#layers.keys()];
  }

  get messages(): readonly Message[] {
    return this.#messages;
  }

  span(start: number, end: number): Span {
    return spanOf(this.text, start, end);
  }

  /** Called by the pipeline when a stage's output has been checked. */
  setLayer<L extends LayerName>(name: L, annotations: readonly Annotation<L>[]): void {
    if (this.#layers.has(name)) throw new Error(`layer '${name}' is already set on document '${this.id}'`);
    this.#layers.set(name, Object.freeze([...annotations]) as readonly Annotation[]);
  }

  addMessage(m: Message): void {
    this.#messages.push(m);
  }
}
