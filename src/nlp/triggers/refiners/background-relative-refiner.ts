import { cueSpan } from '../cues.js';
import { isRelative } from '../noun-phrases.js';
import type { Refiner } from './refiner.js';

const WHERE = new Set(['where', 'when']);

/**
 * "the militants, who had seized the town, …": a pluperfect in a relative
 * clause tells what happened before the story. A pluperfect in a main clause
 * is often reported speech about today ("said troops had entered") and is
 * left alone.
 */
export const backgroundRelativeRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  for (const c of candidates) {
    if (c.background || c.nominal) continue;
    let k = c.first - 1;
    while (k >= 0 && c.first - k <= 3 && tokens[k]!.norm !== 'had') k--;
    if (k < 0 || tokens[k]!.norm !== 'had') continue;
    const had = k;
    let r = had - 1;
    while (r >= 0 && had - r <= 4 && !isRelative(tokens[r]) && !WHERE.has(tokens[r]!.norm)) r--;
    if (r < 0 || had - r > 4) continue;
    c.background = true;
    c.backgroundCue = cueSpan(view, { first: had, end: had + 1 });
    c.rules.push('background/relative-pluperfect');
  }
  return candidates;
};
