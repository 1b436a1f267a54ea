// The in-process host: runs the kernel and every interpreter on the calling thread, for Node,
// tests, the command-line tool, and as the fallback when Web Workers are unavailable.

import type { Scenario } from '../lang/ast';
import { check } from '../lang';
import { createKernel, type KernelOptions } from '../engine/kernel';
import type { Trace } from '../engine/trace';
import { abortNoOperation, contextOf } from './driver';
import { createInterpreter, type Interpreter } from './interpreter';
import type { SyncProcessHost } from './protocol';

export interface InProcessOptions extends KernelOptions {
  /** Operations asked of an interpreter at a time (default 1024); the trace does not depend on it. */
  batch?: number;
}

/** Runs a checked scenario to its end on this thread and returns the trace. */
export function runInProcess(scenario: Scenario, options: InProcessOptions = {}): Trace {
  const batch = Math.max(1, options.batch ?? 1024);
  const kernel = createKernel(scenario, options);
  const host = createInProcessHost(scenario);
  for (;;) {
    const step = kernel.run();
    if (step.status === 'done') return step.trace;
    const p = step.process;
    const ops = host.pull(p, batch, contextOf(step));
    if (ops.length === 0) return abortNoOperation(kernel, p);
    kernel.feed(p, ops);
  }
}

/** Checks scenario text; throws, listing `line:col: message` of each error, when it has errors. */
export function checkOrThrow(source: string): Scenario {
  const result = check(source);
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.map((d) => `${d.span.line}:${d.span.col}: ${d.message}`);
    throw new Error(`The scenario has errors:\n${lines.join('\n')}`);
  }
  return result.scenario;
}

/** Checks scenario text and runs it; throws only when the scenario has errors (warnings are fine). */
export function runSource(source: string, options: InProcessOptions = {}): Trace {
  return runInProcess(checkOrThrow(source), options);
}

/** A host that interprets every process on the calling thread (the fallback of the browser driver). */
export function createInProcessHost(scenario: Scenario): SyncProcessHost {
  const interpreters: (Interpreter | undefined)[] = [];
  return {
    placement: scenario.instances.map(() => null),
    pull(process, max, context) {
      if (context?.restart) interpreters[process] = undefined;
      const interpreter = (interpreters[process] ??= createInterpreter(scenario, process));
      return interpreter.next(max, context?.timedout);
    },
    dispose() {
      interpreters.length = 0;
    },
  };
}
