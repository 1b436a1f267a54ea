// How a failing host ends a run: an `error` outcome with the `run-worker-failed` code and what failed.

import { describe, expect, it } from 'vitest';
import type { Op } from '../engine/ops';
import { rdv } from '../engine/testkit';
import { check } from '../lang';
import { runWithHost } from './driver';
import { createInProcessHost } from './inprocess';
import type { ProcessHost } from './protocol';
import { WorkerFailure } from './workerHost';

const scenario = check(rdv`
  process A
    compute 2
  end
  process B
    compute 1
  end`).scenario;

/** The in-process host, except that process B's pulls answer with `answer`. */
function hostWhereB(answer: () => Op[] | Promise<Op[]>): ProcessHost {
  const inner = createInProcessHost(scenario);
  return {
    placement: inner.placement,
    pull: (process, max) => (process === 1 ? answer() : inner.pull(process, max)),
    dispose: () => inner.dispose(),
  };
}

describe('a run whose host fails', () => {
  it('ends with run-worker-failed and the worker’s account when a worker fails', async () => {
    const failure = new WorkerFailure({ reason: 'timeout', worker: 2, ms: 500 });
    const trace = await runWithHost(
      scenario,
      hostWhereB(() => Promise.reject(failure)),
    );
    expect(trace.outcome).toEqual({
      kind: 'error',
      time: 0,
      message: 'Error at t=0: Worker 2 stopped answering (no reply in 500 ms).',
      blocked: [],
      cycle: null,
      code: 'run-worker-failed',
      params: { reason: 'timeout', worker: 2, ms: 500 },
    });
  });

  it('names the process whose program gives no further operation', async () => {
    const trace = await runWithHost(
      scenario,
      hostWhereB(() => []),
    );
    expect(trace.outcome).toMatchObject({
      kind: 'error',
      message: 'Error at t=0: B: its program produced no further operation.',
      process: 'B',
      code: 'run-worker-failed',
      params: { reason: 'no-operation' },
    });
  });

  it('keeps the message of anything else thrown, as an exception', async () => {
    const trace = await runWithHost(
      scenario,
      hostWhereB(() => Promise.reject(new Error('out of memory'))),
    );
    expect(trace.outcome).toMatchObject({
      message: 'Error at t=0: out of memory.',
      code: 'run-worker-failed',
      params: { reason: 'exception', detail: 'out of memory' },
    });
  });
});
