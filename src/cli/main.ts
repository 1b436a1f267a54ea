// `npm run -s sim -- FILE.rdv [--json] [--limit N] [--lang en|ko]`: runs a scenario in-process and prints its
// timeline (or its trace as JSON). Exit 0: it ran; 1: the scenario has errors; 2: usage or file.

import { readFileSync } from 'node:fs';
import { check } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import { traceToJson } from '../engine/json';
import { parseArgs, USAGE } from './args';
import { formatDiagnostic } from './diagnostics';
import { formatTimeline } from './timeline';

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    if (args.error === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`sim: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    process.stderr.write(`sim: cannot read ${args.file} (${reason})\n`);
    return 2;
  }
  const result = check(source);
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(args.file, d)}\n`);
  if (!result.ok) return 1;
  const trace = runInProcess(result.scenario, args.limit === undefined ? {} : { maxEvents: args.limit });
  process.stdout.write(args.json ? traceToJson(trace) : formatTimeline(trace, args.lang));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
