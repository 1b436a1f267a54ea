// Runs a sweep's points, several at a time, through whatever runs one scenario text: the app
// passes a runner backed by its Web Workers, the CLI, the tests and the bench an in-process one.

import type { Trace } from '../engine/trace';
import { pointMetrics, type PointMetrics } from './metrics';
import type { SweepPoint } from './points';
import type { SweepRow } from './table';

/** Runs one point's text. A runner may compute `pointMetrics` itself (in a worker) and return those. */
export type RunOne = (text: string, signal: AbortSignal) => Promise<Trace | PointMetrics>;

export interface SweepProgress {
  /** Points finished so far, and in all. */
  done: number;
  total: number;
  /** The point that just finished (its index in `points`) and its row. */
  index: number;
  row: SweepRow;
}

export interface RunSweepOptions {
  /** Runs at a time (default 1). */
  concurrency?: number;
  /** Cancels the sweep: no run starts after it fires, runs under way see it through their own signal. */
  signal?: AbortSignal;
  onProgress?: (progress: SweepProgress) => void;
}

/** The error a cancelled sweep rejects with (`name` is `AbortError`, as `fetch` uses). */
export class SweepAborted extends Error {
  constructor() {
    super('The sweep was cancelled.');
    this.name = 'AbortError';
  }
}

/**
 * Runs every point, at most `concurrency` at once, and resolves with their rows in point order,
 * whatever order they finish in. Rejects with SweepAborted when `signal` fires (every pending
 * point is dropped and the runs under way are told through the signal passed to `runOne`), or
 * with the first error a run throws (the others are then cancelled the same way).
 */
export function runSweep(
  points: readonly SweepPoint[],
  runOne: RunOne,
  options: RunSweepOptions = {},
): Promise<SweepRow[]> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const inner = new AbortController();
  const outer = options.signal;
  const rows: (SweepRow | undefined)[] = new Array<SweepRow | undefined>(points.length);
  let next = 0;
  let done = 0;
  let running = 0;

  return new Promise<SweepRow[]>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      inner.abort();
      outer?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = () => fail(new SweepAborted());
    if (outer?.aborted) return onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });

    const launch = () => {
      while (!settled && running < concurrency && next < points.length) {
        const index = next++;
        running++;
        let result: Promise<Trace | PointMetrics>;
        try {
          result = runOne(points[index]!.text, inner.signal);
        } catch (error) {
          fail(error);
          return;
        }
        result.then(
          (out) => {
            running--;
            if (settled) return;
            const row: SweepRow = { value: points[index]!.value, ...toMetrics(out) };
            rows[index] = row;
            done++;
            options.onProgress?.({ done, total: points.length, index, row });
            if (done === points.length) {
              settled = true;
              outer?.removeEventListener('abort', onAbort);
              resolve(rows as SweepRow[]);
            } else launch();
          },
          (error: unknown) => {
            running--;
            fail(error);
          },
        );
      }
    };
    if (points.length === 0) {
      settled = true;
      outer?.removeEventListener('abort', onAbort);
      resolve([]);
      return;
    }
    launch();
  });
}

function toMetrics(out: Trace | PointMetrics): PointMetrics {
  return 'events' in out ? pointMetrics(out) : out;
}
