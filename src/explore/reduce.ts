// Partial-order reduction (SPEC §8 allows any reduction that keeps the reachable kinds and every
// `shortest`). Some statements touch nothing another step can see or change:
//
// - `send`, `ssend`, `call` and a `publish` to an unbounded queue add a message at the tail of
//   their own pair, which only a delivery from its head reads;
// - `reply` takes from the process's own unanswered requests, when it has one;
// - a `recv` whose message is already in the mailbox takes the oldest match, and later deliveries
//   only append behind it;
// - finishing a satisfied block (taking an answer that has come, sending a publish that got its
//   slot).
//
// Not a run-time error, though: it ends the run, so it would take away another process's error
// or loop that could have come first (a property test found exactly that).
//
// Such a step α of process p stays possible until p takes it (only p moves p while it is not
// blocked), and commutes with every step of the others and of the network (a give-up that
// clears an AWAITED mark clears it wherever the message has got to). So any run that ends, from
// a state where α is possible, either contains α, and moving α to the front gives a run with the
// same steps (same end, same count of deliveries), or ends in another process's error, which
// also happens after α (α disables nothing). Taking only α ("a persistent set of one") therefore keeps every reachable
// end state's kind and its fewest deliveries. `normalize` takes such steps, lowest process first,
// until none is left; a test compares searches with and without it.

import { CALL, PUBLISH, RECV, REPLY, SEND, SSEND } from './program';
import { AT, SATISFIED, current, findMatch, fromOf, type Model, type XState } from './model';
import { run, type Tracer } from './steps';

/** The lowest process whose next step is one of the steps above, or -1. */
export function safeProcess(m: Model, s: XState): number {
  if (s.halt >= 0) return -1;
  for (let k = 0; k < m.procs; k++) {
    const st = s.st[k];
    if (st === SATISFIED) return k;
    if (st !== AT) continue;
    const x = current(m, s, k);
    if (x === null) continue;
    switch (x.kind) {
      case SEND:
      case SSEND:
      case CALL:
        if (room(m, s, k, x.target)) return k;
        break;
      case REPLY: {
        const r = (s.rq[k] as number[])[0];
        if (r !== undefined && room(m, s, k, fromOf(r))) return k;
        break;
      }
      case PUBLISH:
        if (m.capacity[x.target] === null && room(m, s, k, m.procs + x.target)) return k;
        break;
      case RECV:
        if (findMatch(s.mb[k] as number[], x.target) >= 0) return k;
        break;
    }
  }
  return -1;
}

/**
 * Whether pair `from → to` has few enough messages in flight for a send on it to be taken alone.
 * Any rule for picking which safe steps to take alone keeps the search exact; this one stops a
 * process that sends for ever from filling one pair without end while nothing else moves.
 */
function room(m: Model, s: XState, from: number, to: number): boolean {
  return (s.pairs[from * m.ends + to] as number[]).length < PAIR_ROOM;
}

const PAIR_ROOM = 3;

/** Steps taken in one `normalize` at most: a process that sends for ever must not hold the search. */
const CHAIN = 64;

/** Takes the safe steps of `s` in place (a state the caller owns), lowest process first. */
export function normalize(m: Model, s: XState, tr: Tracer | null): void {
  for (let n = 0; n < CHAIN; n++) {
    const k = safeProcess(m, s);
    if (k < 0) return;
    run(m, s, k, tr);
  }
}
