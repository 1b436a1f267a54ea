// Idle process workers kept between runs, so a new run does not pay for starting workers again.

const idle: Worker[] = [];
/** Most idle workers kept. */
const KEEP = 8;

const defaultWorker = () => new Worker(new URL('./process.worker.ts', import.meta.url), { type: 'module' });

/** `count` workers: idle ones first, new ones for the rest. */
export function acquireWorkers(count: number): Worker[] {
  const out = idle.splice(0, count);
  while (out.length < count) out.push(defaultWorker());
  return out;
}

/** Hands healthy workers back for the next run; the surplus is stopped. */
export function releaseWorkers(workers: readonly Worker[]): void {
  for (const worker of workers) {
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    if (idle.length < KEEP) idle.push(worker);
    else worker.terminate();
  }
}
