// Worker entry: interprets the programs of the processes assigned to this worker and hands
// their operations to the kernel on request. It shares no memory with anyone. A worker is kept
// between runs; each `init` starts a new run and forgets the last.

import { createInterpreter, type Interpreter } from './interpreter';
import type { FromWorker, ToWorker } from './protocol';

const scope = globalThis as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let run = -1;
const interpreters = new Map<number, Interpreter>();

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      run = message.run;
      interpreters.clear();
      for (const k of message.instances) interpreters.set(k, createInterpreter(message.scenario, k));
      return;
    }
    if (message.run !== run) return; // a request left over from an earlier run
    const batches = message.requests.map(({ process, max }) => {
      const interpreter = interpreters.get(process);
      if (!interpreter) throw new Error(`process ${process} is not assigned to this worker`);
      return { process, ops: interpreter.next(max) };
    });
    scope.postMessage({ type: 'ops', run, batches });
  } catch (error) {
    scope.postMessage({ type: 'failed', run: message.run, message: String(error) });
  }
};
