import type { MessageInput } from '../core/message.js';
import { firstInvalidUtf8 } from './utf8.js';

export type Decoded =
  | { ok: true; text: string; messages: MessageInput[] }
  | { ok: false; ruleId: string; reason: string };

export interface Problem {
  ruleId: string;
  reason: string;
}

const SNIFF_BYTES = 8192;
/** Text has tabs, newlines and the odd form feed; more than this share of other C0 controls means a binary file. */
const MAX_CONTROL_SHARE = 0.1;
const HAS_NON_SPACE = /\S/;
const CONVERT_HINT = 'the text may be Windows-1252 or Latin-1: convert it to UTF-8';

// ignoreBOM keeps a BOM in the output so that stripping it is explicit and reported.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes of one input to text: refuses binary data, invalid UTF-8 and empty
 * input with a reason naming `source`, strips a UTF-8 BOM, and keeps
 * everything else (CRLF included) exactly as read, so offsets refer to it.
 */
export function decodeBytes(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length === 0) return { ok: false, ruleId: 'ingest/empty', reason: `${source}: the input is empty` };
  const problem = encodingProblem(bytes, source);
  if (problem) return { ok: false, ...problem };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, ruleId: 'ingest/invalid-utf8', reason: invalidUtf8Reason(bytes, source) };
  }
  const messages: MessageInput[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    messages.push(bomMessage(source));
  }
  if (!HAS_NON_SPACE.test(text)) {
    return { ok: false, ruleId: 'ingest/empty', reason: `${source}: the input contains only whitespace` };
  }
  return { ok: true, text, messages };
}

/** UTF-16 or binary data, judged on the first 8 KB. */
export function encodingProblem(bytes: Uint8Array, source: string): Problem | null {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'FF FE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'FE FF' : null;
  if (bom) {
    return {
      ruleId: 'ingest/invalid-utf8',
      reason: `${source}: invalid UTF-8 at byte 0: it starts with a UTF-16 byte-order mark (${bom}); convert it to UTF-8`,
    };
  }
  const binary = binaryEvidence(bytes);
  return binary ? { ruleId: 'ingest/binary', reason: `${source}: binary data (${binary}), not text` } : null;
}

/**
 * Where bytes stop being UTF-8. For one line of a larger input, `lineOffset`
 * (the line's byte offset in the input) adds the position in the whole file.
 */
export function invalidUtf8Reason(bytes: Uint8Array, source: string, lineOffset?: number): string {
  const at = Math.max(0, firstInvalidUtf8(bytes));
  const shown = [...bytes.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  if (lineOffset !== undefined) {
    return `${source}: invalid UTF-8 at byte ${at} of the line (byte ${lineOffset + at} of the input, bytes ${shown}); ${CONVERT_HINT}`;
  }
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return `${source}: invalid UTF-8 at byte ${at} (line ${line}, bytes ${shown}); ${CONVERT_HINT}`;
}

export function bomMessage(source: string): MessageInput {
  return { ruleId: 'ingest/bom', severity: 'info', reason: `${source}: UTF-8 byte-order mark removed` };
}

function binaryEvidence(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `NUL byte at ${i}`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  const share = controls / n;
  return share > MAX_CONTROL_SHARE ? `${Math.round(share * 100)}% control characters in the first ${n} bytes` : null;
}
