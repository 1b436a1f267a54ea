// The panel's bridge to the sweep core: runs the points on the Web Workers and keeps each point's
// text with its row; the table as the core writes it (the same CSV as the command line).

import { runSweep, type RunOne } from '../../sweep/runner';
import type { SweepPoint } from '../../sweep/points';
import { sweepTable, toCsv } from '../../sweep/table';
import type { PointRow } from './rows';

export interface RowsOptions {
  concurrency: number;
  signal: AbortSignal;
  /** Called as each point's run ends (in the order they end). */
  onRow(row: PointRow): void;
}

/** Runs every point, `concurrency` at a time; rejects once `signal` aborts (every pending run stops). */
export async function rowsOfSweep(
  points: readonly SweepPoint[],
  runOne: RunOne,
  { concurrency, signal, onRow }: RowsOptions,
): Promise<PointRow[]> {
  const rows = await runSweep(points, runOne, {
    concurrency,
    signal,
    onProgress: ({ index, row }) => onRow({ ...row, text: points[index]!.text }),
  });
  return rows.map((row, k) => ({ ...row, text: points[k]!.text }));
}

/** The rows as CSV, the knob's name heading the value column. */
export function rowsCsv(rows: readonly PointRow[], knob: string): string {
  return toCsv(sweepTable(rows, rows, knob));
}
