// How the panel runs one point of a sweep: the scenario text checked and run on the Web Workers
// (the main thread where there are none), like the run on the stage, and stopped by the sweep's
// signal. Aborting makes the driver throw and its host terminate the workers of that run.

import type { RunOne } from '../../sweep/runner';
import { runInBrowser } from '../../runtime/browser';
import { checkOrThrow } from '../../runtime/inprocess';

/** Points run at once: enough to keep both cores busy while the kernel of one waits on its workers. */
export function sweepConcurrency(): number {
  const cores = typeof navigator === 'undefined' ? 2 : (navigator.hardwareConcurrency ?? 2);
  return Math.max(2, Math.min(4, cores));
}

/**
 * Workers one point's run may use. The points already run side by side, so each takes few; together
 * they stay within the idle workers the pool keeps between runs.
 */
export const WORKERS_PER_POINT = 2;

/** The sweep runner's `runOne` on the Web Workers: a run stops (its workers terminated) when its signal aborts. */
export const workerRunOne: RunOne = async (text, signal) => {
  signal.throwIfAborted();
  const { trace } = await runInBrowser(checkOrThrow(text), { signal, maxWorkers: WORKERS_PER_POINT });
  return trace;
};
