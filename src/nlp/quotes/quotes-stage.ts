import type { Document } from '../../core/document.js';
import type { AnnotationInput } from '../../core/layers.js';
import type { Stage, StageOutput } from '../../core/stage.js';
import { contextOf } from '../people/context.js';
import type { PeopleLexicon } from '../people/lexicon.js';
import { defaultPeopleLexicon } from '../people/load-lexicon.js';
import { findQuoteSpeakers, inheritSpeakers, type QuoteFinding, type Spoken } from './attribute-quote.js';
import { cueAt, speakerOfCue } from './clause.js';
import { indexPeople } from './people-index.js';
import { cueCandidates, reportedAt } from './reported.js';
import type { Found, Scope } from './speaker.js';
import './layers.js';

/**
 * Direct quotations with their speakers, and attributions: the content of
 * direct and reported speech with who said it and which outlet carried it.
 * Speakers come through the person layer, so "he said" names the person.
 */
export function createQuotesStage(lexicon?: PeopleLexicon): Stage {
  return {
    name: 'quotes',
    version: '1',
    requires: ['sentence', 'token', 'paragraph', 'quote-mark', 'person', 'actor', 'outlet'],
    assigns: ['quote', 'attribution'],
    run(doc) {
      lexicon ??= defaultPeopleLexicon();
      return findQuotes(doc, lexicon);
    },
  };
}

export const quotesStage: Stage = createQuotesStage();

/** Sentences back that "the statement said" may look for its speaker. */
const RECALL_WINDOW = 2;

function findQuotes(doc: Document, lexicon: PeopleLexicon): StageOutput {
  const ctx = contextOf(doc);
  const scope: Scope = { ctx, people: indexPeople(ctx, doc.layer('person')), lexicon, lastSpeaker: (before) => recall(scope, before) };
  const findings = findQuoteSpeakers(scope);
  // A full quotation is the content of its cue; a fragment sits inside reported speech, whose cue stays free.
  const used = new Set(findings.flatMap((f) => (f.cueWord >= 0 && f.kind === 'full' ? [f.cueWord] : [])));
  const spoken: Spoken[] = [];
  const attribution: AnnotationInput<'attribution'>[] = [];
  for (const f of findings) {
    if (f.found?.speaker) spoken.push({ paragraph: f.span.paragraph, end: f.span.end, found: f.found });
  }
  const W = ctx.words;
  for (const w of cueCandidates(scope)) {
    const r = used.has(w) ? null : reportedAt(scope, w);
    if (r) {
      attribution.push({
        start: r.start,
        end: r.end,
        attrs: {
          speaker: r.found.speaker,
          speakerSpan: r.found.speaker ? { start: r.found.start, end: r.found.end } : null,
          cue: ctx.text.slice(W[r.cueWord]!.start, W[r.cueEnd - 1]!.end),
          cueSpan: { start: W[r.cueWord]!.start, end: W[r.cueEnd - 1]!.end },
          via: r.via,
          direct: false,
        },
      });
      if (r.found.speaker) spoken.push({ paragraph: ctx.sentences[W[w]!.sentence]!.paragraph, end: r.end, found: r.found });
    }
  }
  inheritSpeakers(scope, findings, spoken);
  const quote = findings.map((f) => quoteAnnotation(scope, f));
  for (const f of findings) {
    if (f.found?.speaker && f.kind !== 'term' && f.span.end > f.span.start) {
      const cue = cueOf(scope, f);
      attribution.push({
        start: f.span.start,
        end: f.span.end,
        attrs: {
          speaker: f.found.speaker,
          speakerSpan: { start: f.found.start, end: f.found.end },
          cue: cue?.text ?? '',
          cueSpan: cue?.span ?? { start: f.span.start, end: f.span.start },
          via: f.via,
          direct: true,
        },
      });
    }
  }
  return { layers: { quote, attribution } };
}

function quoteAnnotation(scope: Scope, f: QuoteFinding): AnnotationInput<'quote'> {
  const speaker = f.found?.speaker ?? null;
  const cue = cueOf(scope, f);
  return {
    start: f.span.open,
    end: f.span.close === null ? f.span.end : f.span.close + 1,
    attrs: {
      text: { start: f.span.start, end: f.span.end },
      direct: speaker !== null ? f.kind !== 'term' : f.kind === 'full' && !heading(scope, f),
      kind: f.kind,
      speaker,
      speakerSpan: speaker && f.found ? { start: f.found.start, end: f.found.end } : null,
      cue: cue?.text ?? null,
      cueSpan: cue?.span ?? null,
      outlet: f.via,
      inherited: f.inherited,
      recovered: f.span.recovered,
    },
  };
}

/** A quotation standing as a heading (“POSITIVE VALUATION”): a label, not someone's words, unless a cue says whose. */
function heading(scope: Scope, f: QuoteFinding): boolean {
  const { ctx } = scope;
  const role = ctx.sentences[ctx.words[f.openWord]!.sentence]!.role;
  const text = ctx.text.slice(f.span.start, f.span.end);
  return role === 'title' || role === 'headline' || text.toUpperCase() === text;
}

function cueOf(scope: Scope, f: QuoteFinding): { text: string; span: { start: number; end: number } } | null {
  if (f.cueWord < 0 || f.inherited) return null;
  const W = scope.ctx.words;
  const span = { start: W[f.cueWord]!.start, end: W[f.cueEnd - 1]!.end };
  return { text: scope.ctx.text.slice(span.start, span.end), span };
}

/**
 * "The statement said": the latest statement's speaker that a reporting verb
 * names before word `before`, in its sentence or the two before, else the
 * latest speaker there.
 */
function recall(scope: Scope, before: number): Found | null {
  const { ctx } = scope;
  const s = ctx.words[before]!.sentence;
  const from = ctx.sentences[Math.max(0, s - RECALL_WINDOW)]!.firstWord;
  const guarded: Scope = { ...scope, lastSpeaker: () => null };
  let latest: Found | null = null;
  for (let w = before - 1; w >= from; w--) {
    if (ctx.quoteOf[w]! >= 0 || !cueAt(guarded, w)) continue;
    const sentence = ctx.sentences[ctx.words[w]!.sentence]!;
    const found = speakerOfCue(guarded, w, sentence.firstWord, sentence.endWord);
    if (found?.speaker && found.statement) return found;
    if (found?.speaker) latest ??= found;
  }
  return latest;
}
