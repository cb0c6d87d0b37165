/** The public quote records (DESIGN.md §2) of a processed document. */
import type { Document } from '../../core/document.js';
import { stableId } from '../../core/hash.js';
import type { QuoteRecord } from '../../core/records.js';
import './layers.js';

/**
 * One record per quotation of the quote layer, in text order. The evidence
 * covers the quotation and, when the cue names the speaker there, the cue
 * and the speaker's words ("“…,” he said"); a speaker taken from the
 * quotation before keeps the quotation alone as evidence. A title falls back
 * to the person's role ("spokeswoman") when no rank or office is given.
 */
export function quoteRecords(doc: Document): QuoteRecord[] {
  return doc.layer('quote').map((q) => {
    const a = q.attrs;
    let start = q.start;
    let end = q.end;
    for (const r of [a.cueSpan, a.speakerSpan]) {
      if (r && !a.inherited) {
        start = Math.min(start, r.start);
        end = Math.max(end, r.end);
      }
    }
    return {
      id: stableId('q', doc.hash, q.start, q.end),
      text: doc.text.slice(a.text.start, a.text.end),
      direct: a.direct,
      speaker: a.speaker ? { name: a.speaker.name, title: a.speaker.title ?? a.speaker.role, affiliation: a.speaker.affiliation } : null,
      evidence: doc.span(start, end),
      cue: a.cue,
    };
  });
}
