import type { Command } from 'commander';
import { problemText } from '../../eval/gold-types.js';
import { METRIC_NAMES } from '../../eval/metrics.js';
import { renderDetails, renderSummary, renderThresholds } from '../../eval/render-report.js';
import { runEval } from '../../eval/run-eval.js';
import { checkThresholds, parseThreshold, type Threshold } from '../../eval/thresholds.js';
import type { CliIO } from '../main.js';
import { UsageError } from '../usage-error.js';
import { writeOut } from '../write-out.js';

interface EvalOptions {
  details?: boolean;
  json?: boolean;
  min?: string[];
}

export function registerEval(program: Command, io: CliIO, setStatus: (code: number) => void): void {
  program
    .command('eval')
    .description('Score extraction against gold files (../shared/gold/FORMAT.md): events, quotes, places')
    .argument('<gold>', 'a directory of <document>.gold.json files (not its subdirectories), or one gold file')
    .argument('<docs...>', 'the texts: directories or .txt, .html, .jsonl files (a .jsonl beside the texts adds title and outlet)')
    .option('--details', 'list each miss, false positive and wrong field with its quote')
    .option('--json', 'print the whole report as JSON')
    .option('--min <metric=value>', 'exit 1 when the metric is below value (repeatable, or comma-separated)', collect)
    .addHelpText(
      'after',
      `\nMetrics for --min: ${METRIC_NAMES.join(', ')}.\n` +
        'Exit status: 1 when a threshold is missed or a gold file, document or evidence is at fault; 2 for a usage error.',
    )
    .action(async (gold: string, docs: string[], opts: EvalOptions) => {
      const thresholds = (opts.min ?? []).map(toThreshold);
      const report = await runEval({ gold, docs });
      for (const p of report.problems) io.stderr.write(`sitrep eval: ${p.severity}: ${problemText(p)}\n`);
      const results = checkThresholds(report.metrics, thresholds);
      if (opts.json) {
        await writeOut(io.stdout, `${JSON.stringify({ ...report, thresholds: results }, null, 2)}\n`);
      } else {
        await writeOut(io.stdout, renderSummary(report));
        if (opts.details) await writeOut(io.stdout, `\n${renderDetails(report)}`);
        if (results.length > 0) await writeOut(io.stdout, `\n${renderThresholds(results)}`);
      }
      const failed = results.some((r) => !r.ok) || report.problems.some((p) => p.severity === 'error');
      setStatus(failed ? 1 : 0);
    });
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ];
}

function toThreshold(spec: string): Threshold {
  const parsed = parseThreshold(spec);
  if (!parsed.ok) throw new UsageError(parsed.reason);
  return parsed.threshold;
}
