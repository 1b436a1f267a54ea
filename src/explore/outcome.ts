// How a run of the untimed model ends (SPEC §8): in a state where no step is possible, its kind
// is `completed`, `idle` or `deadlock` exactly as in §2; a run-time error ends it at once
// (`error`), and so does a process that loops for ever without a step (`limit`, as the timed
// run's statement limit would stop it).

import type { OutcomeKind } from '../engine/trace';
import { CONSUME, RECV, STALL } from './program';
import { BLOCKED, DONE, current, type Model, type XState } from './model';

/** The kind of an end state (one with no step left, or halted). */
export function classify(m: Model, s: XState): OutcomeKind {
  if (s.halt >= 0) return current(m, s, s.halt)?.kind === STALL ? 'limit' : 'error';
  let unfinished = 0;
  let servers = 0;
  for (let k = 0; k < m.procs; k++) {
    if (s.st[k] === DONE) continue;
    unfinished++;
    const x = current(m, s, k);
    if (s.st[k] === BLOCKED && x !== null && (x.kind === RECV || x.kind === CONSUME) && x.inLoop) servers++;
  }
  if (unfinished === 0) return 'completed';
  return servers === unfinished ? 'idle' : 'deadlock';
}
