import type { StateCreator } from 'zustand/vanilla';
import type { Scenario } from '../lang/ast';
import type { Trace } from '../engine/trace';
import { createPlayback, type Playback } from '../playback';
import { scenarioOfTrace } from '../interchange/scenarioOf';
import type { AppState } from './index';

/** Which explored run is played: the outcome kind it reaches, in how many deliveries. */
export interface ExploredRun {
  kind: Trace['outcome']['kind'];
  shortest: number;
}

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
  /** Set while one order the explorer found is played instead of the timed run (its `t` counts deliveries). */
  explored: ExploredRun | null;
  setRunning(): void;
  /** Plays a trace read from a file; the scenario text and the drafts stay as they were. */
  showImported(trace: Trace, name: string): void;
  /** Plays a run the explorer found (SPEC §8) of `scenario`, the text on screen; the text stays. */
  showExplored(trace: Trace, scenario: Scenario, run: ExploredRun): void;
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
  explored: null,
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
      explored: null,
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
      explored: null,
      revealed: null,
      answerHidden: false,
      playing: false,
      index: 0,
      selected: null,
      picked: null,
    });
  },
  showExplored(trace, runScenario, explored) {
    set({
      trace,
      runScenario,
      playback: createPlayback(trace),
      placement: [],
      runStatus: 'done',
      runError: null,
      imported: null,
      explored,
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
