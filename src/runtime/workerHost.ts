// The browser host: every virtual process is interpreted inside a Web Worker (one worker per
// process up to a cap, then several processes per worker, assigned round-robin). Pulls made in
// the same turn are sent to each worker as one message.

import type { Scenario } from '../lang/ast';
import type { Op } from '../engine/ops';
import { runErrorMessage } from '../lang/diagnostics.run';
import type { Params } from '../lang/hints';
import type { FromWorker, ProcessHost, PullRequest, ToWorker } from './protocol';
import { acquireWorkers, releaseWorkers } from './workerPool';

export interface WorkerHostOptions {
  /** Most workers to use (default: the number of processes, at most 8). */
  maxWorkers?: number;
  /** A worker that does not answer within this many milliseconds fails the run (default 10,000). */
  timeoutMs?: number;
  /** Makes a worker; tests pass their own to simulate failures (such workers are never reused). */
  createWorker?: () => Worker;
}

/** A host whose healthy workers can go back to the pool once the run is over. */
export interface WorkerHost extends ProcessHost {
  /** Ends the run; its workers wait idle for the next one. */
  release(): void;
}

/** Thrown (as a rejection) when a worker crashes or stops answering; `params` say how (`run-worker-failed`). */
export class WorkerFailure extends Error {
  readonly code = 'run-worker-failed';
  constructor(readonly params: Params) {
    super(runErrorMessage('run-worker-failed', params));
  }
}

type Waiter = { resolve: (ops: Op[]) => void; reject: (e: Error) => void };

let runs = 0;

/** Starts (or reuses) workers for `scenario` and returns a host that pulls operations from them. */
export function createWorkerHost(scenario: Scenario, options: WorkerHostOptions = {}): WorkerHost {
  const count = Math.max(1, Math.min(options.maxWorkers ?? 8, scenario.instances.length));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const run = ++runs;
  const placement = scenario.instances.map((_, k) => k % count);
  const workers = options.createWorker
    ? Array.from({ length: count }, options.createWorker)
    : acquireWorkers(count);
  const waiting = new Map<number, Waiter>();
  const queued: PullRequest[][] = workers.map(() => []);
  const timers = workers.map(() => new Set<ReturnType<typeof setTimeout>>());
  let flushScheduled = false;
  let failure: WorkerFailure | null = null;

  const post = (w: number, message: ToWorker) => workers[w]!.postMessage(message);
  const clearTimers = () => timers.forEach((set) => (set.forEach(clearTimeout), set.clear()));

  const fail = (params: Params) => {
    failure ??= new WorkerFailure(params);
    clearTimers();
    for (const waiter of waiting.values()) waiter.reject(failure);
    waiting.clear();
  };

  workers.forEach((worker, w) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.run !== run) return;
      if (message.type === 'failed')
        return fail({ reason: 'failed', worker: w + 1, detail: message.message });
      const timer = timers[w]!.values().next().value;
      if (timer !== undefined) {
        clearTimeout(timer);
        timers[w]!.delete(timer);
      }
      for (const { process, ops } of message.batches) {
        const waiter = waiting.get(process);
        waiting.delete(process);
        waiter?.resolve(ops);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail({ reason: 'crashed', worker: w + 1, detail: event.message || '' });
    };
    worker.onmessageerror = () => fail({ reason: 'unreadable', worker: w + 1 });
    const instances = placement.flatMap((owner, k) => (owner === w ? [k] : []));
    post(w, { type: 'init', run, scenario, instances });
  });

  const flush = () => {
    flushScheduled = false;
    queued.forEach((requests, w) => {
      if (requests.length === 0 || failure) return;
      queued[w] = [];
      const timer = setTimeout(() => fail({ reason: 'timeout', worker: w + 1, ms: timeoutMs }), timeoutMs);
      timers[w]!.add(timer);
      post(w, { type: 'pull', run, requests });
    });
  };

  let ended = false;
  const end = (keep: boolean) => {
    if (ended) return;
    ended = true;
    // Replies still under way belong to this run's id, so the next run ignores them.
    const healthy = keep && !failure && !options.createWorker;
    fail({ reason: 'stopped' });
    if (healthy) releaseWorkers(workers);
    else for (const worker of workers) worker.terminate();
  };

  return {
    placement,
    pull(process, max, context) {
      if (failure) return Promise.reject(failure);
      if (waiting.has(process))
        return Promise.reject(new Error(`process ${process} already has a pull under way`));
      return new Promise<Op[]>((resolve, reject) => {
        waiting.set(process, { resolve, reject });
        queued[placement[process] ?? 0]!.push({ process, max, ...context });
        if (!flushScheduled) {
          flushScheduled = true;
          queueMicrotask(flush);
        }
      });
    },
    release: () => end(true),
    dispose: () => end(false),
  };
}
