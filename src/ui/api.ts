// `window.rendezvous`: the engine from the browser console (and for end-to-end tests): check a
// scenario, run it on Web Workers or on the main thread, and get the trace JSON.

import { traceToJson } from '../engine/json';
import { check } from '../lang';
import type { WorkerHostOptions } from '../runtime/workerHost';
import { appStore } from '../store';
import * as commands from './commands';

export interface RendezvousApi {
  check: typeof check;
  /** Runs scenario text and resolves to its trace as JSON text. */
  run(
    source: string,
    options?: { host?: 'workers' | 'main-thread'; maxEvents?: number } & WorkerHostOptions,
  ): Promise<string>;
  /** Runs scenario text and reports how many events it made and how long the run took. */
  runTimed(
    source: string,
    options?: { host?: 'workers' | 'main-thread' },
  ): Promise<{ events: number; ms: number }>;
  /** Shows scenario text on the stage, as if typed into the editor. */
  load(source: string): void;
  /** The playback commands the buttons and keys use. */
  commands: typeof commands;
  /** The trace on screen, as JSON text, or null. */
  currentTrace(): string | null;
}

// The hosts load with the first run, after the first paint.
const hosts = async () => ({
  ...(await import('../runtime/browser')),
  ...(await import('../runtime/inprocess')),
});

/** Installs `window.rendezvous`. */
export function exposeApi(): void {
  const api: RendezvousApi = {
    check,
    async run(source, options = {}) {
      const { runInBrowser, checkOrThrow } = await hosts();
      return traceToJson((await runInBrowser(checkOrThrow(source), options)).trace);
    },
    async runTimed(source, options = {}) {
      const { runInBrowser, checkOrThrow } = await hosts();
      const scenario = checkOrThrow(source);
      const start = performance.now();
      const { trace } = await runInBrowser(scenario, options);
      return { events: trace.events.length, ms: performance.now() - start };
    },
    load(source) {
      appStore.getState().edit(source);
    },
    commands,
    currentTrace() {
      const trace = appStore.getState().trace;
      return trace ? traceToJson(trace) : null;
    },
  };
  (window as unknown as { rendezvous: RendezvousApi }).rendezvous = api;
}
