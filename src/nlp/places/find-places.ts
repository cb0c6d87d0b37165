/**
 * Place mentions of a document: gazetteer names that pass the guards, names
 * found by context cues, and the dateline's place. Words inside actors,
 * outlets and people are never scanned, so "Islamic State", "Iraqi forces"
 * and "The Associated Press" cannot become places.
 */
import type { Document } from '../../core/document.js';
import type { Candidate } from '../../geo/index.js';
import '../actors/layers.js';
import '../numbers/layers.js';
import '../sentences/layers.js';
import { cuedNames } from './context-cues.js';
import type { PlaceKnowledge } from './knowledge.js';
import type { PlaceCue } from './layers.js';
import { docWordStats, rejectMatch } from './name-guards.js';
import { personSpans } from './person-spans.js';
import { scanNames, type NameMatch } from './scan-names.js';
import { sentenceWords, type SentenceWords, type Word } from './words.js';

export interface RawMention extends Omit<NameMatch, 'first' | 'last'> {
  cue: PlaceCue;
  /** Index of the sentence holding it. */
  sentence: number;
}

export function findPlaceMentions(doc: Document, k: PlaceKnowledge): RawMention[] {
  const text = doc.text;
  const sentences = sentenceWords(text, doc.layer('sentence'), doc.layer('token'));
  const people = personSpans(doc);
  const stats = docWordStats(sentences, people, text);
  const mask = new Uint8Array(text.length + 1);
  for (const layer of [doc.layer('actor'), doc.layer('outlet'), people, stats.titledNames]) {
    for (const a of layer) mask.fill(1, a.start, a.end);
  }
  const blocked = (w: Word): boolean => mask[w.start] === 1 || mask[w.end - 1] === 1;
  const isDemonym = (lower: string): boolean => k.demonyms.byWord.has(lower);
  const distances = doc.layer('quantity').filter((q) => q.attrs.kind === 'distance');
  const out: RawMention[] = [];
  sentences.forEach((sentence, index) => {
    const found = scanNames(text, sentence, k, blocked);
    const kept = found.filter((m) => rejectMatch(m, { sentence, stats, isDemonym }) === null);
    const keptCover = coverage(sentence, kept);
    const regionAt = (i: number): boolean => kept.some((m) => m.first === i && m.candidates.some(isRegion));
    const cued = cuedNames({
      text, sentence, blocked, covered: (i) => keptCover[i] === 1, regionAt, isDemonym, surnames: stats.surnames, distances,
    });
    for (const m of kept) out.push(raw(m, 'gazetteer', index));
    for (const m of cued) out.push(raw(m, m.cue, index));
  });
  markDatelines(doc, k, sentences, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end).filter((m, i, all) => i === 0 || m.start >= (all[i - 1] as RawMention).end);
}

function raw(m: NameMatch, cue: PlaceCue, sentence: number): RawMention {
  return { start: m.start, end: m.end, name: m.name, candidates: m.candidates, type: m.type, anchored: m.anchored, cue, sentence };
}

function isRegion(c: Candidate): boolean {
  return c.featureType === 'country' || c.featureType === 'admin1';
}

/** 1 for every word of the sentence inside a match (descriptor words included). */
function coverage(sentence: SentenceWords, matches: readonly NameMatch[]): Uint8Array {
  const cover = new Uint8Array(sentence.words.length);
  for (const m of matches) {
    for (const w of sentence.words) if (w.start >= m.start && w.end <= m.end) cover[w.index] = 1;
  }
  return cover;
}

/**
 * "BAGHDAD (Reuters) -": the dateline's place is a mention even when the
 * gazetteer lacks it; "BEIRUT/MUNICH" names two.
 */
function markDatelines(doc: Document, k: PlaceKnowledge, sentences: readonly SentenceWords[], out: RawMention[]): void {
  for (const d of doc.layer('dateline')) {
    const written = doc.text.slice(d.start, d.start + d.attrs.place.length);
    if (written.toLowerCase() !== d.attrs.place.toLowerCase()) continue;
    let offset = 0;
    for (const part of written.split('/')) {
      const start = d.start + offset;
      const end = start + part.length;
      offset += part.length + 1;
      const at = out.findIndex((m) => m.start === start);
      if (at >= 0) {
        out[at] = { ...(out[at] as RawMention), cue: 'dateline' };
        continue;
      }
      if (part.trim() === '' || out.some((m) => m.start < end && start < m.end)) continue;
      const name = d.attrs.place.slice(offset - part.length - 1, offset - 1);
      const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
      out.push({ start, end, name, candidates: k.lookup(name), type: null, anchored: false, cue: 'dateline', sentence });
    }
  }
}
