// Properties every trace must have, whatever the scenario (SPEC §2–§3). Used by property tests
// here and by any host (Workers, CLI) that wants to check what it produced.

import type { Trace, TraceEvent } from './trace';

/** The process an event is "of" (its actor), or null for deliveries, releases and queue dispatches. */
function actor(e: TraceEvent, processes: Set<string>): string | null {
  switch (e.type) {
    case 'msg.send':
      return processes.has(e.from) ? e.from : null;
    case 'msg.deliver':
    case 'msg.lost':
    case 'msg.drop':
    case 'barrier.release':
    case 'barrier.withdraw':
    case 'run.end':
      return null;
    default:
      return e.process;
  }
}

/** Checks a trace's structural invariants; returns one sentence per violation (empty when sound). */
export function traceViolations(trace: Trace): string[] {
  const bad: string[] = [];
  const events = trace.events;
  const names = new Set(trace.scenario.processes);
  const sends = new Map<number, Extract<TraceEvent, { type: 'msg.send' }>>();
  const delivered = new Set<number>();
  const received = new Set<number>();
  const lost = new Set<number>();
  const lastOnPair = new Map<string, number>();
  const blocked = new Map<string, number>();
  /** Processes down after a crash, until their restart. */
  const down = new Set<string>();
  const arrivals = new Map<string, { process: string; t: number }[]>();
  const parties = new Map(trace.scenario.barriers.map((b) => [b.name, b.parties]));
  let startsOver = false;
  /** The instant of the latest event of a process: messages due then must all come before it. */
  let actedAt = -1;
  events.forEach((e, k) => {
    const prev = events[k - 1];
    if (e.seq !== k) bad.push(`event ${k} has seq ${e.seq}`);
    if (prev && e.t < prev.t) bad.push(`event ${k} goes back in time (${prev.t} → ${e.t})`);
    if (e.type === 'proc.start' && startsOver) bad.push(`proc.start ${e.process} after other events`);
    if (e.type !== 'proc.start') startsOver = true;
    const who = actor(e, names);
    if (who !== null && down.has(who) && e.type !== 'proc.restart')
      bad.push(`event ${k} (${e.type}) of ${who} while it is down`);
    if (who !== null && e.type !== 'proc.start') actedAt = e.t;
    if (
      (e.type === 'msg.deliver' || e.type === 'msg.lost') &&
      actedAt === e.t &&
      (sends.get(e.id)?.t ?? e.t) < e.t
    )
      bad.push(`message ${e.id} is delivered at t=${e.t} after a process has run at that instant`);
    const ends = e.type === 'proc.unblock' || e.type === 'proc.timeout' || e.type === 'proc.crash';
    if (who !== null && blocked.has(who) && !ends && e.type !== 'run.end') {
      bad.push(`event ${k} (${e.type}) of ${who} while it is blocked`);
    }
    switch (e.type) {
      case 'proc.block':
        if (blocked.has(e.process)) bad.push(`${e.process} blocked twice (event ${k})`);
        blocked.set(e.process, k);
        break;
      case 'proc.unblock':
        if (!blocked.delete(e.process)) bad.push(`${e.process} unblocked while not blocked (event ${k})`);
        break;
      case 'proc.timeout':
        if (!blocked.delete(e.process)) bad.push(`${e.process} gave up while not blocked (event ${k})`);
        break;
      case 'proc.crash':
        blocked.delete(e.process);
        if (down.has(e.process)) bad.push(`${e.process} crashed twice (event ${k})`);
        down.add(e.process);
        break;
      case 'proc.restart':
        if (!down.delete(e.process)) bad.push(`${e.process} restarted while up (event ${k})`);
        break;
      case 'msg.lost': {
        const s = sends.get(e.id);
        if (!s || s.deliverAt !== e.t || s.to !== e.to) bad.push(`message ${e.id} lost at ${e.t} to ${e.to}`);
        if (delivered.has(e.id)) bad.push(`message ${e.id} lost after delivery`);
        lost.add(e.id);
        break;
      }
      case 'barrier.withdraw': {
        const list = arrivals.get(`${e.barrier}#${e.generation}`) ?? [];
        const at = list.findIndex((a) => a.process === e.process);
        if (at < 0) bad.push(`${e.process} withdrew from barrier ${e.barrier} without arriving`);
        else list.splice(at, 1);
        if (e.arrived !== list.length) bad.push(`barrier ${e.barrier}: withdrawal counted as ${e.arrived}`);
        break;
      }
      case 'msg.send': {
        if (e.id !== sends.size + 1) bad.push(`message ${e.id} sent out of order`);
        if (e.deliverAt < e.t) bad.push(`message ${e.id} delivered before it is sent`);
        sends.set(e.id, e);
        const pair = `${e.from}\u0000${e.to}`;
        const last = lastOnPair.get(pair);
        if (last !== undefined && e.deliverAt < last)
          bad.push(`message ${e.id} overtakes on ${e.from}→${e.to}`);
        lastOnPair.set(pair, e.deliverAt);
        break;
      }
      case 'msg.deliver': {
        const s = sends.get(e.id);
        if (!s) bad.push(`message ${e.id} delivered but never sent`);
        else if (s.deliverAt !== e.t || s.to !== e.to)
          bad.push(`message ${e.id} delivered at ${e.t} to ${e.to}`);
        if (delivered.has(e.id)) bad.push(`message ${e.id} delivered twice`);
        if (lost.has(e.id)) bad.push(`message ${e.id} delivered after it was lost`);
        delivered.add(e.id);
        break;
      }
      case 'msg.recv':
        if (!delivered.has(e.id)) bad.push(`message ${e.id} received before delivery`);
        if (received.has(e.id)) bad.push(`message ${e.id} received twice`);
        if (sends.get(e.id)?.to !== e.process) bad.push(`message ${e.id} received by ${e.process}`);
        received.add(e.id);
        break;
      case 'barrier.arrive': {
        const key = `${e.barrier}#${e.generation}`;
        const list = arrivals.get(key) ?? [];
        arrivals.set(key, list);
        list.push({ process: e.process, t: e.t });
        if (e.arrived !== list.length)
          bad.push(`barrier ${key}: arrival ${list.length} counted as ${e.arrived}`);
        if (e.parties !== parties.get(e.barrier)) bad.push(`barrier ${e.barrier}: parties ${e.parties}`);
        break;
      }
      case 'barrier.release': {
        const list = arrivals.get(`${e.barrier}#${e.generation}`) ?? [];
        const expected = parties.get(e.barrier) ?? -1;
        if (list.length !== Math.max(1, expected))
          bad.push(`barrier ${e.barrier} released after ${list.length} arrivals`);
        if (list[list.length - 1]?.t !== e.t)
          bad.push(`barrier ${e.barrier} released later than its last arrival`);
        if (list.map((a) => a.process).join() !== e.processes.join())
          bad.push(`barrier ${e.barrier} released others`);
        break;
      }
      default:
        break;
    }
    if (e.type !== 'msg.send' && who !== null && !names.has(who))
      bad.push(`event ${k} names unknown process ${who}`);
  });
  const end = events[events.length - 1];
  if (end?.type !== 'run.end') bad.push('the last event is not run.end');
  else {
    const before = events[events.length - 2];
    if (end.t !== (before?.t ?? 0) || trace.outcome.time !== end.t)
      bad.push('run.end is not at the last event time');
    if (events.filter((e) => e.type === 'run.end').length !== 1) bad.push('run.end appears more than once');
  }
  const stillBlocked = trace.scenario.processes.filter((p) => blocked.has(p)).join();
  if (trace.outcome.blocked.map((b) => b.process).join() !== stillBlocked) {
    bad.push(`outcome.blocked does not list the processes blocked at the end (${stillBlocked})`);
  }
  return bad;
}
