import type { Command } from 'commander';
import { openStore } from '../../store/open-store.js';
import { dbOption, type CliIO } from '../main.js';
import { renderTable } from '../../export/text-table.js';

export function registerStats(program: Command, io: CliIO): void {
  program
    .command('stats')
    .description('Summarise what the database holds')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action((opts: { db: string; json?: boolean }) => {
      const store = openStore(opts.db, { mustExist: true });
      try {
        const s = store.stats();
        if (opts.json) {
          io.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
          return;
        }
        const rows: string[][] = [
          ['documents', String(s.documents)],
          ['distinct texts', String(s.distinctTexts)],
          ['published', s.firstPublished ? `${s.firstPublished} … ${s.lastPublished ?? ''}` : '-'],
          ['events', String(s.events)],
          ['quotes', String(s.quotes)],
          ['places', String(s.places)],
          ['media items', String(s.media)],
          ['annotations', String(s.annotations)],
          ['failed inputs', String(s.failures)],
          ['database size', `${(s.dbBytes / 1e6).toFixed(1)} MB`],
        ];
        io.stdout.write(renderTable(['', opts.db], rows));
        const types = Object.entries(s.eventsByType);
        if (types.length > 0) io.stdout.write(`\n${renderTable(['event type', 'events'], types.map(([t, n]) => [t, String(n)]))}`);
        const outlets = Object.entries(s.outlets);
        if (outlets.length > 0) io.stdout.write(`\n${renderTable(['outlet', 'documents'], outlets.map(([o, n]) => [o, String(n)]))}`);
      } finally {
        store.close();
      }
    });
}
