import type { EventRecord } from '../core/records.js';
import { emptyFields, type EventCounts } from './counts.js';
import { EVENT_FIELDS, fieldResults, placeErrorKm, type EventField } from './event-fields.js';
import type { EvalProblem, GoldDocument, GoldEvent } from './gold-types.js';
import { locateSnippet } from './locate.js';
import { matchEvents, type LocatedGoldEvent } from './match-events.js';

export interface EventMiss {
  id: string;
  type: string;
  place: string | null;
  quote: string;
}

export interface EventFalsePositive {
  kind: 'duplicate' | 'background' | 'unmatched';
  /** The gold event it duplicates or misreports as current. */
  gold: string | null;
  type: string;
  place: string | null;
  date: string | null;
  quote: string;
}

export interface FieldError {
  id: string;
  field: EventField;
  gold: string;
  system: string;
}

export interface EventScore {
  counts: EventCounts;
  misses: EventMiss[];
  falsePositives: EventFalsePositive[];
  fieldErrors: FieldError[];
  problems: EvalProblem[];
}

/** Fields listed in details; the 1 km and 25 km checks only shade the 5 km one. */
const LISTED_FIELDS: ReadonlySet<EventField> = new Set(EVENT_FIELDS.filter((f) => f !== 'place1' && f !== 'place25'));

/** Scores a document's system events against its gold events (FORMAT.md, "Matching"). */
export function scoreEvents(gold: GoldDocument, events: readonly EventRecord[], text: string): EventScore {
  const problems: EvalProblem[] = [];
  const located = gold.events.map((g, i): LocatedGoldEvent => {
    const found = locateSnippet(g.evidence, text);
    if (found.ok) return { gold: g, ranges: found.ranges, quote: found.quote };
    const field = g.evidence.span === null ? 'evidence' : 'evidence_span';
    problems.push({ file: gold.file, at: `events[${i}] (${g.id}).${field}`, reason: found.reason, severity: 'error' });
    return { gold: g, ranges: [], quote: g.evidence.text ?? '' };
  });
  const matching = matchEvents(located, events);
  const counts: EventCounts = {
    gold: gold.events.length,
    key: gold.events.filter((g) => g.key).length,
    system: events.length,
    matched: 0,
    acceptable: 0,
    duplicates: 0,
    background: 0,
    unmatched: 0,
    fields: emptyFields(),
  };
  const falsePositives: EventFalsePositive[] = [];
  for (const [s, outcome] of matching.system.entries()) {
    const event = events[s];
    if (event === undefined) continue;
    const goldId = outcome.kind === 'unmatched' ? null : (gold.events[outcome.gold]?.id ?? null);
    switch (outcome.kind) {
      case 'matched':
        counts.matched += 1;
        break;
      case 'acceptable':
        counts.acceptable += 1;
        break;
      case 'duplicate':
        counts.duplicates += 1;
        falsePositives.push(falsePositive(event, outcome.kind, goldId));
        break;
      case 'background':
        counts.background += 1;
        falsePositives.push(falsePositive(event, outcome.kind, goldId));
        break;
      case 'unmatched':
        counts.unmatched += 1;
        falsePositives.push(falsePositive(event, outcome.kind, null));
    }
  }
  const misses: EventMiss[] = [];
  const fieldErrors: FieldError[] = [];
  for (const [g, { gold: ge, quote }] of located.entries()) {
    if (!ge.key) continue;
    const s = matching.gold[g] ?? null;
    const event = s === null ? undefined : events[s];
    if (event === undefined) {
      misses.push({ id: ge.id, type: ge.type, place: ge.place, quote });
      continue;
    }
    const results = fieldResults(ge, event);
    for (const field of EVENT_FIELDS) {
      const ok = results[field];
      if (ok === null) continue;
      counts.fields[field].total += 1;
      if (ok) counts.fields[field].correct += 1;
      else if (LISTED_FIELDS.has(field)) fieldErrors.push({ id: ge.id, field, gold: goldValue(ge, field), system: systemValue(ge, event, field) });
    }
  }
  return { counts, misses, falsePositives, fieldErrors, problems };
}

function falsePositive(event: EventRecord, kind: EventFalsePositive['kind'], gold: string | null): EventFalsePositive {
  return {
    kind,
    gold,
    type: event.type,
    place: event.location?.name ?? event.location?.canonical ?? null,
    date: dateText(event),
    quote: event.evidence.map((e) => e.quote).join(' … '),
  };
}

function goldValue(g: GoldEvent, field: EventField): string {
  switch (field) {
    case 'type':
      return [g.type, ...g.altTypes].join(' | ');
    case 'place1':
    case 'place':
    case 'place25':
      return `${g.place ?? '?'} (${g.lat}, ${g.lon})`;
    case 'date':
      return g.dateRange === null ? (g.date ?? 'none') : `${g.dateRange[0]}..${g.dateRange[1]}`;
    case 'actors':
    case 'targets':
      return g[field].map((aliases) => aliases[0]).join('; ') || 'none';
    case 'modality':
      return [g.modality, ...g.altModality].join(' | ');
    case 'fatalities':
      return g.fatalities === null ? 'none' : `${g.fatalities.low ?? '?'}-${g.fatalities.high ?? '?'}`;
    case 'background':
      return String(g.background);
  }
}

function systemValue(g: GoldEvent, e: EventRecord, field: EventField): string {
  switch (field) {
    case 'type':
      return e.type;
    case 'place1':
    case 'place':
    case 'place25': {
      const loc = e.location;
      if (loc === null || loc.lat === null || loc.lon === null) return `${loc?.name ?? 'none'} (no coordinates)`;
      return `${loc.name ?? loc.canonical ?? '?'} (${loc.lat}, ${loc.lon}), ${placeErrorKm(g, e)?.toFixed(1)} km off`;
    }
    case 'date':
      return dateText(e) ?? 'none';
    case 'actors':
    case 'targets':
      return e[field].map((a) => (a.canonical !== null && a.canonical !== a.name ? `${a.name} (${a.canonical})` : a.name)).join('; ') || 'none';
    case 'modality':
      return e.modality;
    case 'fatalities': {
      const f = e.fatalities;
      return f.low === null && f.high === null && f.best === null ? 'none' : `${f.low ?? '?'}-${f.high ?? '?'} (best ${f.best ?? '?'})`;
    }
    case 'background':
      return String(e.background);
  }
}

function dateText(e: EventRecord): string | null {
  const t = e.time;
  if (t === null) return null;
  if (t.date !== null) return t.date;
  return t.start === null && t.end === null ? null : `${t.start ?? '?'}..${t.end ?? '?'}`;
}
