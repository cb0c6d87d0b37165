import type { MessageInput } from '../core/message.js';
import { firstInvalidUtf8 } from './utf8.js';

/** Windows-1252 characters of bytes 0x80–0x9F; the other bytes map to U+0080–U+00FF. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));
const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u00BF]/g, '')}]`;

/*
 * UTF-8 bytes shown as Windows-1252: "â€œ" (“), "Ã©" (é), "ÅŸ" (ş), "Â " (no-break
 * space), "ðŸ˜€" (an emoji). Three- and four-byte leads are limited to the
 * ones English news produces (punctuation, €, ™, emoji), and two-byte leads
 * past Latin Extended-A count only with Latin-1 continuations, so that
 * "ANDRÉ’S" or "château’s" are not taken for mojibake. A bare "â€" is a curly
 * quote whose last byte (0x9D, unassigned in Windows-1252) was lost.
 */
const MOJIBAKE = new RegExp(
  `[\\u00C2-\\u00C5]${CONT}|[\\u00C6-\\u00DF][\\u0080-\\u00BF]|[\\u00E2\\u00EF]${CONT}{2}|\\u00F0${CONT}{3}|\\u00E2\\u20AC`,
  'g',
);
const MAX_REPORTED = 20;
const C1_CONTROL = /^[\u0080-\u009F]$/;

/** One warning per run of mojibake, with its span; the text itself is left as it is. */
export function findMojibake(text: string): MessageInput[] {
  const runs: Array<{ start: number; end: number; fixed: string }> = [];
  for (const m of text.matchAll(MOJIBAKE)) {
    const fixed = m[0] === 'â€' ? '”' : repaired(m[0]);
    if (fixed === null) continue;
    const last = runs.at(-1);
    if (last && last.end === m.index) {
      last.end += m[0].length;
      last.fixed += fixed;
    } else runs.push({ start: m.index, end: m.index + m[0].length, fixed });
  }
  const messages: MessageInput[] = runs.slice(0, MAX_REPORTED).map((r) => ({
    ruleId: 'ingest/mojibake',
    severity: 'warning',
    start: r.start,
    end: r.end,
    reason: `mojibake "${text.slice(r.start, r.end)}": UTF-8 text read as Windows-1252, probably "${r.fixed}"`,
  }));
  if (runs.length > MAX_REPORTED) {
    messages.push({
      ruleId: 'ingest/mojibake',
      severity: 'warning',
      start: null,
      end: null,
      reason: `${runs.length - MAX_REPORTED} more mojibake sequences not listed (${runs.length} in all)`,
    });
  }
  return messages;
}

/**
 * The character the sequence stood for, or null when its bytes are not
 * well-formed UTF-8 or stand for an invisible C1 control ("Â”" is a quoted Â).
 */
function repaired(seq: string): string | null {
  const bytes = Uint8Array.from(seq, (ch) => CP1252_BYTE.get(ch) ?? ch.charCodeAt(0));
  if (firstInvalidUtf8(bytes) !== -1) return null;
  const ch = Buffer.from(bytes).toString('utf8');
  return C1_CONTROL.test(ch) ? null : ch;
}
