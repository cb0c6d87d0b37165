import type { DocumentMeta } from '../core/document.js';
import type { MessageInput } from '../core/message.js';

/** A document read from a source, ready for the pipeline. */
export interface InputDocument {
  kind: 'document';
  id: string;
  text: string;
  meta: Partial<DocumentMeta>;
  /** Warnings found while reading (repaired mojibake, stripped BOM, HTML without a main text block…). */
  messages: MessageInput[];
}

/** A source that could not be read as a document; the batch goes on without it. */
export interface InputFailure {
  kind: 'failure';
  id: string;
  /** Where it was read from: path, `path:line`, or `-` for standard input. */
  source: string;
  ruleId: string;
  reason: string;
}

export type InputItem = InputDocument | InputFailure;

export interface ReadOptions {
  /** Publication date for inputs that do not carry one (single files, stdin). */
  published?: string;
  outlet?: string;
}
