// A sweep's results as a table (one row per point, in value order), as CSV, and, for a run of
// many seeds, as a count per outcome and a histogram of finish times.

import { OUTCOME_KINDS } from '../lang/goallines';
import type { OutcomeKind } from '../lang/ast';
import type { PointMetrics } from './metrics';

/** One point's row: the knob's value and its run's metrics. */
export interface SweepRow extends PointMetrics {
  value: number;
}

export interface SweepTable {
  /** The header of the value column (the knob's name, e.g. `latency` or `Worker`). */
  knob: string;
  rows: SweepRow[];
  /** Every process that ran in some point, in order of first appearance (the per-process columns). */
  processes: string[];
}

/** The table of a sweep: `metrics[k]` is the run of `points[k]`. */
export function sweepTable(
  points: readonly { value: number }[],
  metrics: readonly PointMetrics[],
  knob = 'value',
): SweepTable {
  if (points.length !== metrics.length)
    throw new RangeError(`${points.length} points but ${metrics.length} results`);
  const rows = points.map((p, k) => ({ value: p.value, ...metrics[k]! }));
  return { knob, rows, processes: processesOf(rows) };
}

function processesOf(rows: readonly SweepRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const b of r.blocked) seen.add(b.process);
  return [...seen];
}

/** The summary columns, in table and CSV order. */
export const COLUMNS = ['outcome', 'finish', 'blocked', 'barrier wait', 'sent'] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The table as CSV (RFC 4180, CRLF line ends): the knob, outcome, finish, blocked total, barrier
 * wait and messages sent, then one `blocked NAME` column per process (empty where it did not run).
 */
export function toCsv(table: SweepTable): string {
  const header = [table.knob, ...COLUMNS, ...table.processes.map((p) => `blocked ${p}`)];
  const lines = [header.map(csvField).join(',')];
  for (const r of table.rows) {
    const per = new Map(r.blocked.map((b) => [b.process, b.ticks]));
    const fields: (string | number)[] = [r.value, r.outcome, r.finish, r.blockedTotal, r.barrierWait, r.sent];
    for (const p of table.processes) fields.push(per.get(p) ?? '');
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One bar of a histogram of finish times: the runs that finished at `from` ≤ t ≤ `to`. */
export interface FinishBin {
  from: number;
  to: number;
  count: number;
  /** The same runs, by outcome (only the kinds present). */
  byOutcome: Partial<Record<OutcomeKind, number>>;
}

export interface SeedSummary {
  total: number;
  /** Runs per outcome kind, every kind listed in a fixed order (completed, idle, deadlock, limit, error). */
  outcomes: { kind: OutcomeKind; count: number }[];
  bins: FinishBin[];
}

/** The most bars a histogram has. */
export const MAX_BINS = 20;

/**
 * The outcomes and the finish times of many runs (a sweep of the seed). Bins are whole ticks wide,
 * all of one width (the smallest that needs at most MAX_BINS bars), from the earliest finish: the
 * same rows always give the same bars.
 */
export function seedSummary(rows: readonly SweepRow[]): SeedSummary {
  const outcomes = OUTCOME_KINDS.map((kind) => ({
    kind,
    count: rows.filter((r) => r.outcome === kind).length,
  }));
  if (rows.length === 0) return { total: 0, outcomes, bins: [] };
  let min = Infinity;
  let max = -Infinity;
  for (const r of rows) {
    min = Math.min(min, r.finish);
    max = Math.max(max, r.finish);
  }
  const width = Math.max(1, Math.ceil((max - min + 1) / MAX_BINS));
  const count = Math.floor((max - min) / width) + 1;
  const bins: FinishBin[] = Array.from({ length: count }, (_, k) => ({
    from: min + k * width,
    to: min + (k + 1) * width - 1,
    count: 0,
    byOutcome: {},
  }));
  for (const r of rows) {
    const bin = bins[Math.floor((r.finish - min) / width)]!;
    bin.count += 1;
    bin.byOutcome[r.outcome] = (bin.byOutcome[r.outcome] ?? 0) + 1;
  }
  return { total: rows.length, outcomes, bins };
}
