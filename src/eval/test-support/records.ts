import assert from 'node:assert/strict';
import type { ActorRef, EventRecord, QuoteRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { parseGold } from '../parse-gold.js';
import type { GoldDocument } from '../gold-types.js';

/** The span of the `nth` occurrence of `quote` in `text`; fails the test when absent. */
export function spanOf(text: string, quote: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `fixture: "${quote}" not in the text`);
  return { start: at, end: at + quote.length, quote };
}

export function actor(name: string, canonical: string | null = null): ActorRef {
  return { name, canonical, side: null, kind: null };
}

export interface EventSpec {
  type: string;
  evidence?: string[];
  place?: { name: string; lat: number | null; lon: number | null } | null;
  date?: string | null;
  start?: string | null;
  end?: string | null;
  actors?: ActorRef[];
  targets?: ActorRef[];
  modality?: EventRecord['modality'];
  background?: boolean;
  fatalities?: { low: number | null; best?: number | null; high: number | null };
}

/** A system event as the events stage would emit it, its evidence cut from `text`. */
export function systemEvent(text: string, spec: EventSpec): EventRecord {
  const place = spec.place ?? null;
  const hasTime = spec.date !== undefined || spec.start !== undefined || spec.end !== undefined;
  return {
    id: `ev_${spec.type}_${spec.evidence?.[0]?.length ?? 0}`,
    type: spec.type,
    actors: spec.actors ?? [],
    targets: spec.targets ?? [],
    location:
      place === null
        ? null
        : { name: place.name, canonical: place.name, lat: place.lat, lon: place.lon, precision: 1, uncertaintyKm: null, relative: null, admin: [], country: null, gazetteerId: null },
    time: hasTime ? { date: spec.date ?? null, start: spec.start ?? spec.date ?? null, end: spec.end ?? spec.date ?? null, precision: 'day', stated: null } : null,
    fatalities: { low: spec.fatalities?.low ?? null, best: spec.fatalities?.best ?? null, high: spec.fatalities?.high ?? null },
    modality: spec.modality ?? 'asserted',
    background: spec.background ?? false,
    attribution: null,
    control: null,
    evidence: (spec.evidence ?? []).map((q) => ({ ...spanOf(text, q), doc: 'test' })),
    confidence: 0.5,
    codes: { acled: null, plover: null, cameo: null },
  };
}

export function systemQuote(text: string, quote: string, speaker: string | null): QuoteRecord {
  return {
    id: `q_${quote.length}`,
    text: quote,
    direct: true,
    speaker: speaker === null ? null : { name: speaker, title: null, affiliation: null },
    evidence: text.includes(quote) ? spanOf(text, quote) : { start: 0, end: 0, quote: '' },
    cue: 'said',
  };
}

/** A gold file written in the test, validated as a real one would be. */
export function gold(json: Record<string, unknown>, file = 'test.gold.json'): GoldDocument {
  const { gold: parsed, problems } = parseGold({ format: 'sitrep-gold/1', document: 'test.txt', published: null, events: [], quotes: [], places: [], ...json }, file);
  assert.deepEqual(problems, []);
  assert.ok(parsed);
  return parsed;
}

/** A gold event with the fields every test needs; the rest as given. */
export function goldEvent(id: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { id, key: true, type: 'battle.clash', alt_types: [], actors: [], targets: [], place: null, lat: null, lon: null, modality: 'asserted', background: false, fatalities: null, ...fields };
}
