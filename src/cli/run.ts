// The command-line tool's logic, apart from the process it runs in (so tests can call it).

import { check } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import { traceToJson } from '../engine/json';
import { evaluateGoals, lossesToExplore, type OrdersByLoss } from '../playback/goals';
import { parseArgs, USAGE } from './args';
import { formatDiagnostic, formatRunError } from './diagnostics';
import { formatGoals } from './goals';
import { exploreFor, exploreToJson, formatExplore } from './explore';
import { DEFAULT_STATES, type ExploreResult } from '../explore';
import { formatTimeline } from './timeline';
import { parseTraceFile, toMermaid, toShiVizFile } from '../interchange';
import type { Trace } from '../engine/trace';
import type { CliArgs } from './args';
import { runSweepCli, sweepConflict, takeSweepArgs } from './sweep';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's text; throws when it cannot be read. `-` is standard input. */
  readFile(path: string): string;
}

/** Runs the tool; returns the exit status (0 ran, 1 scenario errors, 2 usage or unreadable file). */
export function runCli(argv: readonly string[], io: CliIo): number {
  const sweep = takeSweepArgs(argv);
  const args = 'error' in sweep ? sweep : parseArgs(sweep.rest);
  const request = 'error' in sweep ? null : sweep.request;
  const conflict = request && !('error' in args) ? sweepConflict(args) : null;
  if (conflict !== null) {
    io.stderr(`sim: ${conflict}\n${USAGE}\n`);
    return 2;
  }
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
  if (args.trace) {
    const read = parseTraceFile(source);
    if (!read.ok) {
      io.stderr(`${args.file}: ${read.message}\n`);
      return 1;
    }
    io.stdout(exported(read.trace, args) ?? formatTimeline(read.trace, args.lang));
    return 0;
  }
  const result = check(source);
  for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(args.file, d, args.lang)}\n`);
  if (!result.ok) return 1;
  if (request) return runSweepCli(request, source, result, args, io);
  if (args.explore.on) {
    // Every order (SPEC §8) instead of the one timed run.
    const explored = exploreFor(result.scenario, args.explore, args.file, args.lang, io.stderr);
    const budget = args.explore.states ?? DEFAULT_STATES;
    io.stdout(args.json ? exploreToJson(explored) : formatExplore(explored, budget, args.lang));
    return 0;
  }
  const trace = runInProcess(result.scenario, args.limit === undefined ? {} : { maxEvents: args.limit });
  // Goals never change the run: they are checked against its trace (SPEC §7). Without `--lang`
  // a goal's text is its first words and the tool writes English.
  // `goal never`/`goal can` are checked by exploring every order (SPEC §8), with --lose/--states;
  // a goal's own `lose N` wins over --lose. One search per count of losses, warning once.
  const base = args.explore.lose ?? 0;
  const searches = new Map<number, ExploreResult>();
  for (const lose of lossesToExplore(result.scenario, base)) {
    const warn = searches.size === 0 ? io.stderr : () => undefined;
    searches.set(lose, exploreFor(result.scenario, { ...args.explore, lose }, args.file, args.lang, warn));
  }
  const orders: OrdersByLoss = (lose) => searches.get(lose ?? base);
  const goals = evaluateGoals(result.scenario, trace, args.langGiven ? args.lang : undefined, orders);
  const other = exported(trace, args);
  if (args.json) io.stdout(traceToJson(trace, goals.length > 0 ? goals : undefined));
  else if (other !== null) io.stdout(other);
  else
    io.stdout(
      `${formatTimeline(trace, args.lang)}${goals.length > 0 ? `\n${formatGoals(goals, args.lang)}` : ''}`,
    );
  const runError = formatRunError(args.file, source, trace.outcome, args.lang);
  if (runError !== null) io.stderr(`${runError}\n`);
  return 0;
}

/** The run in the format asked for, or null for the timeline. */
function exported(trace: Trace, args: CliArgs): string | null {
  switch (args.output) {
    case 'json':
      return traceToJson(trace);
    case 'shiviz':
      return ensureEnd(toShiVizFile(trace));
    case 'mermaid':
      return ensureEnd(toMermaid(trace, { lang: args.lang }));
    case 'timeline':
      return null;
  }
}

const ensureEnd = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
