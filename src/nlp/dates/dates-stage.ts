import type { AnnotationInput } from '../../core/layers.js';
import type { MessageInput } from '../../core/message.js';
import { overlaps } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { findDates, isUnresolved } from './find-dates.js';
import './layers.js';
import { ReferenceCursor, publicationReference, timestampReferences } from './reference.js';
import '../sentences/layers.js';
import '../structure/layers.js';

/**
 * Finds date and time expressions sentence by sentence and resolves them
 * against the publication date, or inside a live-blog entry against its
 * timestamp. Timestamps themselves belong to the structure stage and are
 * never annotated twice.
 */
export const datesStage: Stage = {
  name: 'dates',
  version: '1',
  requires: ['sentence', 'timestamp'],
  assigns: ['date'],
  run(doc) {
    const messages: MessageInput[] = [];
    const { reference: published, problem } = publicationReference(doc.meta.published);
    if (problem) {
      messages.push({
        ruleId: 'dates/bad-published',
        severity: 'warning',
        reason: `document '${doc.id}': ${problem}; relative dates are left unresolved`,
      });
    }
    const timestamps = doc.layer('timestamp');
    const cursor = new ReferenceCursor(timestampReferences(doc.layer('entry'), timestamps), published);
    const dates: AnnotationInput<'date'>[] = [];
    for (const sentence of doc.layer('sentence')) {
      const reference = cursor.at(sentence);
      for (const m of findDates(sentence.quote, reference)) {
        const span = { start: sentence.start + m.start, end: sentence.start + m.end };
        if (timestamps.some((t) => overlaps(t, span))) continue;
        dates.push({ ...span, attrs: m.attrs });
        if (isUnresolved(m.attrs)) {
          messages.push({
            ruleId: 'dates/no-reference',
            severity: 'warning',
            reason: `'${doc.text.slice(span.start, span.end)}' needs a reference date and document '${doc.id}' has no usable publication date; left unresolved`,
            ...span,
          });
        }
      }
    }
    return { layers: { date: dates }, messages };
  },
};
