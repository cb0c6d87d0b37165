/**
 * Reads where a distance points: "22km east of Mosul" (bearing E, anchor
 * Mosul), "800 metres from Karama" (a ring around Karama), "10 kilometres
 * from the city centre" (anchor "city centre"), "30 km south" (bearing only).
 */
import type { RangeRef } from '../../structure/layers.js';
import type { Direction } from '../layers.js';
import type { Refiner } from '../parser.js';
import { wordsFrom } from '../text-context.js';

const BEARING =
  /^\s+(?:to\s+the\s+)?(?:(north|south)[-\s]?(east|west)|(north|south|east|west))(?:wards?)?\b(?:\s+(?:of|from)\s+)?/i;
const RING = /^\s+(?:away\s+)?(?:from|outside(?:\s+of)?|short\s+of|off)\s+/i;
const WITHIN_OF = /^\s+of\s+/i;
const THE = /^the\s+/i;

const STOP = new Set([
  'on', 'in', 'at', 'to', 'and', 'or', 'but', 'where', 'which', 'who', 'that', 'when', 'after', 'before', 'as', 'with',
  'by', 'for', 'according', 'said', 'while', 'since', 'during', 'near', 'toward', 'towards', 'into', 'across', 'under',
  'over', 'than', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'from', 'of',
]);
const PARTICLE = /^(?:(?:al|el|ad|as|ash|at|az|ez|an|ed|ul)-|(?:al|el|ez|az|bin|ibn|abu|bani|de|di|du|la|le)$)/i;
const CAPITAL = /^\p{Lu}/u;
/** A common noun that completes a name: "the Turkish border", "the Karama district". */
const PLACE_NOUN =
  /^(?:border|frontier|city|town|village|district|neighbou?rhood|province|governorate|region|camp|base|airport|air\s?base|river|dam|crossing|bridge|coast|highway|road|checkpoint|refinery|port|valley|mountains?|lake)$/i;

function direction(m: RegExpExecArray): Direction {
  const initial = (s: string | undefined) => s?.[0]?.toUpperCase() ?? '';
  return (m[3] !== undefined ? initial(m[3]) : initial(m[1]) + initial(m[2])) as Direction;
}

/** The place named at `i`: a run of capitalised words if there is one in the next few, else a short common noun phrase. */
function anchorAt(text: string, i: number): RangeRef | null {
  const the = THE.exec(text.slice(i, i + 4));
  const words = wordsFrom(text, i + (the ? the[0].length : 0), 6);
  const cut = words.findIndex((w) => STOP.has(w.text.toLowerCase()));
  const phrase = cut < 0 ? words : words.slice(0, cut);
  const first = phrase.findIndex((w) => CAPITAL.test(w.text));
  if (first >= 0) {
    let last = first;
    while (last + 1 < phrase.length && (CAPITAL.test(phrase[last + 1]?.text ?? '') || PARTICLE.test(phrase[last + 1]?.text ?? ''))) last++;
    while (last > first && PARTICLE.test(phrase[last]?.text ?? '') && !phrase[last]?.text.includes('-')) last--;
    if (PLACE_NOUN.test(phrase[last + 1]?.text ?? '')) last++;
    return span(phrase[first], phrase[last]);
  }
  return phrase.length > 0 && phrase.length <= 3 ? span(phrase[0], phrase[phrase.length - 1]) : null;
}

function span(a: { start: number } | undefined, b: { end: number; text: string } | undefined): RangeRef | null {
  if (!a || !b) return null;
  const end = b.text.endsWith("'s") || b.text.endsWith('’s') ? b.end - 2 : b.end;
  return { start: a.start, end };
}

export const relativePlaceRefiner: Refiner = (readings, { text }) => {
  for (const r of readings) {
    if (r.kind !== 'distance') continue;
    const after = text.slice(r.end, r.end + 40);
    const bearing = BEARING.exec(after);
    if (bearing) {
      r.direction = direction(bearing);
      if (/(?:of|from)\s+$/i.test(bearing[0])) r.anchor = anchorAt(text, r.end + bearing[0].length);
      continue;
    }
    const ring = RING.exec(after) ?? (r.approx === 'at-most' ? WITHIN_OF.exec(after) : null);
    if (ring) r.anchor = anchorAt(text, r.end + ring[0].length);
  }
  return readings;
};
