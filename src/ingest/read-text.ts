import type { MessageInput } from '../core/message.js';
import { decodeBytes } from './decode-bytes.js';
import { decodeEntities } from './html-entities.js';
import { documentItem, failureItem } from './items.js';
import type { InputItem, ReadContext } from './types.js';

const MAX_TITLE_CHARS = 200;
/** A line ending like this continues or closes a sentence: prose, not a headline. */
const PROSE_END = /[.,;:]$/;
const STARTS_LOWERCASE = /^[ \t]*\p{Ll}/u;
const HAS_NON_SPACE = /\S/;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** A `.txt` file (or plain text from standard input): the whole decoded text is the document. */
export function readText(bytes: Uint8Array, ctx: ReadContext): InputItem {
  const decoded = decodeBytes(bytes, ctx.source);
  if (!decoded.ok) return failureItem(ctx, decoded.ruleId, decoded.reason);
  return textItem(decoded.text, ctx, decoded.messages);
}

export function textItem(text: string, ctx: ReadContext, messages: MessageInput[]): InputItem {
  return documentItem(ctx, text, { title: textTitle(text) }, messages);
}

/**
 * The first line when it looks like a headline: non-empty, short, not ending
 * like a sentence or a clause, followed by a line break and more text, and not
 * the first line of hard-wrapped prose (next line continuing in lower case).
 */
export function textTitle(text: string): string | null {
  const nl = text.indexOf('\n');
  if (nl === -1) return null;
  const line = text.slice(0, nl).trim();
  if (!HAS_WORD.test(line) || line.length >= MAX_TITLE_CHARS || PROSE_END.test(line)) return null;
  const rest = text.slice(nl + 1);
  if (STARTS_LOWERCASE.test(rest) || !HAS_NON_SPACE.test(rest)) return null;
  return decodeEntities(line);
}
