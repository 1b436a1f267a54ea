// Starts a search in a fresh Web Worker and hands its messages to `onMessage`. Loaded only when
// `Every order` is pressed.

import type { FromExplorer, ToExplorer } from './protocol';

export interface Running {
  cancel(): void;
  /** Ends the worker at once (the search is no longer wanted). */
  dispose(): void;
}

export function startSearch(
  request: Extract<ToExplorer, { type: 'start' }>,
  onMessage: (message: FromExplorer) => void,
): Running {
  if (typeof Worker === 'undefined') {
    // Every browser the app supports has Workers; a search on the page would freeze it anyway.
    queueMicrotask(() => onMessage({ type: 'failed', message: 'this browser cannot run Web Workers' }));
    return { cancel: () => undefined, dispose: () => undefined };
  }
  const worker = new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module' });
  let ended = false;
  worker.onmessage = (event: MessageEvent<FromExplorer>) => {
    if (ended) return;
    if (event.data.type !== 'progress') {
      ended = true;
      worker.terminate();
    }
    onMessage(event.data);
  };
  worker.onerror = (event) => {
    if (ended) return;
    ended = true;
    worker.terminate();
    onMessage({ type: 'failed', message: event.message || 'The explorer stopped.' });
  };
  worker.postMessage(request);
  return {
    cancel: () => worker.postMessage({ type: 'cancel' } satisfies ToExplorer),
    dispose: () => {
      ended = true;
      worker.terminate();
    },
  };
}
