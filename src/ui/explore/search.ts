// One search, run in slices so that progress is reported and a cancel is heard between them. The
// worker entry runs it; so does the page itself where Web Workers are missing.

import { createExplorer, type ExploreProgress } from '../../explore';
import { check } from '../../lang';
import type { FromExplorer } from './protocol';
import { forceOrder } from './forceOrder';

/** States per slice: small enough to hear a cancel within a few tens of milliseconds. */
const SLICE = 2048;
/** How often progress is reported. */
const REPORT_MS = 100;

export async function runSearch(
  request: { source: string; lose: number; states: number },
  post: (message: FromExplorer) => void,
  cancelled: () => boolean,
  now: () => number,
): Promise<void> {
  const checked = check(request.source);
  if (!checked.ok) {
    post({ type: 'failed', message: 'The scenario has errors.' });
    return;
  }
  const explorer = createExplorer(checked.scenario, {
    lose: request.lose,
    states: request.states,
    now,
    slice: SLICE,
  });
  let reported = now();
  let over = false;
  let stopped = false;
  while (!over) {
    over = explorer.advance();
    if (over) break;
    if (now() - reported >= REPORT_MS) {
      reported = now();
      post({ type: 'progress', progress: explorer.progress() });
    }
    // Let a cancel message in.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (cancelled()) {
      stopped = true;
      break;
    }
  }
  const progress: ExploreProgress = explorer.progress();
  const result = explorer.result(stopped);
  const whatIfs = result.outcomes.map((o) => forceOrder(request.source, o.run));
  post({ type: 'done', result, progress, whatIfs });
}
