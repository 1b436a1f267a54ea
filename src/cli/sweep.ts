// `--sweep NAME=A..B[:STEP]` and `--seeds A..B`: run a scenario once per value of one knob and
// print one line per point (or CSV with `--csv`), the same every time, so a handout can be scripted.

import type { CheckResult } from '../lang/ast';
import { runSource } from '../runtime/inprocess';
import {
  findKnob,
  parseRange,
  pointMetrics,
  seedSummary,
  SweepError,
  sweepPoints,
  sweepTable,
  toCsv,
  type SweepRange,
  type SweepTable,
} from '../sweep';
import type { CliArgs } from './args';
import type { CliIo } from './run';

export interface SweepRequest {
  /** The knob's name as given (`latency`, `Worker`, `Client-Server`); `seed` for `--seeds`. */
  name: string;
  range: SweepRange;
  /** `--seeds`: a summary of outcomes and finish times follows the table. */
  seeds: boolean;
  csv: boolean;
}

/** The usage lines of a sweep, and then its options, as `--help` shows them. */
export const SWEEP_FORMS = [
  '       npm run -s sim -- FILE.rdv --sweep NAME=A..B[:STEP] [--csv] [--limit N] [--lang en|ko]',
  '       npm run -s sim -- FILE.rdv --seeds A..B [--csv] [--limit N] [--lang en|ko]',
];
export const SWEEP_OPTIONS = [
  '  --sweep NAME=A..B[:STEP]  run once per value of a knob and print one line per run (value,',
  '               outcome, finish, blocked total, barrier wait, messages sent); NAME is latency,',
  '               jitter, seed, a group (its size), a queue (its capacity), a barrier (its',
  '               parties) or a link A-B (its latency)',
  '  --seeds A..B same as --sweep seed=A..B, then the count of each outcome and a histogram of',
  '               finish times',
  '  --csv        with --sweep or --seeds: print the table as CSV, with blocked time per process',
];

/**
 * Takes `--sweep`, `--seeds` and `--csv` out of the arguments; the rest go to `parseArgs`.
 * Returns the reason when they are wrong (a bad range is a usage error, caught before any run).
 */
export function takeSweepArgs(
  argv: readonly string[],
): { rest: string[]; request: SweepRequest | null } | { error: string } {
  const rest: string[] = [];
  let request: SweepRequest | null = null;
  let csv = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const option = arg.split('=', 1)[0];
    if (arg === '--csv') csv = true;
    else if (option === '--sweep' || option === '--seeds') {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++k];
      if (request !== null) return { error: 'one --sweep or --seeds at a time' };
      const seeds = option === '--seeds';
      const eq = seeds ? -1 : (value ?? '').indexOf('=');
      if (value === undefined || (!seeds && eq <= 0))
        return {
          error: seeds
            ? `--seeds takes a range A..B (got ${value ?? 'nothing'})`
            : `--sweep takes NAME=A..B[:STEP], like latency=1..8 (got ${value ?? 'nothing'})`,
        };
      try {
        const range = parseRange(seeds ? value : value.slice(eq + 1));
        request = { name: seeds ? 'seed' : value.slice(0, eq), range, seeds, csv: false };
      } catch (error) {
        if (error instanceof SweepError) return { error: `${option}: ${error.message}` };
        throw error;
      }
    } else rest.push(arg);
  }
  if (csv && request === null) return { error: '--csv goes with --sweep or --seeds' };
  return { rest, request: request && { ...request, csv } };
}

/** Whether the other options make sense with a sweep (it prints a table, not one run). */
export function sweepConflict(args: CliArgs): string | null {
  if (args.trace) return '--sweep and --seeds run a scenario; a trace has already run';
  if (args.explore.on)
    return '--explore searches every order of one scenario; a sweep runs one order per point';
  if (args.output !== 'timeline')
    return `--${args.output} prints one run; a sweep prints a table (try --csv)`;
  return null;
}

/** Runs every point and prints the table; returns the exit status (1 when a point's text has errors). */
export function runSweepCli(
  request: SweepRequest,
  source: string,
  checked: CheckResult,
  args: CliArgs,
  io: CliIo,
): number {
  let table: SweepTable;
  try {
    const knob = findKnob(checked.scenario, request.name);
    const points = sweepPoints(source, knob, request.range);
    const options = args.limit === undefined ? {} : { maxEvents: args.limit };
    const metrics = points.map((p) => pointMetrics(runSource(p.text, options)));
    table = sweepTable(points, metrics, request.name);
  } catch (error) {
    if (!(error instanceof SweepError)) throw error;
    io.stderr(`sim: ${error.text(args.lang)}\n`);
    return error.code === 'point-errors' ? 1 : 2;
  }
  if (request.csv) io.stdout(toCsv(table));
  else {
    io.stdout(formatSweepTable(table, args.lang));
    if (request.seeds) io.stdout(formatSeedSummary(table, args.lang));
  }
  return 0;
}

const HEADERS = {
  en: ['outcome', 'finish', 'blocked', 'barrier wait', 'sent'],
  ko: ['결과', '끝난 시각', '막힌 시간', '배리어 대기', '보낸 메시지'],
} as const;

/** The table as aligned text: numbers to the right, the outcome to the left, one line per point. */
export function formatSweepTable(table: SweepTable, lang: 'en' | 'ko'): string {
  const lines: string[][] = [[table.knob, ...HEADERS[lang]]];
  for (const r of table.rows)
    lines.push([r.value, r.outcome, r.finish, r.blockedTotal, r.barrierWait, r.sent].map(String));
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => width(l[c]!))));
  const pad = (text: string, c: number) => {
    const gap = ' '.repeat(widths[c]! - width(text));
    return c === 1 ? text + gap : gap + text;
  };
  return lines.map((l) => l.map(pad).join('  ').trimEnd()).join('\n') + '\n';
}

/** After the table of `--seeds`: how often each outcome came, then the finish times as bars. */
export function formatSeedSummary(table: SweepTable, lang: 'en' | 'ko'): string {
  const s = seedSummary(table.rows);
  const out = [''];
  for (const o of s.outcomes)
    if (o.count > 0)
      out.push(
        lang === 'ko' ? `${o.kind}: ${s.total}번 중 ${o.count}번` : `${o.kind} in ${o.count} of ${s.total}`,
      );
  out.push(lang === 'ko' ? '끝난 시각:' : 'finish times:');
  const label = (b: { from: number; to: number }) =>
    b.from === b.to ? `t=${b.from}` : `t=${b.from}..${b.to}`;
  const labelWidth = Math.max(...s.bins.map((b) => label(b).length));
  const most = Math.max(1, ...s.bins.map((b) => b.count));
  for (const b of s.bins) {
    const bar = '#'.repeat(Math.round((40 * b.count) / most));
    out.push(
      `  ${label(b).padEnd(labelWidth)}  ${String(b.count).padStart(String(most).length)} ${bar}`.trimEnd(),
    );
  }
  return out.join('\n') + '\n';
}

/** Columns a terminal gives the text: Hangul and other wide characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return w;
}
