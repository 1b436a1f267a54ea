// Worker entry: interprets the programs of the processes assigned to this worker and hands
// their operations to the kernel on request. It shares no memory with anyone. A worker is kept
// between runs; each `init` starts a new run and forgets the last.

import { createInterpreter, type Interpreter } from './interpreter';
import type { Scenario } from '../lang/ast';
import type { FromWorker, ToWorker } from './protocol';

const scope = globalThis as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let run = -1;
let scenario: Scenario | null = null;
const interpreters = new Map<number, Interpreter>();

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      run = message.run;
      scenario = message.scenario;
      interpreters.clear();
      for (const k of message.instances) interpreters.set(k, createInterpreter(message.scenario, k));
      return;
    }
    if (message.run !== run) return; // a request left over from an earlier run
    const batches = message.requests.map(({ process, max, timedout, restart }) => {
      if (!interpreters.has(process)) throw new Error(`process ${process} is not assigned to this worker`);
      // A restarted process runs its program again from the first statement (SPEC §6).
      if (restart && scenario) interpreters.set(process, createInterpreter(scenario, process));
      return { process, ops: interpreters.get(process)!.next(max, timedout) };
    });
    scope.postMessage({ type: 'ops', run, batches });
  } catch (error) {
    scope.postMessage({ type: 'failed', run: message.run, message: String(error) });
  }
};
