/**
 * Diagnostics are data: stages and ingest record them on the document instead of
 * throwing, so one bad document never stops a batch and every problem has a place.
 */
export type Severity = 'fatal' | 'error' | 'warning' | 'info';

export interface Message {
  readonly reason: string;
  /** Stable identifier of the rule or check, e.g. `ingest/invalid-utf8`. */
  readonly ruleId: string;
  /** The stage (or `ingest`, `pipeline`) that raised it. */
  readonly stage: string;
  readonly severity: Severity;
  readonly start: number | null;
  readonly end: number | null;
}

export interface MessageInput {
  reason: string;
  ruleId: string;
  severity?: Severity;
  start?: number | null;
  end?: number | null;
}

export function message(stage: string, input: MessageInput): Message {
  return {
    reason: input.reason,
    ruleId: input.ruleId,
    stage,
    severity: input.severity ?? 'warning',
    start: input.start ?? null,
    end: input.end ?? null,
  };
}

export function isFailure(m: Message): boolean {
  return m.severity === 'fatal' || m.severity === 'error';
}
