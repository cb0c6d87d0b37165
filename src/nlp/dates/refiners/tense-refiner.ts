import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { FUTURE_TAG, taggedKind } from '../result-tags.js';
import { readsAsFuture } from '../tense.js';

/** Words inside the date itself that point forward. */
const FORWARD = /\b(?:next|tomorrow|later\s+this|from\s+now|coming)\b/i;

/** "in April and May", "on Monday or Tuesday": dates joined like this share one verb. */
const JOINED = /^\s*(?:,|,?\s*(?:and|or))\s*$/i;

/** Marks dates whose clause reads as future, for the weekday and year refiners and the `future` attribute. */
export class TenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // A start bound looks back whatever the verb: "the worst defeat since July 2015" is no future July.
    const since = results.map((r) => taggedKind(r) === 'since');
    const future = results.map(
      (r, i) => !since[i] && (FORWARD.test(r.text) || readsAsFuture(context.text, r.index, r.index + r.text.length)),
    );
    for (let i = 1; i < results.length; i++) {
      const prev = results[i - 1]!;
      const between = context.text.slice(prev.index + prev.text.length, results[i]!.index);
      if (JOINED.test(between) && !since[i - 1] && !since[i] && (future[i - 1] || future[i])) {
        future[i - 1] = future[i] = true;
      }
    }
    results.forEach((r, i) => {
      if (future[i]) r.addTag(FUTURE_TAG);
    });
    return results;
  }
}
