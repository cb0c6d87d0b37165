/**
 * The doer of an active verb, or of an event noun governed by a verb
 * ("launched an assault"), is the nearest actor before it that no preposition
 * governs. A verb coordinated with an earlier one ("broke through IS defences
 * and reached…") shares that verb's subject, so the actors in between are
 * passed over. With no subject in the clause, a relative clause takes its
 * antecedent ("militants who attacked…"), and a participle or a clause after
 * a helper phrase ("…, helped by Russian air raids, seized…") takes the
 * subject of the sentence.
 */
import {
  coordinated,
  governingPreposition,
  mentionEnding,
  mentionStarting,
  verbBetween,
  type ActorMention,
  type RoleFind,
} from './mentions.js';
import { overlapsHead, type RoleInput } from './role-input.js';
import { VERB_GROUP } from '../words.js';

const RELATIVE = new Set(['who', 'which', 'that', 'whom']);

export function subject(input: RoleInput): RoleFind | null {
  const { clause, kinds } = input;
  const tokens = clause.sentence.tokens;
  const anchor = input.verbal ? clause.head.from : governingVerb(input);
  if (anchor < 0) {
    const main = circumstance(input);
    return main ? { mentions: withPartners(input, main), rule: 'actor/circumstance', strength: 0.6 } : null;
  }
  const coordinatedVerb = isCoordinated(input, anchor);
  let verbPassed = false;
  for (let i = anchor - 1; i >= clause.from; i--) {
    if (kinds[i] === 'verb' && !VERB_GROUP.has(tokens[i]?.norm ?? '')) verbPassed = true;
    const m = mentionEnding(input.mentions, i + 1);
    if (!m || overlapsHead(input, m) || m.from < clause.from) continue;
    if (governingPreposition(clause.sentence, m) !== null) continue;
    if (coordinatedVerb && !verbPassed) continue;
    return { mentions: withPartners(input, m), rule: 'actor/subject', strength: 0.8 };
  }
  const antecedent = relativeAntecedent(input);
  if (antecedent) return { mentions: [antecedent], rule: 'actor/relative', strength: 0.7 };
  const main = sentenceSubject(input);
  return main ? { mentions: withPartners(input, main), rule: 'actor/sentence-subject', strength: 0.6 } : null;
}

/** The verb that governs an event noun: "launched an assault", "carried out air strikes". */
function governingVerb(input: RoleInput): number {
  const { clause, kinds } = input;
  const tokens = clause.sentence.tokens;
  for (let i = clause.head.from - 1; i >= clause.from && i >= clause.head.from - 4; i--) {
    const t = tokens[i];
    if (!t) break;
    if (kinds[i] === 'verb' && !VERB_GROUP.has(t.norm)) return i;
    if (!['DET', 'ADJ', 'NUM', 'ADV', 'ADP', 'PART'].includes(t.pos) && !VERB_GROUP.has(t.norm)) break;
  }
  return -1;
}

/**
 * "fired rockets at militants during clashes", "were killed amid fighting":
 * the clause's subject takes part in the fight its circumstance names.
 */
function circumstance(input: RoleInput): ActorMention | undefined {
  const { clause, kinds } = input;
  const tokens = clause.sentence.tokens;
  if (!CIRCUMSTANCE.has(tokens[clause.head.from - 1]?.norm ?? '')) return undefined;
  for (let i = clause.from; i < clause.head.from; i++) {
    if (kinds[i] === 'verb' && !VERB_GROUP.has(tokens[i]?.norm ?? '')) return undefined;
    const m = mentionStarting(input.mentions, i);
    if (m && governingPreposition(clause.sentence, m) === null) return m;
  }
  return undefined;
}

const CIRCUMSTANCE = new Set(['during', 'amid', 'in', 'after']);

function isCoordinated(input: RoleInput, anchor: number): boolean {
  const tokens = input.clause.sentence.tokens;
  for (let i = anchor - 1; i >= input.clause.from; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.norm === 'and' || t.norm === 'or') return true;
    if (!VERB_GROUP.has(t.norm) && t.pos !== 'ADV') return false;
  }
  return false;
}

/** The whole coordination a subject belongs to: "Iraqi forces and allied Kurdish troops". */
function withPartners(input: RoleInput, m: ActorMention): ActorMention[] {
  const first = input.mentions.find((x) => x.from < m.from && coordinated(input.clause.sentence, input.mentions, x).includes(m));
  return coordinated(input.clause.sentence, input.mentions, first ?? m);
}

function relativeAntecedent(input: RoleInput): ActorMention | undefined {
  const { clause } = input;
  const opener = clause.sentence.tokens[clause.opener];
  if (!opener || !RELATIVE.has(opener.norm)) return undefined;
  const before = clause.sentence.tokens[clause.opener - 1]?.quote === ',' ? clause.opener - 1 : clause.opener;
  return mentionEnding(input.mentions, before);
}

/**
 * The subject of the sentence's first verb, for a clause that has none of its
 * own, unless a reporting frame, quotation or subordinate clause lies between.
 */
function sentenceSubject(input: RoleInput): ActorMention | undefined {
  const { clause, kinds } = input;
  const tokens = clause.sentence.tokens;
  // A relative clause has its antecedent for subject, never the sentence's.
  if (clause.opener >= 0) return undefined;
  const participle = input.verbal && /(?:ing|ed)$/.test(tokens[clause.head.from]?.norm ?? '');
  const afterComma = tokens[clause.from - 1]?.quote === ',' || tokens[clause.from - 1]?.norm === 'and';
  if (!afterComma && !participle) return undefined;
  for (let i = 0; i < clause.from; i++) {
    const k = kinds[i];
    if (k === 'report' || k === 'quote' || k === 'opener') return undefined;
    if (k === 'verb' && !VERB_GROUP.has(tokens[i]?.norm ?? '')) return undefined;
    const m = mentionStarting(input.mentions, i);
    if (!m) continue;
    if (governingPreposition(clause.sentence, m) !== null) {
      i = m.to - 1;
      continue;
    }
    return verbBetween(clause.sentence, kinds, m.to, clause.from) || afterComma ? m : undefined;
  }
  return undefined;
}
