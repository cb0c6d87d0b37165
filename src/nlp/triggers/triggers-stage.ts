/**
 * Stage 1 of event extraction: the words that report a happening of a
 * DESIGN.md §3 type, typed by their frame, with modality and background.
 * Stage 2 (src/nlp/events) reads arguments around them. Only sentences where
 * a lexicon form may start (prefilter.ts) get a view and the parsers and
 * refiners of refine.ts, so most text costs a map lookup per token.
 */
import type { Document } from '../../core/document.js';
import type { Annotation, AnnotationInput } from '../../core/layers.js';
import type { MessageInput } from '../../core/message.js';
import type { Stage } from '../../core/stage.js';
import '../dates/layers.js';
import '../sentences/layers.js';
import { toAnnotation } from './candidate.js';
import './layers.js';
import type { Lexicon } from './lexicon.js';
import { defaultLexicon } from './load-lexicon.js';
import { mayStartTrigger } from './prefilter.js';
import { QuoteTracker, quotedFlags } from './quoted-tokens.js';
import { findTriggers } from './refine.js';
import type { SentenceDate } from './refiners/refiner.js';
import { buildView, type RawToken, type SentenceView } from './sentence-view.js';

export function createTriggersStage(lexicon?: Lexicon): Stage {
  let lex: Lexicon | undefined = lexicon;
  return {
    name: 'triggers',
    version: '1',
    requires: ['sentence', 'token', 'date'],
    assigns: ['event-trigger'],
    run(doc) {
      lex ??= defaultLexicon();
      const messages: MessageInput[] = [];
      const reference = referenceDay(doc, messages);
      const out: AnnotationInput<'event-trigger'>[] = [];
      const sentences = doc.layer('sentence');
      const tokens = doc.layer('token');
      const dates = doc.layer('date');
      const quotes = new QuoteTracker();
      let d = 0;
      let i = 0;
      while (i < tokens.length) {
        const s = tokens[i]!.attrs.sentence;
        const sentence = sentences[s];
        const paragraph = sentence?.attrs.paragraph ?? -1;
        const quotedAtStart = quotes.enter(paragraph);
        let hit = false;
        let j = i;
        for (; j < tokens.length && tokens[j]!.attrs.sentence === s; j++) {
          quotes.read(tokens[j]!.quote);
          if (!hit) hit = mayStartTrigger(lex, tokens, j, tokens.length);
        }
        if (hit && sentence) {
          const quoted = quotedFlags(tokens, i, j, quotedAtStart);
          const raw: RawToken[] = [];
          for (let k = i; k < j; k++) {
            const t = tokens[k]!;
            raw.push({ start: t.start, end: t.end, quote: t.quote, pos: t.attrs.pos, norm: t.attrs.norm, quoted: quoted[k - i]! });
          }
          const view = buildView(s, sentence.start, sentence.end, sentence.attrs.role, raw);
          while (d < dates.length && dates[d]!.end <= sentence.start) d++;
          for (const c of findTriggers({ view, lexicon: lex, dates: datesOf(view, dates, d), reference })) {
            const a = toAnnotation(c, view);
            if (a) out.push(a);
          }
        }
        i = j;
      }
      return { layers: { 'event-trigger': out }, messages };
    },
  };
}

export const triggersStage: Stage = createTriggersStage();

/** The date mentions of a sentence (those from index `from` on that start inside it), placed on its tokens. */
function datesOf(view: SentenceView, dates: readonly Annotation<'date'>[], from: number): SentenceDate[] {
  const out: SentenceDate[] = [];
  for (let k = from; k < dates.length && dates[k]!.start < view.end; k++) {
    const date = dates[k]!;
    let first = -1;
    let last = -1;
    view.tokens.forEach((t, i) => {
      if (t.end <= date.start || t.start >= date.end) return;
      if (first < 0) first = i;
      last = i;
    });
    if (first >= 0) out.push({ first, end: last + 1, attrs: date.attrs });
  }
  return out;
}

/** The publication date; without one, background by date cannot be judged, and the document says so. */
function referenceDay(doc: Document, messages: MessageInput[]): string | null {
  const published = doc.meta.published;
  if (published && /^\d{4}-\d{2}-\d{2}/.test(published)) return published.slice(0, 10);
  messages.push({
    ruleId: 'triggers/no-publication-date',
    severity: 'info',
    reason: published
      ? `document '${doc.id}' has publication date '${published}', which is not YYYY-MM-DD: history told as context is not marked by its dates`
      : `document '${doc.id}' has no publication date: history told as context is not marked by its dates`,
  });
  return null;
}
