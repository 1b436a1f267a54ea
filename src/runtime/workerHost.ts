// The browser host: every virtual process is interpreted inside a Web Worker (one worker per
// process up to a cap, then several processes per worker, assigned round-robin).

import type { Scenario } from '../lang/ast';
import type { Op } from '../engine/ops';
import type { FromWorker, ProcessHost, ToWorker } from './protocol';

export interface WorkerHostOptions {
  /** Most workers to start (default: the number of processes, at most 8). */
  maxWorkers?: number;
  /** A pull not answered within this many milliseconds fails the run (default 10,000). */
  timeoutMs?: number;
  /** Makes a worker; tests pass their own to simulate failures. */
  createWorker?: () => Worker;
}

/** Thrown (as a rejection) when a worker crashes or stops answering. */
export class WorkerFailure extends Error {
  constructor(
    message: string,
    readonly worker: number,
  ) {
    super(message);
  }
}

const defaultWorker = () => new Worker(new URL('./process.worker.ts', import.meta.url), { type: 'module' });

/** Starts workers for `scenario` and returns a host that pulls operations from them. */
export function createWorkerHost(scenario: Scenario, options: WorkerHostOptions = {}): ProcessHost {
  const count = Math.max(1, Math.min(options.maxWorkers ?? 8, scenario.instances.length));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const make = options.createWorker ?? defaultWorker;
  const placement = scenario.instances.map((_, k) => k % count);
  const pending = new Map<
    number,
    { resolve: (ops: Op[]) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }
  >();
  let nextReq = 1;
  let failure: WorkerFailure | null = null;

  const fail = (error: WorkerFailure) => {
    failure ??= error;
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(failure);
    }
    pending.clear();
  };

  const workers = Array.from({ length: count }, (_, w) => {
    const worker = make();
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'failed') {
        fail(new WorkerFailure(`Worker ${w + 1} failed: ${message.message}`, w));
        return;
      }
      const p = pending.get(message.req);
      if (!p) return;
      pending.delete(message.req);
      clearTimeout(p.timer);
      p.resolve(message.ops);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      fail(new WorkerFailure(`Worker ${w + 1} crashed: ${event.message || 'it could not run'}`, w));
    };
    worker.onmessageerror = () =>
      fail(new WorkerFailure(`Worker ${w + 1} sent a message that could not be read`, w));
    const instances = placement.flatMap((owner, k) => (owner === w ? [k] : []));
    post(worker, { type: 'init', worker: w, scenario, instances });
    return worker;
  });

  function post(worker: Worker, message: ToWorker) {
    worker.postMessage(message);
  }

  return {
    placement,
    pull(process, max) {
      if (failure) return Promise.reject(failure);
      const w = placement[process] ?? 0;
      const req = nextReq++;
      return new Promise<Op[]>((resolve, reject) => {
        const timer = setTimeout(
          () => fail(new WorkerFailure(`Worker ${w + 1} stopped answering (no reply in ${timeoutMs} ms)`, w)),
          timeoutMs,
        );
        pending.set(req, { resolve, reject, timer });
        post(workers[w]!, { type: 'pull', req, process, max });
      });
    },
    dispose() {
      for (const worker of workers) worker.terminate();
      fail(new WorkerFailure('The run was stopped', -1));
    },
  };
}
