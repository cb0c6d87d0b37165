import { FrameReader } from '../frame.js';
import type { Refiner } from './refiner.js';

/**
 * Reads the entry's frames: the first sense whose `when` holds and whose
 * `unless` does not decides the type ("captured" + a town is territory, +
 * a person an arrest); an entry-level `unless` (sport, business, medicine…)
 * or no sense holding drops the candidate. A sense that needed words before
 * the noun ("artillery and mortar" strikes) takes them into the span.
 */
export const senseRefiner: Refiner = (candidates, { view }) =>
  candidates.filter((c) => {
    const frame = new FrameReader(view, c);
    for (const [i, sense] of c.entry.senses.entries()) {
      if (!frame.all(sense.when) || frame.any(sense.unless) !== null) continue;
      // The entry's own `unless` lists are the longest: read them only for a sense that holds.
      if (sense.type === null || frame.any(c.entry.unless) !== null) return false;
      c.type = sense.type;
      c.altTypes = [...sense.altTypes];
      c.rules.push(`sense/${c.entry.id}#${i}`);
      const premod = sense.when.find(([key]) => key === 'premod');
      if (premod) {
        const at = frame.matchIndex('premod', premod[1]);
        if (at >= 0 && at < c.first) c.first = at;
      }
      return true;
    }
    return false;
  });
