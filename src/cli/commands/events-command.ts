import type { Command } from 'commander';
import type { EventRecord } from '../../core/records.js';
import { eventCsvRow, eventsCsvHeader } from '../../export/events-csv.js';
import { eventFeature, GEOJSON_HEAD, GEOJSON_TAIL } from '../../export/events-geojson.js';
import { openStore } from '../../store/open-store.js';
import type { EventFilter, StoredEvent } from '../../store/store.js';
import { dbOption, type CliIO } from '../main.js';
import { renderTable } from '../../export/text-table.js';
import { parseChoice, parseDate, parseList, parseNear, parsePositiveInt } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { writeOut } from '../write-out.js';

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson'] as const;

interface EventsOptions {
  db: string;
  since?: string;
  until?: string;
  type?: string;
  near?: string;
  text?: string;
  limit: string;
  format: string;
}

export function registerEvents(program: Command, io: CliIO): void {
  program
    .command('events')
    .description('List stored events, filtered')
    .addOption(dbOption())
    .option('--since <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--until <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('--type <types>', 'comma-separated types or families, e.g. battle,remote.airstrike')
    .option('--near <lat,lon,km>', 'events within KM kilometres of a point')
    .option('--text <words>', 'full-text search in the evidence')
    .option('--limit <n>', 'at most this many events', '1000')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .action(async (opts: EventsOptions) => {
      const format = parseChoice(opts.format, FORMATS, '--format');
      const filter: EventFilter = {
        since: opts.since === undefined ? undefined : parseDate(opts.since, '--since'),
        until: opts.until === undefined ? undefined : parseDate(opts.until, '--until'),
        types: opts.type === undefined ? undefined : parseList(opts.type),
        near: opts.near === undefined ? undefined : parseNear(opts.near),
        text: opts.text,
        limit: parsePositiveInt(opts.limit, '--limit'),
      };
      if (filter.since && filter.until && filter.since > filter.until) {
        throw new UsageError(`--since ${filter.since} is after --until ${filter.until}`);
      }
      const store = openStore(opts.db, { mustExist: true });
      try {
        await print(io, format, store.queryEvents(filter));
      } finally {
        store.close();
      }
    });
}

async function print(io: CliIO, format: (typeof FORMATS)[number], events: StoredEvent[]): Promise<void> {
  const out = io.stdout;
  switch (format) {
    case 'json':
      return writeOut(out, `${JSON.stringify(events, null, 2)}\n`);
    case 'jsonl':
      for (const e of events) await writeOut(out, `${JSON.stringify(e)}\n`);
      return;
    case 'csv':
      await writeOut(out, eventsCsvHeader());
      for (const e of events) await writeOut(out, eventCsvRow({ event: e, source: e.docId }));
      return;
    case 'geojson':
      await writeOut(out, GEOJSON_HEAD);
      for (const [i, e] of events.entries()) await writeOut(out, `${i > 0 ? ',\n' : ''}${JSON.stringify(eventFeature(e))}`);
      return writeOut(out, GEOJSON_TAIL);
    case 'table':
      if (events.length === 0) return writeOut(out, 'no events match\n');
      return writeOut(
        out,
        renderTable(
          ['date', 'type', 'place', 'actors', 'targets', 'killed', 'modality', 'evidence'],
          events.map((e) => [
            e.time?.date ?? e.time?.start ?? '?',
            e.type,
            e.location?.canonical ?? e.location?.name ?? '?',
            e.actors.map((a) => a.canonical ?? a.name).join('; '),
            e.targets.map((a) => a.canonical ?? a.name).join('; '),
            countText(e.fatalities),
            e.modality + (e.background ? ' (background)' : ''),
            e.evidence[0]?.quote ?? '',
          ]),
        ),
      );
  }
}

function countText(c: EventRecord['fatalities']): string {
  if (c.low === null && c.high === null && c.best === null) return '';
  if (c.low !== null && c.high !== null && c.low !== c.high) return `${c.low}-${c.high}`;
  return String(c.best ?? c.low ?? c.high);
}
