import { Command, CommanderError, Option } from 'commander';
import { PipelineError } from '../core/pipeline.js';
import { registerEval } from './commands/eval-command.js';
import { registerEvents } from './commands/events-command.js';
import { registerExtract } from './commands/extract-command.js';
import { registerGazetteer } from './commands/gazetteer-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerStats } from './commands/stats-command.js';
import { UsageError } from './usage-error.js';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

/** Shared by every command: where the database is. */
export function dbOption(): Option {
  return new Option('--db <path>', 'SQLite database file (or postgres:// URL)').env('SITREP_DATABASE_URL').default('sitrep.db');
}

/** Runs the CLI and returns the exit status instead of exiting, so it can be tested in-process. */
export async function main(argv: string[], io: CliIO = process): Promise<number> {
  let status = 0;
  const program = new Command('sitrep')
    .description('Turn news reports of armed conflict into structured, geolocated, source-cited events.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  const setStatus = (code: number): void => {
    status = code;
  };
  registerExtract(program, io, setStatus);
  registerIngest(program, io, setStatus);
  registerStats(program, io);
  registerEvents(program, io);
  registerEval(program, io, setStatus);
  registerGazetteer(program, io, setStatus);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError || err instanceof PipelineError) {
      io.stderr.write(`sitrep: ${err.message}\n`);
      return 2;
    }
    if (isBrokenPipe(err)) return status;
    const text = err instanceof Error ? err.message : String(err);
    io.stderr.write(`sitrep: ${text}\n`);
    return 1;
  }
}

function isBrokenPipe(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'EPIPE';
}
