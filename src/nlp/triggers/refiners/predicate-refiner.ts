import type { Candidate } from '../candidate.js';
import { familyOf } from '../event-types.js';
import { isRelative, subjectOf } from '../noun-phrases.js';
import { isHardBoundary } from '../cues.js';
import type { Refiner } from './refiner.js';

const MEANS_FAMILIES = new Set(['remote', 'violence', 'battle', 'protest']);
/** What a happening does to its targets; taking or leaving ground is a happening of its own. */
const PREDICATE_TYPES = new Set([
  'remote.airstrike', 'remote.shelling', 'remote.explosive', 'remote.suicide', 'violence.attack', 'battle.clash', 'strategic.destruction',
]);
const LINK = new Set(['in', 'by', 'during', 'from', 'when', 'with']);

function isMeans(c: Candidate): boolean {
  return c.nominal && c.type !== null && MEANS_FAMILIES.has(familyOf(c.type));
}

function isPredicate(c: Candidate): boolean {
  return !c.nominal && c.type !== null && PREDICATE_TYPES.has(c.type);
}

/**
 * One happening, one trigger: a verb whose subject is an event noun ("Bombs
 * killed …", "A car bomb exploded near a checkpoint, killing five", "The
 * attack targeted pilgrims") or a passive verb followed by one ("were killed
 * in a double suicide attack") only says what that happening did. The verb is
 * dropped and its type kept among the noun's alternatives.
 */
export const predicateRefiner: Refiner = (candidates, { view }) => {
  const tokens = view.tokens;
  const dropped = new Set<Candidate>();
  const sorted = [...candidates].sort((a, b) => a.first - b.first);
  for (const c of sorted) {
    if (!isPredicate(c)) continue;
    const means = meansBefore(c) ?? (c.voice === 'passive' ? meansAfter(c) : null);
    if (!means) continue;
    dropped.add(c);
    if (c.type && c.type !== means.type && !means.altTypes.includes(c.type)) means.altTypes.push(c.type);
    means.rules.push(`predicate/${c.entry.id}`);
  }
  return candidates.filter((c) => !dropped.has(c));

  function meansBefore(c: Candidate): Candidate | null {
    const subject = subjectOf(tokens, c.first);
    if (subject) return candidates.find((m) => m !== c && isMeans(m) && m.first <= subject.head && subject.head < m.end) ?? null;
    // A finite verb without a subject shares one only through "and"; a participle ("…, killing five") follows its clause.
    if (!/ing$/.test(tokens[c.first]!.norm) && tokens[c.first - 1]?.norm !== 'and') return null;
    for (let k = c.first - 1; k >= 0; k--) {
      const t = tokens[k]!;
      const m = candidates.find((x) => x !== c && isMeans(x) && x.end - 1 === k);
      if (m) return m;
      if (isHardBoundary(t) || t.pos === 'SCONJ' || isRelative(t)) return null;
      if (t.pos === 'VERB' && !candidates.some((x) => dropped.has(x) && x.first <= k && k < x.end)) return null;
    }
    return null;
  }

  function meansAfter(c: Candidate): Candidate | null {
    for (let k = c.end; k < Math.min(tokens.length, c.end + 6); k++) {
      const t = tokens[k]!;
      if (!LINK.has(t.norm)) {
        if (t.pos === 'VERB' || isHardBoundary(t)) return null;
        continue;
      }
      return candidates.find((m) => isMeans(m) && m.first > k && m.first <= k + 4) ?? null;
    }
    return null;
  }
};
