import type { SaveInput } from '../store.js';
import { eventIn, makeDocument, saveInputOf } from './fixtures.js';

/** Events per document written by the concurrency test, so a reader can check it never sees half a document. */
export const EVENTS_PER_DOCUMENT = 2;

const PLACES = ['Bartella', 'Qaraqosh', 'Bashiqa', 'Hammam al-Alil', 'Tal Afar'];

/** The i-th of a run of distinct short reports. */
export function writerInput(prefix: string, i: number): SaveInput {
  const place = PLACES[i % PLACES.length] ?? 'Mosul';
  const text = `Update ${prefix}-${i}: troops advanced toward ${place} as militants fired mortars at their positions.`;
  const doc = makeDocument(`${prefix}-${i}`, text, { source: `/in/${prefix}/${i}.txt`, published: '2016-11-02' });
  return saveInputOf(doc, {
    events: [
      eventIn(doc, { id: `ev_${prefix}_${i}_a`, type: 'battle.territory', evidence: `troops advanced toward ${place}`, when: '2016-11-02', at: null }),
      eventIn(doc, { id: `ev_${prefix}_${i}_b`, type: 'remote.shelling', evidence: 'militants fired mortars', when: '2016-11-02', at: null }),
    ],
  });
}
