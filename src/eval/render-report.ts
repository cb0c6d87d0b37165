import { renderTable } from '../export/text-table.js';
import { PLACE_RADII_KM, type LayerCounts } from './counts.js';
import { EVENT_FIELDS } from './event-fields.js';
import { shorten } from './locate.js';
import type { Metrics } from './metrics.js';
import type { DocumentReport, EvalReport } from './run-eval.js';
import type { ThresholdResult } from './thresholds.js';

/** The human summary: one table per layer overall, then one row per document. */
export function renderSummary(report: EvalReport): string {
  const { counts: c, metrics: m } = report;
  const out: string[] = [`sitrep eval: ${report.documents.length} document(s); gold ${report.gold}; texts ${report.docs.join(', ')}`, ''];
  out.push(renderTable(['layer', 'gold', 'system', 'found', 'precision', 'recall', 'F1'], layerRows(c, m)));
  const e = c.events;
  out.push(
    `events: ${e.key} key of ${e.gold} gold; system ${e.system}: ${e.matched} matched, ${e.acceptable} non-key (not counted), ` +
      `${e.duplicates} duplicate(s), ${e.background} background reported as current, ${e.unmatched} unmatched`,
  );
  out.push(`event fields (of ${e.matched} matched): ${EVENT_FIELDS.map((f) => `${f} ${ratio(e.fields[f].correct, e.fields[f].total)}`).join(', ')}`);
  out.push(`quotes: speaker ${ratio(c.quotes.speaker.correct, c.quotes.speaker.total)}`);
  const p = c.places;
  const within = PLACE_RADII_KM.map((r) => `${r} km ${ratio(p.within[r], p.located)}`).join(', ');
  out.push(`places: resolved within ${within}; error mean ${km(report.distances.meanKm)}, median ${km(report.distances.medianKm)}`);
  out.push('');
  out.push(
    renderTable(
      ['document', 'ev P', 'ev R', 'ev F1', 'q P', 'q R', 'pl found', 'pl 5km'],
      report.documents.map((d) => [
        shorten(d.document, 48),
        num(d.metrics['events.precision']),
        num(d.metrics['events.recall']),
        num(d.metrics['events.f1']),
        num(d.metrics['quotes.precision']),
        num(d.metrics['quotes.recall']),
        num(d.metrics['places.recall']),
        num(d.metrics['places.resolved5']),
      ]),
    ),
  );
  return out.join('\n');
}

/** Each miss, false positive and wrong field, with the words it stands on. */
export function renderDetails(report: EvalReport): string {
  return report.documents.map(documentDetails).join('\n');
}

export function renderThresholds(results: readonly ThresholdResult[]): string {
  return results.map((r) => `${r.ok ? 'ok    ' : 'FAILED'} ${r.metric} = ${num(r.value)} (minimum ${r.min})\n`).join('');
}

function layerRows(c: LayerCounts, m: Metrics): string[][] {
  return [
    ['events', `${c.events.key} key`, String(c.events.system), String(c.events.matched), num(m['events.precision']), num(m['events.recall']), num(m['events.f1'])],
    ['quotes', String(c.quotes.gold), String(c.quotes.system), String(c.quotes.found), num(m['quotes.precision']), num(m['quotes.recall']), num(m['quotes.f1'])],
    ['places', String(c.places.gold), String(c.places.system), String(c.places.found), num(m['places.precision']), num(m['places.recall']), num(m['places.f1'])],
  ];
}

function documentDetails(d: DocumentReport): string {
  const lines: string[] = [`== ${d.document} (${d.goldFile})`];
  const section = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push(`${title}:`, ...items.map((i) => `  ${i}`));
  };
  section(
    'events missed',
    d.events.misses.map((x) => `${x.id} ${x.type}${x.place === null ? '' : ` @ ${x.place}`}: "${shorten(x.quote, 120)}"`),
  );
  section(
    'events false positive',
    d.events.falsePositives.map((x) => {
      const why = x.kind === 'unmatched' ? 'no gold event' : x.kind === 'duplicate' ? `duplicate of ${x.gold}` : `background ${x.gold} reported as current`;
      return `[${why}] ${x.type}${x.place === null ? '' : ` @ ${x.place}`}${x.date === null ? '' : ` ${x.date}`}: "${shorten(x.quote, 120)}"`;
    }),
  );
  section(
    'event fields wrong',
    d.events.fieldErrors.map((x) => `${x.id} ${x.field}: gold ${x.gold}; system ${x.system}`),
  );
  section('quotes missed', d.quotes.misses.map((x) => `${x.speaker}: "${x.text}"`));
  section('quotes false positive', d.quotes.falsePositives.map((x) => `${x.speaker ?? '(no speaker)'}: "${x.text}"`));
  section('quote speakers wrong', d.quotes.speakerErrors.map((x) => `"${x.text}": gold ${x.gold}; system ${x.system}`));
  section('places missed', d.places.misses.map((x) => x.name));
  section(
    'places not within 5 km',
    d.places.unresolved.map((x) => `${x.name}: ${x.errorKm === null ? 'no coordinates' : `${x.errorKm.toFixed(1)} km off`}; system ${x.system}`),
  );
  section('places false positive', d.places.falsePositives.map((x) => `"${x.quote}"${x.name !== null && x.name !== x.quote ? ` (${x.name})` : ''}`));
  if (lines.length === 1) lines.push('  nothing missed, nothing wrong');
  return `${lines.join('\n')}\n`;
}

function num(v: number | null): string {
  return v === null ? '-' : v.toFixed(3);
}

function ratio(correct: number, total: number): string {
  return total === 0 ? '-' : `${(correct / total).toFixed(3)} (${correct}/${total})`;
}

function km(v: number | null): string {
  return v === null ? '-' : `${v.toFixed(1)} km`;
}
