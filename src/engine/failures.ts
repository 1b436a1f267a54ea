// Crashes, restarts and timeouts (SPEC §6): what each does to a process and to the queues and
// barriers it was waiting in. The kernel calls them at their places in the instant (rule 4):
// after the deliveries, crashes then restarts, then the timeouts, then the ready processes run.

import { releaseSlot } from './deliver';
import type { LifeLine } from './faults';
import { Fifo } from './fifo';
import { BLOCKED, CRASHED, DONE, type Proc } from './state';
import type { World } from './world';

/** Whether a crash or restart line would change anything now. */
export function lifeLineChanges(w: World, line: LifeLine): boolean {
  return line.procs.some((k) => {
    const status = w.procs[k]?.status;
    if (status === undefined) return false;
    return line.kind === 'crash' ? status !== DONE && status !== CRASHED : status === CRASHED;
  });
}

/** (b) The crash lines due now, then the restart lines, each in source order. */
export function applyLifeLines(w: World): void {
  for (const line of w.plan.dueLife(w.t)) {
    for (const k of line.procs) {
      const p = w.procs[k];
      if (p === undefined) continue;
      if (line.kind === 'crash') crash(w, p);
      else restart(w, p);
    }
  }
}

/** (c) The blocks whose deadline is now give up, in declaration order. */
export function fireTimeouts(w: World): void {
  for (let d = w.timers.peek(); d !== undefined && d.at <= w.t; d = w.timers.peek()) {
    w.timers.pop();
    const p = w.procs[d.process];
    if (p === undefined || !w.timerLive(d) || p.reason === null) continue;
    w.em.timeout(w.t, p.name, p.line, p.reason);
    leaveWait(w, p);
    w.endBlock(p, true);
    w.makeReady(p);
  }
}

/**
 * Takes a blocked process out of what it waits in: its barrier arrival is withdrawn, it leaves a
 * queue's line. An answer still on its way will find nobody waiting for it (it is dropped as late).
 */
function leaveWait(w: World, p: Proc): void {
  if (p.reason === 'barrier') {
    const b = w.barrierByName.get(p.on ?? '');
    if (b === undefined) return;
    const at = b.arrivals.indexOf(p.index);
    if (at < 0) return;
    b.arrivals.splice(at, 1);
    w.em.withdraw(w.t, b.name, p.name, b.generation, b.arrivals.length);
    return;
  }
  if (p.reason === 'consume' || p.reason === 'publish') {
    const q = w.queueByName.get(p.on ?? '');
    if (q === undefined) return;
    if (p.reason === 'consume') q.consumers.remove(p.index);
    else q.publishers.remove(p.index);
  }
}

/** Stops a process for good (rule 5); one that has ended or is already down is not affected. */
function crash(w: World, p: Proc): void {
  if (p.status === DONE || p.status === CRASHED) return;
  w.em.crash(w.t, p.name);
  const held = p.resume;
  if (p.status === BLOCKED && held === null) leaveWait(w, p);
  w.endBlock(p);
  p.status = CRASHED;
  p.crashedAt = w.t;
  p.resume = null;
  p.mailbox = new Fifo();
  p.requests = new Fifo();
  p.buf = [];
  p.pos = 0;
  p.pending = null;
  // A publisher given a slot but not yet sending hands the slot on.
  if (held?.kind === 'publish') releaseSlot(w, held.queue);
}

/** Runs a crashed process's program again from its start (rule 6); any other is not affected. */
function restart(w: World, p: Proc): void {
  if (p.status !== CRASHED) return;
  w.em.restart(w.t, p.name);
  p.timedout = false;
  p.pending = { restart: true };
  w.makeReady(p);
}
