// Worker entry: interprets the programs of the processes assigned to this worker and hands
// their operations to the kernel on request. It shares no memory with anyone.

import { createInterpreter } from './interpreter';
import type { FromWorker, ToWorker } from './protocol';

type Interpreter = ReturnType<typeof createInterpreter>;

const scope = globalThis as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const interpreters = new Map<number, Interpreter>();

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      interpreters.clear();
      for (const k of message.instances) interpreters.set(k, createInterpreter(message.scenario, k));
      return;
    }
    const interpreter = interpreters.get(message.process);
    if (!interpreter) throw new Error(`process ${message.process} is not assigned to this worker`);
    scope.postMessage({
      type: 'ops',
      req: message.req,
      process: message.process,
      ops: interpreter.next(message.max),
    });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      req: message.type === 'pull' ? message.req : null,
      message: String(error),
    });
  }
};
