import type { StateCreator } from 'zustand/vanilla';
import type { Scenario } from '../lang/ast';
import type { Trace } from '../engine/trace';
import { createPlayback, type Playback } from '../playback';
import type { AppState } from './index';

export type RunStatus = 'idle' | 'running' | 'done' | 'failed';

export interface RunSlice {
  trace: Trace | null;
  /** The scenario the trace was run from (the text may have changed since). */
  runScenario: Scenario | null;
  playback: Playback | null;
  /** Which worker runs each process (1-based), or null where the main thread does. */
  placement: readonly (number | null)[];
  runStatus: RunStatus;
  runError: string | null;
  setRunning(): void;
  setTrace(trace: Trace, scenario: Scenario, placement: readonly (number | null)[]): void;
  setRunError(message: string): void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => ({
  trace: null,
  runScenario: null,
  playback: null,
  placement: [],
  runStatus: 'idle',
  runError: null,
  setRunning() {
    set({ runStatus: 'running', runError: null });
  },
  setTrace(trace, runScenario, placement) {
    set({
      trace,
      runScenario,
      playback: createPlayback(trace),
      placement,
      runStatus: 'done',
      runError: null,
      // A new run asks its questions afresh.
      revealed: null,
      answerHidden: false,
    });
  },
  setRunError(message) {
    set({ runStatus: 'failed', runError: message });
  },
});
