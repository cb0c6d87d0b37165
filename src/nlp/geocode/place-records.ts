/** The `places` of an extract record (DESIGN.md §2): one per place mention, resolved or not. */
import type { Document } from '../../core/document.js';
import { stableId } from '../../core/hash.js';
import type { PlaceRecord } from '../../core/records.js';
import '../places/layers.js';
import './layers.js';

export function placeRecords(doc: Document): PlaceRecord[] {
  const resolutions = new Map(doc.layer('place-resolution').map((r) => [`${r.start}:${r.end}`, r.attrs]));
  return doc.layer('place').map((p) => {
    const r = resolutions.get(`${p.start}:${p.end}`);
    return {
      id: stableId('pl', doc.hash, p.start, p.end),
      name: p.attrs.name,
      canonical: r?.canonical ?? null,
      lat: r?.lat ?? null,
      lon: r?.lon ?? null,
      precision: r?.precision ?? null,
      uncertaintyKm: r?.uncertaintyKm ?? null,
      relative: r?.relative ?? null,
      admin: r?.admin ?? [],
      country: r?.country ?? null,
      gazetteerId: r?.gazetteerId ?? null,
      evidence: { start: p.start, end: p.end, quote: p.quote },
      candidates: p.attrs.candidateCount,
      resolved: r?.resolved ?? false,
      reason: r?.reason ?? 'not geocoded',
    };
  });
}
