import type { QuoteRecord } from '../core/records.js';
import type { QuoteCounts } from './counts.js';
import type { EvalProblem, GoldDocument } from './gold-types.js';
import { locateSnippet, shorten } from './locate.js';
import { nameTails, normalizeName, normalizeQuote } from './normalize.js';

export interface QuoteMiss {
  speaker: string;
  text: string;
}

export interface QuoteFalsePositive {
  speaker: string | null;
  text: string;
}

export interface SpeakerError {
  text: string;
  gold: string;
  system: string;
}

export interface QuoteScore {
  counts: QuoteCounts;
  misses: QuoteMiss[];
  falsePositives: QuoteFalsePositive[];
  speakerErrors: SpeakerError[];
  problems: EvalProblem[];
}

/**
 * A gold quote is found when a system quote's text contains it (after
 * normalising marks and whitespace); its speaker is right when a gold alias
 * is the system speaker's name or a trailing run of its words ("Blasio" of
 * "Bill de Blasio").
 */
export function scoreQuotes(gold: GoldDocument, quotes: readonly QuoteRecord[], text: string): QuoteScore {
  const problems: EvalProblem[] = [];
  const system = quotes.map((q) => normalizeQuote(q.text));
  const used = new Set<number>();
  const counts: QuoteCounts = { gold: gold.quotes.length, system: quotes.length, found: 0, matched: 0, speaker: { correct: 0, total: 0 } };
  const misses: QuoteMiss[] = [];
  const speakerErrors: SpeakerError[] = [];
  for (const [i, g] of gold.quotes.entries()) {
    const located = locateSnippet(g.quote, text);
    if (!located.ok && g.quote.span !== null) {
      problems.push({ file: gold.file, at: `quotes[${i}].span`, reason: located.reason, severity: 'error' });
      continue;
    }
    // A gold text need not be verbatim (marks may differ): containment decides.
    const goldText = located.ok ? located.quote : (g.quote.text ?? '');
    const wanted = normalizeQuote(goldText);
    const containing = system.flatMap((s, k) => (wanted !== '' && s.includes(wanted) ? [k] : []));
    if (containing.length === 0) {
      misses.push({ speaker: g.speaker[0] ?? '?', text: shorten(goldText, 120) });
      continue;
    }
    counts.found += 1;
    for (const k of containing) used.add(k);
    counts.speaker.total += 1;
    const aliases = new Set(g.speaker.map(normalizeName));
    const right = containing.some((k) => nameTails(quotes[k]?.speaker?.name ?? '').some((t) => aliases.has(t)));
    if (right) counts.speaker.correct += 1;
    else {
      const said = [...new Set(containing.map((k) => quotes[k]?.speaker?.name ?? 'none'))].join('; ');
      speakerErrors.push({ text: shorten(goldText, 120), gold: g.speaker.join(' | '), system: said });
    }
  }
  counts.matched = used.size;
  const falsePositives = quotes.flatMap((q, k): QuoteFalsePositive[] => (used.has(k) ? [] : [{ speaker: q.speaker?.name ?? null, text: shorten(q.text, 120) }]));
  return { counts, misses, falsePositives, speakerErrors, problems };
}
