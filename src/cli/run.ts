// The command-line tool's logic, apart from the process it runs in (so tests can call it).

import { check } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import { traceToJson } from '../engine/json';
import { evaluateGoals } from '../playback/goals';
import { parseArgs, USAGE } from './args';
import { formatDiagnostic, formatRunError } from './diagnostics';
import { formatGoals } from './goals';
import { formatTimeline } from './timeline';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's text; throws when it cannot be read. `-` is standard input. */
  readFile(path: string): string;
}

/** Runs the tool; returns the exit status (0 ran, 1 scenario errors, 2 usage or unreadable file). */
export function runCli(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    if (args.error === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    io.stderr(`sim: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  let source: string;
  try {
    source = io.readFile(args.file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    io.stderr(`sim: cannot read ${args.file} (${reason})\n`);
    return 2;
  }
  const result = check(source);
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(args.file, d, args.lang)}\n`);
  if (!result.ok) return 1;
  const trace = runInProcess(result.scenario, args.limit === undefined ? {} : { maxEvents: args.limit });
  // Goals never change the run: they are checked against its trace (SPEC §7). Without `--lang`
  // a goal's text is its first words and the tool writes English.
  const goals = evaluateGoals(result.scenario, trace, args.langGiven ? args.lang : undefined);
  if (args.json) io.stdout(traceToJson(trace, goals.length > 0 ? goals : undefined));
  else
    io.stdout(
      `${formatTimeline(trace, args.lang)}${goals.length > 0 ? `\n${formatGoals(goals, args.lang)}` : ''}`,
    );
  const runError = formatRunError(args.file, source, trace.outcome, args.lang);
  if (runError !== null) io.stderr(`${runError}\n`);
  return 0;
}
