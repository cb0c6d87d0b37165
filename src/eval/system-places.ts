/**
 * The place mentions of an extract record, read leniently: the geocode stage
 * fills `places` with `{name, lat, lon, evidence: {start, end, quote}}`, and a
 * record missing a field (an unresolved mention has no coordinates) is still
 * scored on what it has.
 */
export interface SystemPlace {
  name: string | null;
  lat: number | null;
  lon: number | null;
  start: number | null;
  end: number | null;
}

export function systemPlaces(places: readonly unknown[]): SystemPlace[] {
  return places.filter(isObject).map((p) => {
    const evidence = isObject(p.evidence) ? p.evidence : {};
    const start = wholeNumber(evidence.start);
    const end = wholeNumber(evidence.end);
    const spanOk = start !== null && end !== null && start < end;
    const lat = finite(p.lat);
    const lon = finite(p.lon);
    const located = lat !== null && lon !== null;
    return {
      name: typeof p.name === 'string' ? p.name : null,
      lat: located ? lat : null,
      lon: located ? lon : null,
      start: spanOk ? start : null,
      end: spanOk ? end : null,
    };
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function wholeNumber(v: unknown): number | null {
  return Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null;
}
