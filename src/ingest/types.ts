import type { DocumentMeta } from '../core/document.js';
import type { MessageInput } from '../core/message.js';

/** A document read from a source, ready for the pipeline. */
export interface InputDocument {
  kind: 'document';
  id: string;
  text: string;
  meta: Partial<DocumentMeta>;
  /** Warnings found while reading (mojibake, a stripped BOM, HTML without a main article, a bad date…). */
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

/** Defaults for what an input does not say itself; a value the input carries always wins. */
export interface ReadOptions {
  /** Publication date (`YYYY-MM-DD` or ISO date-time) for text files, stdin, pages and records without a valid one. */
  published?: string;
  outlet?: string;
}

/** Where one input came from and the defaults that apply to it. */
export interface ReadContext {
  /** Document id: path relative to the directory argument, the basename of a single file, a record's `id`, or `-`. */
  id: string;
  /** File path, `path:line` of a JSON Lines record, or `-`. */
  source: string;
  opts: ReadOptions;
  /** A date written at the start of the file name (`2016-11-01-title.txt`), used when the input carries none. */
  nameDate?: string;
}

/** Metadata a reader found in the input itself, before defaults from the options. */
export interface FoundMeta {
  title?: string | null;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
}
