import type { Command } from 'commander';
import { isFailed } from '../../extract/build-record.js';
import { extractFiles } from '../../extract/extract.js';
import type { CliIO } from '../main.js';
import { parseDate } from '../parse-options.js';
import { writeOut } from '../write-out.js';

/** Exit statuses above this are reserved by shells; the count of failures is capped there. */
const MAX_FAILURE_STATUS = 100;

export function registerExtract(program: Command, io: CliIO, setStatus: (code: number) => void): void {
  program
    .command('extract')
    .description('Run the pipeline without a database; print one JSON object per document (JSON Lines)')
    .argument('<inputs...>', '.txt, .html, .jsonl files, directories, or - for standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none')
    .option('--outlet <name>', 'outlet for inputs that name none')
    .option('--pretty', 'indent the JSON (for reading one document)')
    .addHelpText('after', '\nExit status: the number of documents that could not be read (at most 100); 2 for a usage error.')
    .action(async (inputs: string[], opts: { published?: string; outlet?: string; pretty?: boolean }) => {
      const published = opts.published === undefined ? undefined : parseDate(opts.published, '--published');
      let failed = 0;
      for await (const { record } of extractFiles(inputs, { published, outlet: opts.outlet, stdin: io.stdin })) {
        if (isFailed(record)) {
          failed += 1;
          const why = record.messages.find((m) => m.severity === 'fatal');
          io.stderr.write(`sitrep: ${record.document.source ?? record.document.id}: ${why?.reason ?? 'failed'}\n`);
        }
        await writeOut(io.stdout, `${JSON.stringify(record, null, opts.pretty ? 2 : undefined)}\n`);
      }
      setStatus(Math.min(failed, MAX_FAILURE_STATUS));
    });
}
