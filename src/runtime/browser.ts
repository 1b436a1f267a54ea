// Runs a scenario in the browser: in Web Workers when the browser has them, else on the main thread.

import type { Scenario } from '../lang/ast';
import type { Trace } from '../engine/trace';
import { runWithHost, type DriverOptions } from './driver';
import { createInProcessHost } from './inprocess';
import type { ProcessHost } from './protocol';
import { createWorkerHost, type WorkerHostOptions } from './workerHost';

export interface BrowserRun {
  trace: Trace;
  /** Which worker ran each process (1-based), or null where the main thread did. */
  placement: (number | null)[];
}

/** Runs `scenario` on Web Workers (or the main thread where Workers are unavailable). */
export async function runInBrowser(
  scenario: Scenario,
  options: DriverOptions & WorkerHostOptions & { host?: 'workers' | 'main-thread' } = {},
): Promise<BrowserRun> {
  const useWorkers = options.host !== 'main-thread' && typeof Worker !== 'undefined';
  const host: ProcessHost & { release?(): void } = useWorkers
    ? createWorkerHost(scenario, options)
    : createInProcessHost(scenario);
  try {
    const trace = await runWithHost(scenario, host, options);
    // Workers of a run that ended are kept for the next run (a failed worker is stopped anyway).
    if (host.release) host.release();
    else host.dispose();
    return { trace, placement: host.placement.map((w) => (w === null ? null : w + 1)) };
  } catch (error) {
    host.dispose(); // stopped mid-way: its workers are terminated
    throw error;
  }
}
