// The in-process host and the kernel's pull protocol (`need` / `feed`), which Web Workers share.

import { describe, expect, it } from 'vitest';
import { createKernel } from '../engine/kernel';
import { traceViolations } from '../engine/invariants';
import { S, build, group, proc, rdv } from '../engine/testkit';
import { createInProcessHost, runInProcess, runSource } from './inprocess';
import { createInterpreter } from './interpreter';

const ring = (size: number, rounds: number) =>
  build({
    processes: [group('W', 1, size, [S.repeat(rounds, [S.send('W[i % n + 1]'), S.recv(), S.barrier('B')])])],
  });

describe('runInProcess', () => {
  it('runs a 256-process ring with a barrier per round to completion, soundly', () => {
    const trace = runInProcess(ring(256, 20).scenario, { maxEvents: 1_000_000 });
    expect(trace.outcome).toMatchObject({ kind: 'completed', time: 20 });
    expect(trace.events.filter((e) => e.type === 'barrier.release')).toHaveLength(20);
    expect(traceViolations(trace)).toEqual([]);
  });

  it('gives the same trace for any batch size', () => {
    const { scenario } = ring(16, 5);
    const reference = JSON.stringify(runInProcess(scenario, { batch: 10_000 }));
    for (const batch of [1, 2, 3, 1024])
      expect(JSON.stringify(runInProcess(scenario, { batch }))).toBe(reference);
  });
});

describe('runSource', () => {
  it('checks and runs text', () => {
    expect(runSource('process A\n  note "hi"\nend\n').outcome.kind).toBe('completed');
  });

  it('throws when the scenario has errors, listing them', () => {
    expect(() => runSource('process A\n  sned B\nend\n')).toThrow(/The scenario has errors:\n2:3: /);
  });

  it('runs despite warnings', () => {
    const trace = runSource(rdv`
      process A
        send B
      end
      process B
      end`);
    expect(trace.outcome.kind).toBe('completed');
  });
});

describe('the kernel pull protocol', () => {
  const { scenario } = build({ processes: [proc('A', [S.send('B')]), proc('B', [S.recv()])] });

  it('asks for the process it must advance, and resumes exactly where it stopped', () => {
    const kernel = createKernel(scenario);
    expect(kernel.run()).toEqual({ status: 'need', process: 0 });
    kernel.feed(0, []);
    expect(kernel.run()).toEqual({ status: 'need', process: 0 });
    kernel.feed(0, [{ op: 'send', line: 2, kind: 'message', to: 'B', payload: null, timeout: null }]);
    expect(kernel.run()).toEqual({ status: 'need', process: 0 });
    kernel.feed(0, [{ op: 'done' }]);
    expect(kernel.run()).toEqual({ status: 'need', process: 1 });
    kernel.feed(1, createInterpreter(scenario, 1).next(100));
    const step = kernel.run();
    expect(step.status).toBe('done');
    expect(kernel.run()).toEqual(step);
    if (step.status === 'done') expect(step.trace).toEqual(runInProcess(scenario));
  });

  it('abort ends the run with an error outcome naming the process', () => {
    const kernel = createKernel(scenario);
    kernel.run();
    const trace = kernel.abort(0, 'its worker crashed');
    expect(trace.outcome).toEqual({
      kind: 'error',
      time: 0,
      message: 'Error at t=0: A: its worker crashed.',
      blocked: [],
      cycle: null,
      process: 'A',
    });
    expect(trace.events.map((e) => e.type)).toEqual(['proc.start', 'proc.start', 'run.end']);
    expect(kernel.run()).toEqual({ status: 'done', trace });
  });
});

describe('createInProcessHost', () => {
  it('serves operations from interpreters on this thread', () => {
    const { scenario } = build({ processes: [proc('A', [S.note('x')])] });
    const host = createInProcessHost(scenario);
    expect(host.placement).toEqual([null]);
    expect(host.pull(0, 10)).toEqual([{ op: 'note', line: 2, lang: null, text: 'x' }, { op: 'done' }]);
    host.dispose();
  });
});
