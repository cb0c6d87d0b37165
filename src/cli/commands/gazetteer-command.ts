import type { Command } from 'commander';
import { describeProblem, importGeonames } from '../../geo/index.js';
import type { CliIO } from '../main.js';
import { UsageError } from '../usage-error.js';

/** Problems listed after an import; the rest are counted. */
const PROBLEMS_SHOWN = 20;

export function registerGazetteer(program: Command, io: CliIO, setStatus: (code: number) => void): void {
  const gazetteer = program.command('gazetteer').description('Manage the gazetteer layers');
  gazetteer
    .command('import')
    .description('Import a GeoNames dump (a country file such as IQ.txt, or alternateNamesV2.txt) into a gazetteer database')
    .argument('<format>', 'geonames')
    .argument('<files...>', 'GeoNames tab-separated files; import country files before alternate names')
    .option('--into <path>', 'gazetteer database to write', 'geonames.db')
    .action(async (format: string, files: string[], opts: { into: string }) => {
      if (format !== 'geonames') throw new UsageError(`gazetteer import supports the format 'geonames', got '${format}'`);
      let problems = 0;
      for (const file of files) {
        const report = await importGeonames(file, opts.into);
        problems += report.problems.length;
        io.stdout.write(`${file}: ${report.imported} ${report.kind} imported, ${report.skipped} skipped\n`);
        for (const p of report.problems.slice(0, PROBLEMS_SHOWN)) io.stderr.write(`sitrep: ${describeProblem(p)}\n`);
        if (report.problems.length > PROBLEMS_SHOWN) {
          io.stderr.write(`sitrep: … and ${report.problems.length - PROBLEMS_SHOWN} more problem(s) in ${file}\n`);
        }
      }
      io.stdout.write(`gazetteer database: ${opts.into} (use it with SITREP_GEONAMES_DB=${opts.into})\n`);
      setStatus(problems > 0 ? 1 : 0);
    });
}
