import type { StateCreator } from 'zustand/vanilla';
import type { Scenario } from '../lang/ast';
import type { Trace } from '../engine/trace';
import { createPlayback, type Playback } from '../playback';
import { scenarioOfTrace } from '../interchange/scenarioOf';
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
  /** Set while a trace read from a file is played instead of a run of the text (read-only). */
  imported: { name: string } | null;
  setRunning(): void;
  /** Plays a trace read from a file; the scenario text and the drafts stay as they were. */
  showImported(trace: Trace, name: string): void;
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
  imported: null,
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
      imported: null,
      // A new run asks its questions afresh.
      revealed: null,
      answerHidden: false,
    });
  },
  showImported(trace, name) {
    set({
      trace,
      runScenario: scenarioOfTrace(trace),
      playback: createPlayback(trace),
      placement: [],
      runStatus: 'done',
      runError: null,
      imported: { name },
      revealed: null,
      answerHidden: false,
      playing: false,
      index: 0,
      selected: null,
      picked: null,
    });
  },
  setRunError(message) {
    set({ runStatus: 'failed', runError: message });
  },
});
