// The explorer's Web Worker: the search runs here, off the page's thread, so the page stays
// responsive and a long search can be cancelled.

import type { FromExplorer, ToExplorer } from './protocol';
import { runSearch } from './search';

const scope = globalThis as unknown as {
  postMessage(message: FromExplorer): void;
  onmessage: ((event: MessageEvent<ToExplorer>) => void) | null;
};

let cancelled = false;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  const post = (reply: FromExplorer) => scope.postMessage(reply);
  runSearch(
    message,
    post,
    () => cancelled,
    () => performance.now(),
  ).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
