/**
 * Verbs that report speech ("said", "told", "warned"), keyed by the written
 * form (lower case), with what each can introduce. The people stage reads it
 * to rank a speaker above other mentions; the quotes stage to find cues.
 */
export interface Cue {
  /** Base form: "say" for "said", "says", "saying". */
  lemma: string;
  /**
   * Introduces what was said as a clause ("said (that) …", "warned …"):
   * reported speech. The others name or label something in the speaker's
   * words ("called the incident “sad”") and cue only a quoted fragment.
   */
  clause: boolean;
  /** An -ing form after a comma: its subject is the clause's subject ("…, saying …"). */
  participle: boolean;
}

const CLAUSE_VERBS: Record<string, string> = {
  say: 'say said says saying',
  tell: 'tell told tells telling',
  add: 'add added adds adding',
  state: 'stated states stating',
  explain: 'explained explains explaining',
  note: 'noted notes noting',
  insist: 'insisted insists insisting',
  claim: 'claimed claims claiming',
  confirm: 'confirmed confirms confirming',
  deny: 'denied denies denying',
  announce: 'announced announces announcing',
  warn: 'warned warns warning',
  stress: 'stressed stresses stressing',
  emphasise: 'emphasised emphasized emphasises emphasizes emphasising emphasizing',
  argue: 'argued argues arguing',
  acknowledge: 'acknowledged acknowledges acknowledging',
  admit: 'admitted admits admitting',
  report: 'reported reports reporting',
  write: 'wrote writes writing',
  tweet: 'tweeted tweets tweeting',
  post: 'posted',
  ask: 'asked asks asking',
  reply: 'replied replies replying',
  respond: 'responded',
  continue: 'continued',
  recall: 'recalled recalls recalling',
  reiterate: 'reiterated reiterates reiterating',
  predict: 'predicted predicts predicting',
  estimate: 'estimated estimates estimating',
  allege: 'alleged alleges alleging',
  accuse: 'accused accuses accusing',
  vow: 'vowed vows vowing',
  pledge: 'pledged pledges pledging',
  promise: 'promised promises promising',
  threaten: 'threatened threatens threatening',
  urge: 'urged urges urging',
  caution: 'cautioned cautions cautioning',
  disclose: 'disclosed discloses',
  reveal: 'revealed reveals',
  shout: 'shouted shouts shouting',
  cry: 'cried',
  scream: 'screamed',
  whisper: 'whispered',
  testify: 'testified testifies',
  complain: 'complained complains complaining',
  lament: 'lamented laments',
  concede: 'conceded concedes',
  believe: 'believes',
  suggest: 'suggested suggests',
  quote: 'quoted quotes quoting',
};

const NAMING_VERBS: Record<string, string> = {
  call: 'called calls calling',
  describe: 'described describes describing',
  brand: 'branded brands branding',
  term: 'termed terms terming',
  label: 'labelled labeled labels labelling labeling',
  condemn: 'condemned condemns condemning',
};

function build(): Map<string, Cue> {
  const cues = new Map<string, Cue>();
  const add = (verbs: Record<string, string>, clause: boolean): void => {
    for (const [lemma, forms] of Object.entries(verbs)) {
      for (const form of forms.split(' ')) cues.set(form, { lemma, clause, participle: form.endsWith('ing') });
    }
  };
  add(NAMING_VERBS, false);
  add(CLAUSE_VERBS, true);
  return cues;
}

export const CUES: ReadonlyMap<string, Cue> = build();

/** Two-word cues, by their first word: "made clear". */
const PHRASAL = new Map<string, { second: string; cue: Cue }>(
  ['make', 'made', 'makes', 'making'].map((form) => [form, { second: 'clear', cue: { lemma: 'make clear', clause: true, participle: form === 'making' } }]),
);

/** The two-word cue starting with `first` when `second` completes it. */
export function phrasalCue(first: string, second: string | undefined): Cue | undefined {
  const p = PHRASAL.get(first);
  return p && p.second === second ? p.cue : undefined;
}

const STARTS = new Set([...CUES.keys(), ...PHRASAL.keys(), 'according']);

/** True when a word with this key may start a cue, "according to" included (one lookup, for scanning every word). */
export function mayCue(key: string): boolean {
  return STARTS.has(key);
}

/** Forms of "be" that make a following participle passive ("was told", "is said to"). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** The cue a lower-case word is, or undefined. */
export function cueOf(lower: string): Cue | undefined {
  return CUES.get(lower);
}
