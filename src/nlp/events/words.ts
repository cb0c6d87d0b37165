/**
 * Closed word classes the argument rules test tokens against (by their
 * lower-cased `norm`). Wink's tagger calls "as"/"after" ADP and "IS" AUX, so
 * clause structure is read from these words rather than from POS alone.
 */

/** Words that open a subordinate or relative clause: an event's arguments do not cross them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after', 'before', 'while', 'whilst', 'because', 'although', 'though', 'since', 'until', 'unless',
  'if', 'when', 'whenever', 'where', 'whereas', 'which', 'who', 'whom', 'whose', 'that', 'but', 'once',
]);

/** Verbs that frame speech: the clause they govern is another's account, the frame itself no event. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'report', 'reports', 'reported',
  'reporting', 'announce', 'announced', 'announces', 'add', 'added', 'adds', 'state', 'stated', 'states',
  'according', 'confirm', 'confirmed', 'confirms', 'warn', 'warned', 'warns', 'believe', 'believes',
  'believed', 'suggest', 'suggests', 'suggested', 'insist', 'insisted', 'explain', 'explained', 'note',
  'noted', 'write', 'wrote', 'tweeted', 'posted', 'quoted', 'recalled', 'estimated', 'estimates',
]);

/** Prepositions after which an actor is the target of a nominal or verbal trigger. */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'on', 'at', 'upon', 'targeting', 'with']);

/** Prepositions that put an actor out of subject position ("the head of IS", "in Kurdish areas"). */
export const OBLIQUE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'into', 'from', 'with', 'for', 'to', 'at', 'on', 'near', 'through', 'towards', 'toward',
  'against', 'by', 'about', 'over', 'under', 'among', 'between', 'inside', 'outside', 'within', 'across',
  'around', 'behind', 'beyond', 'like', 'than', 'via', 'amid', 'despite', 'including', 'besides',
]);

/** Auxiliaries and adverbs that may stand between a subject and its verb. */
export const VERB_GROUP: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'having', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', "n't", 'also',
  'reportedly', 'allegedly', 'apparently', 'then', 'later', 'already', 'still', 'again', 'now', 'just',
  'yet', 'never', 'finally', 'themselves', 'himself', 'itself', 'get', 'got',
]);

/** Quotation marks as tokens; recovered `?` marks are known by offset from the `quote-mark` layer. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‘', '’']);

/** Punctuation that closes a clause outright. */
export const HARD_PUNCTUATION: ReadonlySet<string> = new Set([';', ':', '—', '–', '--', '|', '•']);

export function isVerbLike(pos: string): boolean {
  return pos === 'VERB' || pos === 'AUX';
}
