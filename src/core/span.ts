/**
 * A half-open `[start, end)` range of UTF-16 code units in a document's text,
 * carrying the text it covers so every consumer can check what it points at.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export class SpanError extends Error {
  override name = 'SpanError';
}

export function isValidRange(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

/** Builds a span over `text`; rejects ranges outside the text instead of clamping them. */
export function spanOf(text: string, start: number, end: number): Span {
  if (!isValidRange(text, start, end)) {
    throw new SpanError(`span [${start}, ${end}) is outside a text of ${text.length} characters`);
  }
  return { start, end, quote: text.slice(start, end) };
}

/** True when `span.quote` is exactly the text it claims to cover. */
export function spanAgrees(text: string, span: Span): boolean {
  return isValidRange(text, span.start, span.end) && text.slice(span.start, span.end) === span.quote;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
