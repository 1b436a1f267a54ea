// Keeps the run in step with the scenario: whenever the checked text changes, run it again
// (after a short pause while the user types) and hand the new trace to playback.

import type { CheckResult } from '../lang/ast';
import { appStore } from '../store';
import { seek, startIndex } from './commands';

const DEBOUNCE_MS = 250;

/** Runs `checked` now; a newer run cancels this one. */
let current: AbortController | null = null;
async function run(checked: CheckResult, keepPosition: boolean): Promise<void> {
  current?.abort();
  if (!checked.ok) return;
  const controller = new AbortController();
  current = controller;
  const state = appStore.getState();
  state.setRunning();
  try {
    // The hosts (kernel, workers) load with the first run: the first paint does not wait for them.
    const { runInBrowser } = await import('../runtime/browser');
    if (controller.signal.aborted) return;
    const { trace, placement } = await runInBrowser(checked.scenario, { signal: controller.signal });
    if (controller.signal.aborted) return;
    const previous = state.index;
    const { pendingStep, clearPendingStep } = appStore.getState();
    appStore.getState().setPlaying(false);
    appStore.getState().setTrace(trace, checked.scenario, placement);
    if (pendingStep !== null) {
      clearPendingStep();
      seek(Math.max(startIndex(), Math.min(pendingStep, trace.events.length)));
    } else
      seek(keepPosition ? Math.max(startIndex(), Math.min(previous, trace.events.length)) : startIndex());
  } catch (error) {
    if (controller.signal.aborted) return;
    appStore.getState().setRunError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs the text on screen again from the start (after a trace from a file was played, say). */
export function rerun(): void {
  void run(appStore.getState().checked, false);
}

/** Starts following the store; returns a function that stops. */
export function startRunner(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  void run(appStore.getState().checked, false);
  const unsubscribe = appStore.subscribe((state, prev) => {
    if (state.checked === prev.checked) return;
    clearTimeout(timer);
    // Something opened (a built-in, a draft, a link, a file) runs at once and starts from the
    // beginning; typing waits a moment and keeps the playback position where it still exists.
    if (state.change === 'open') void run(state.checked, false);
    // A what-if made or shown runs at once and stays at the step, so the class sees the future change.
    else if (state.change === 'branch') void run(state.checked, true);
    else timer = setTimeout(() => void run(appStore.getState().checked, true), DEBOUNCE_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
    current?.abort();
  };
}
