// The in-process runner of a sweep's points (CLI, tests, bench): each text checked and run on
// this thread, one after another whatever the concurrency, since a run never awaits.

import { runSource, type InProcessOptions } from '../runtime/inprocess';
import type { RunOne } from './runner';

/** A RunOne that runs on this thread; `options` (an event limit) apply to every point. */
export function inProcessRunner(options: InProcessOptions = {}): RunOne {
  return (text, signal) => {
    if (signal.aborted) return Promise.reject(new Error('cancelled'));
    return Promise.resolve(runSource(text, options));
  };
}
