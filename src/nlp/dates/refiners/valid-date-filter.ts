import type { ParsingResult, Refiner } from 'chrono-node';

/**
 * Stands in for chrono's UnlikelyFormatFilter, which also drops every
 * all-digit result and so every year ("in 2014"); our year parser decides
 * from context when four digits are a year. Impossible dates still go.
 */
export class ValidDateFilter implements Refiner {
  refine(_context: unknown, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => r.start.isValidDate() && (!r.end || r.end.isValidDate()));
  }
}
