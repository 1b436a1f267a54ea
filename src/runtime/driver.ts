// Joins the kernel (which owns virtual time) to a host (which interprets the programs). The host
// may answer asynchronously, as Web Workers do; the kernel alone decides the order of events,
// so the trace is the same whatever the host and however it batches.

import type { Scenario } from '../lang/ast';
import { createKernel, type Kernel, type KernelOptions, type RunStep } from '../engine/kernel';
import type { Op } from '../engine/ops';
import type { Trace } from '../engine/trace';
import { runErrorMessage } from '../lang/diagnostics.run';
import type { Params } from '../lang/hints';
import type { ProcessHost, PullContext } from './protocol';

export interface DriverOptions extends KernelOptions {
  /** Operations asked of a process at a time. */
  batch?: number;
  /** Aborting stops the run and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Ends the run because process `p`'s program gave no further operation (`run-worker-failed`). */
export function abortNoOperation(kernel: Kernel, p: number): Trace {
  const params = { reason: 'no-operation' };
  return kernel.abort(p, runErrorMessage('run-worker-failed', params), { code: 'run-worker-failed', params });
}

/** How a host failed: what a worker failure says of itself, or the error of anything else thrown. */
function failureParams(error: unknown): Params {
  if (error instanceof Error && 'code' in error && error.code === 'run-worker-failed' && 'params' in error)
    return error.params as Params;
  return { reason: 'exception', detail: error instanceof Error ? error.message : String(error) };
}

/** After these, a program gives nothing more until the kernel asks again (a `branch` waits for its answer). */
const isLast = (op: Op) => op.op === 'done' || op.op === 'error' || op.op === 'stall' || op.op === 'branch';

/** What the host must pass on to the program the kernel asks of. */
export function contextOf(step: Extract<RunStep, { status: 'need' }>): PullContext | undefined {
  if (step.restart) return { restart: true };
  if (step.timedout !== undefined) return { timedout: step.timedout };
  return undefined;
}

/** Runs `scenario` on `host`, prefetching every process's next batch while the kernel works. */
export async function runWithHost(
  scenario: Scenario,
  host: ProcessHost,
  options: DriverOptions = {},
): Promise<Trace> {
  const batch = options.batch ?? 1024;
  const kernel = createKernel(scenario, options);
  const inflight = new Map<number, Promise<Op[]>>();
  const ended = new Set<number>();

  const request = (p: number, context?: PullContext) => {
    if (inflight.has(p) || ended.has(p)) return;
    const promise = Promise.resolve(host.pull(p, batch, context));
    promise.catch(() => undefined); // a failure is reported where the kernel waits for it
    inflight.set(p, promise);
  };
  scenario.instances.forEach((_, p) => request(p));

  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const step = kernel.run();
      if (step.status === 'done') return step.trace;
      const p = step.process;
      const context = contextOf(step);
      if (context !== undefined) {
        // A restart makes any batch still on its way stale; a branch's answer must reach the program.
        await inflight.get(p)?.catch(() => undefined);
        inflight.delete(p);
        ended.delete(p);
      }
      request(p, context);
      const ops = await inflight.get(p)!;
      inflight.delete(p);
      options.signal?.throwIfAborted();
      if (ops.length === 0) return abortNoOperation(kernel, p);
      if (isLast(ops[ops.length - 1]!)) ended.add(p);
      kernel.feed(p, ops);
      request(p);
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const params = failureParams(error);
    return kernel.abort(null, runErrorMessage('run-worker-failed', params), {
      code: 'run-worker-failed',
      params,
    });
  }
}
