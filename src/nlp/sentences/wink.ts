import { createRequire } from 'node:module';
import type { Model } from 'wink-eng-lite-web-model';
import type { WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);

/** What this stage reads from wink for one stretch of text. */
export interface WinkAnalysis {
  values: string[];
  pos: string[];
  /** Inclusive `[first, last]` token indices of each sentence wink found. */
  sentences: [number, number][];
}

/** The parts of wink's in-memory model that grow as it reads (its `core()` result). */
interface Feature {
  list: string[];
  /** Wink reads an `undefined` entry as an absent word, as it does a missing key. */
  hash: Record<string, number | undefined>;
}
interface Core {
  features: Record<string, Feature>;
}
interface WinkModel extends Model {
  core(): Core;
  metaCER(): unknown;
}

/**
 * Wink adds every new word to its lexicon and later reads text differently
 * because of it: after "Saturday's." it no longer splits "Saturday's vote" into
 * "Saturday" + "'s". To keep the stage a function of the document alone, the
 * words one document added are forgotten before the next is read. Wink's
 * lists only grow (it indexes into them), so the instance is rebuilt before
 * the lexicon holds too many forgotten words, or a prefix, suffix or shape
 * table (interned strings, read back as strings) outgrows the bits wink packs
 * its index into.
 */
const CAPACITY: readonly [string, number][] = [
  ['lexeme', 1_500_000],
  ['prefix', 7_000],
  ['suffix', 500_000],
  ['shape', 14_000],
];

interface Instance {
  nlp: WinkMethods;
  /** Each table of CAPACITY, in its order. */
  features: Feature[];
  lexeme: Feature;
}

let current: Instance | null = null;
let metaCER: unknown;

/** Loads the model (~0.5 s) on first use; computes only sentence boundaries and part of speech. */
function create(): Instance {
  const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
  const model = require('wink-eng-lite-web-model') as WinkModel;
  // The model's metaCER() re-stringifies its own result on every call, doubling
  // it per instance; one result serves every instance.
  metaCER ??= model.metaCER();
  let core: Core | null = null;
  const capturing: WinkModel = {
    ...model,
    core: () => {
      core = model.core();
      return core;
    },
    metaCER: () => metaCER,
  };
  const nlp = winkNLP(capturing, ['sbd', 'pos']);
  const features = CAPACITY.map(([name]) => {
    const feature = (core as Core | null)?.features[name];
    if (feature === undefined) throw new Error(`wink model has no '${name}' feature: the installed wink-eng-lite-web-model is not the one this code was written for`);
    return feature;
  });
  return { nlp, features, lexeme: features[0] as Feature };
}

function outgrown(instance: Instance): boolean {
  return instance.features.some((feature, i) => feature.list.length > (CAPACITY[i]?.[1] ?? 0));
}

/**
 * Analyses the stretches of one document, each on its own, in order. Words
 * added by earlier stretches of the same document are kept, as wink would keep
 * them reading the document whole, and forgotten afterwards.
 */
export function analyseAll(texts: readonly string[]): WinkAnalysis[] {
  if (current === null || outgrown(current)) current = create();
  const { nlp, lexeme } = current;
  const mark = lexeme.list.length;
  try {
    return texts.map((text) => {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      return {
        values: tokens.out(nlp.its.value) as string[],
        pos: tokens.out(nlp.its.pos) as string[],
        sentences: doc.sentences().out(nlp.its.span) as unknown as [number, number][],
      };
    });
  } finally {
    // Cleared rather than deleted: deleted keys leave tombstones that slow
    // every later lookup of an unknown word (wink ran 6-8% slower). The kept
    // keys are bounded with the list by CAPACITY.
    for (let k = mark; k < lexeme.list.length; k++) lexeme.hash[lexeme.list[k] ?? ''] = undefined;
  }
}

/** Analyses one text as a document of its own. */
export function analyse(text: string): WinkAnalysis {
  return analyseAll([text])[0] as WinkAnalysis;
}
