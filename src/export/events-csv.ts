import type { EventRecord } from '../core/records.js';
import { csvRow } from './csv.js';

/**
 * Columns close to ACLED's export so analysts can load the file into the same
 * sheets, followed by sitrep's own fields (modality, evidence, document).
 */
export const EVENT_CSV_COLUMNS = [
  'event_id',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'acled_code',
  'plover_code',
  'cameo_code',
  'actor1',
  'actor1_side',
  'actor2',
  'actor2_side',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'uncertainty_km',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'modality',
  'background',
  'source',
  'evidence',
  'document',
] as const;

export interface EventRow {
  event: EventRecord;
  source: string | null;
}

export function eventsCsvHeader(): string {
  return csvRow(EVENT_CSV_COLUMNS);
}

export function eventCsvRow({ event: e, source }: EventRow): string {
  const date = e.time?.date ?? e.time?.start ?? null;
  const admin = e.location?.admin ?? [];
  // admin is ordered from the place outwards, ending with the country.
  const admin1 = admin.length >= 2 ? admin[admin.length - 2] : null;
  const admin2 = admin.length >= 3 ? admin[admin.length - 3] : null;
  const firstEvidence = e.evidence[0];
  return csvRow([
    e.id,
    date,
    date?.slice(0, 4) ?? null,
    e.time?.precision ?? null,
    e.type,
    e.codes.acled,
    e.codes.plover,
    e.codes.cameo,
    e.actors.map((a) => a.canonical ?? a.name).join('; '),
    e.actors.map((a) => a.side ?? '').join('; '),
    e.targets.map((a) => a.canonical ?? a.name).join('; '),
    e.targets.map((a) => a.side ?? '').join('; '),
    e.location?.country ?? null,
    admin1,
    admin2,
    e.location?.canonical ?? e.location?.name ?? null,
    e.location?.lat ?? null,
    e.location?.lon ?? null,
    e.location?.precision ?? null,
    e.location?.uncertaintyKm ?? null,
    e.fatalities.best ?? e.fatalities.low ?? null,
    e.fatalities.low,
    e.fatalities.high,
    e.modality,
    e.background,
    source,
    firstEvidence?.quote ?? null,
    firstEvidence?.doc ?? null,
  ]);
}
