// From one order the explorer found to fault lines (SPEC §6) that make the timed run take it:
// `lose A B skip K` for each message the order lost, then `delay` lines, one at a time, until
// every receive in the timed run takes the message the order took or the run ends the same way.
// Every guess is checked by running the timed model, so the lines returned are known to work;
// null when no such lines were found. Pure (no DOM, no React): it runs in the explorer's worker.

import { check } from '../../lang';
import type { Trace } from '../../engine/trace';
import { addFaultLine, faultEnd, type FaultSpec } from '../../lang/whatif';
import { runInProcess } from '../../runtime/inprocess';

/** One message, named so that the same message can be found in another run of the scenario. */
interface Named {
  from: string;
  to: string;
  /** How many messages (of every kind) went from `from` to `to` before it. */
  skip: number;
}

interface Facts {
  /** By message id. */
  named: Map<number, Named>;
  deliverAt: Map<number, number>;
  lost: Set<number>;
  /** Per process, the messages it took, in order. */
  taken: Map<string, number[]>;
}

function factsOf(trace: Trace): Facts {
  const named = new Map<number, Named>();
  const deliverAt = new Map<number, number>();
  const lost = new Set<number>();
  const taken = new Map<string, number[]>();
  const sent = new Map<string, number>();
  for (const e of trace.events) {
    if (e.type === 'msg.send') {
      const pair = `${e.from}\u0000${e.to}`;
      const skip = sent.get(pair) ?? 0;
      sent.set(pair, skip + 1);
      named.set(e.id, { from: e.from, to: e.to, skip });
      deliverAt.set(e.id, e.deliverAt);
    } else if (e.type === 'msg.lost') lost.add(e.id);
    else if (e.type === 'msg.recv') {
      const list = taken.get(e.process) ?? [];
      list.push(e.id);
      taken.set(e.process, list);
    }
  }
  return { named, deliverAt, lost, taken };
}

const keyOf = (m: Named) => `${m.from}\u0000${m.to}\u0000${m.skip}`;

/** The most delay lines tried before giving up. */
const MAX_ROUNDS = 12;

/**
 * Fault lines that make the timed run of `source` end as `run` (an explored run of it) does, or
 * null. An empty list means the timed run already ends that way.
 */
export function forceOrder(source: string, run: Trace): FaultSpec[] | null {
  const target = run.outcome.kind;
  const want = factsOf(run);
  const lines: FaultSpec[] = [];
  for (const id of [...want.lost].sort((a, b) => a - b)) {
    const m = want.named.get(id);
    if (!m) return null;
    lines.push({ kind: 'lose', a: faultEnd(m.from), b: faultEnd(m.to), count: 1, from: 0, skip: m.skip });
  }
  // Extra ticks per message (by its name), written as one delay line each.
  const delays = new Map<string, { message: Named; by: number }>();
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    const all = [...lines, ...[...delays.values()].map(({ message, by }) => delayLine(message, by))];
    const text = all.reduce(addFaultLine, source);
    const checked = check(text);
    if (!checked.ok) return null;
    const timed = runInProcess(checked.scenario);
    if (timed.outcome.kind === target) return all;
    const late = firstWrongTake(want, factsOf(timed));
    if (!late) return null;
    const entry = delays.get(keyOf(late.message)) ?? { message: late.message, by: 0 };
    entry.by += late.by;
    delays.set(keyOf(late.message), entry);
  }
  return null;
}

function delayLine(m: Named, by: number): FaultSpec {
  return { kind: 'delay', a: faultEnd(m.from), b: faultEnd(m.to), by, count: 1, from: 0, skip: m.skip };
}

/**
 * The first receive (in the order the explored run made them) where the timed run took another
 * message than the explored one, and how much later that other message must arrive so that the
 * explored one comes first. Null when the difference is not of that kind.
 */
function firstWrongTake(want: Facts, got: Facts): { message: Named; by: number } | null {
  const byName = new Map<string, number>();
  for (const [id, m] of got.named) byName.set(keyOf(m), id);
  // The explored run's receives in its own order: walk them by the message ids' delivery steps.
  const order: { process: string; k: number; id: number }[] = [];
  for (const [process, ids] of want.taken) ids.forEach((id, k) => order.push({ process, k, id }));
  order.sort((a, b) => (want.deliverAt.get(a.id) ?? 0) - (want.deliverAt.get(b.id) ?? 0) || a.k - b.k);
  for (const { process, k, id } of order) {
    const tookId = got.taken.get(process)?.[k];
    const wanted = want.named.get(id);
    if (!wanted) return null;
    const wantedId = byName.get(keyOf(wanted));
    if (tookId === wantedId) continue;
    if (tookId === undefined || wantedId === undefined) return null;
    const took = got.named.get(tookId);
    const tookAt = got.deliverAt.get(tookId);
    const wantedAt = got.deliverAt.get(wantedId);
    if (!took || tookAt === undefined || wantedAt === undefined) return null;
    const by = wantedAt - tookAt + 1;
    return by >= 1 ? { message: took, by } : null;
  }
  return null;
}
