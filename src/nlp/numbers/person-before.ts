/** Finds who an apposed age belongs to: "Emad Hassan, 33," or "a farmer, 45,". */
import type { RangeRef } from '../structure/layers.js';

const PARTICLE = '(?:al|el|ad|as|ash|at|az|ez)-[\\p{L}\'’-]+';
const CAPITAL = "\\p{Lu}[\\p{L}'’.-]*";
const NAME_AT_END = new RegExp(
  `(?:${CAPITAL}|${PARTICLE})(?:[ \\u00a0]+(?:${CAPITAL}|${PARTICLE}|bin|ibn|abu|de|da|van|von|der|la|le|di|du)(?=[ \\u00a0]|$))*$`,
  'u',
);
const PERSON_NOUN_AT_END =
  /\b(?:man|woman|boy|girl|son|daughter|father|mother|husband|wife|brother|sister|farmer|teacher|student|soldier|driver|resident|doctor|nurse|policeman|journalist|activist|fighter|shepherd|worker|engineer|nephew|niece|child|grandmother|grandfather|mechanic|trader|shopkeeper|widow)$/;
/** Capitalised words that are not names of people: days, months, sentence-initial function words. */
const NOT_A_NAME = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'In', 'On', 'At', 'By',
  'Of', 'The', 'And', 'But', 'Since', 'From', 'After', 'Before', 'Meanwhile', 'However', 'Also',
]);

/** The name or person noun ending right before the comma at `comma`, or null. */
export function personBefore(text: string, comma: number): RangeRef | null {
  const from = Math.max(0, comma - 80);
  const tail = text.slice(from, comma);
  const name = NAME_AT_END.exec(tail);
  if (name) {
    const last = name[0].split(/[ \u00a0]+/).pop() ?? '';
    if (NOT_A_NAME.has(last)) return null;
    return { start: from + name.index, end: comma };
  }
  const noun = PERSON_NOUN_AT_END.exec(tail);
  return noun ? { start: from + noun.index, end: comma } : null;
}
