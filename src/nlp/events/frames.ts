/**
 * Stretches of a sentence that frame speech rather than tell the event: the
 * words of a comma-delimited chunk up to its reporting verb ("The UN human
 * rights office in Geneva says …"), the phrases right after the verb that
 * say where or to whom it was said ("said at a press briefing in Geneva,
 * Switzerland", "told Reuters"), and the verbless stretches after those.
 * What was said — a clause with its own subject and verb — is not framing.
 * Places and dates in a frame belong to the telling.
 */
import { tokenKinds, type TokenKind, type TokenRange } from './clause.js';
import type { EventContext, SentenceView } from './context.js';

const cache = new WeakMap<SentenceView, TokenRange[]>();
const FRAME_POS = new Set(['ADP', 'DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'CCONJ']);
const BOUNDARY: ReadonlySet<TokenKind> = new Set(['comma', 'quote', 'hard', 'opener']);

function reportFrames(ctx: EventContext, sentence: SentenceView): TokenRange[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const kinds = tokenKinds(ctx, sentence);
  const frames: TokenRange[] = [];
  let from = 0;
  let carried = false;
  for (let i = 0; i <= kinds.length; i++) {
    const k = kinds[i];
    if (k === undefined || BOUNDARY.has(k)) {
      const verbless = !kinds.slice(from, i).some((x) => x === 'verb' || x === 'report');
      if (carried && verbless && from < i) frames.push({ from, to: i });
      carried = carried && verbless && k === 'comma';
      from = i + 1;
    } else if (k === 'report') {
      const to = frameEnd(sentence, kinds, i);
      frames.push({ from, to });
      carried = to === chunkEnd(kinds, i) && kinds[to] === 'comma';
      i = to - 1;
      from = to;
    }
  }
  cache.set(sentence, frames);
  return frames;
}

/** After the reporting verb, the frame runs over "at a briefing in Geneva" or "Reuters", up to what was said. */
function frameEnd(sentence: SentenceView, kinds: readonly TokenKind[], verb: number): number {
  let i = verb + 1;
  while (i < kinds.length && kinds[i] === 'word' && FRAME_POS.has(sentence.tokens[i]?.pos ?? '')) i++;
  if (i < kinds.length && kinds[i] === 'verb') {
    // "said on Tuesday militants attacked …": the subject of what was said is no frame.
    while (i > verb + 1 && sentence.tokens[i - 1]?.pos !== 'ADP' && sentence.tokens[i - 2]?.pos !== 'ADP') i--;
  }
  return i;
}

function chunkEnd(kinds: readonly TokenKind[], from: number): number {
  let i = from;
  while (i < kinds.length && !BOUNDARY.has(kinds[i] ?? 'word')) i++;
  return i;
}

/** True when the character offset lies in a reporting frame of its sentence. */
export function inFrame(ctx: EventContext, sentence: SentenceView, offset: number): boolean {
  const tokens = sentence.tokens;
  return reportFrames(ctx, sentence).some((f) => (tokens[f.from]?.start ?? Infinity) <= offset && offset < (tokens[f.to - 1]?.end ?? -1));
}
