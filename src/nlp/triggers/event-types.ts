/** The event types of DESIGN.md §3: `family.kind`, the family being what scoring compares first. */
export const EVENT_TYPES = [
  'battle.clash',
  'battle.territory',
  'battle.withdrawal',
  'remote.airstrike',
  'remote.shelling',
  'remote.explosive',
  'remote.suicide',
  'violence.attack',
  'violence.abduction',
  'violence.sexual',
  'strategic.displacement',
  'strategic.fortification',
  'strategic.destruction',
  'strategic.arrest',
  'strategic.agreement',
  'strategic.other',
  'statement.threat',
  'statement.demand',
  'statement.accusation',
  'statement.claim',
  'statement.denial',
  'protest.peaceful',
  'protest.riot',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const KNOWN: ReadonlySet<string> = new Set(EVENT_TYPES);

export function isEventType(value: string): value is EventType {
  return KNOWN.has(value);
}

/** 'battle' of 'battle.territory'. */
export function familyOf(type: string): string {
  const dot = type.indexOf('.');
  return dot < 0 ? type : type.slice(0, dot);
}

/** Families of armed violence: what must never be found in a story about sport, business or science. */
export const VIOLENT_FAMILIES: ReadonlySet<string> = new Set(['battle', 'remote', 'violence']);
