// What each operation of a running process does at the current instant. A process keeps
// running until an operation leaves it blocked, computing, ready (compute 0), done or failed.

import { runErrorMessage, type RunErrorCode } from '../lang/diagnostics.run';
import type { Params } from '../lang/hints';
import { STALL_STATEMENTS, type Op } from './ops';
import { formatCount } from './outcome';
import { dispatch } from './deliver';
import { DONE, type Proc } from './state';
import type { World } from './world';

/** Executes one operation of the running process `p`. */
export function execute(w: World, p: Proc, op: Op): void {
  switch (op.op) {
    case 'send': {
      const to = w.procByName.get(op.to);
      if (to === undefined) return w.fail(p, op.line, `there is no process named ${op.to}`);
      const m = w.transmit(p.index, to, op.kind, op.payload, op.line);
      if (op.kind === 'message') return;
      w.block(p, op.line, op.kind === 'sync' ? 'ssend' : 'call', op.to, to, false, op.timeout);
      p.awaiting = m.id;
      return;
    }
    case 'recv': {
      const from = op.from === null ? -1 : (w.procByName.get(op.from) ?? -2);
      if (from === -2) return w.fail(p, op.line, `there is no process named ${op.from}`);
      const m = from < 0 ? p.mailbox.shift() : p.mailbox.take((x) => x.from === from);
      if (m === undefined) return w.block(p, op.line, 'recv', op.from, from, op.inLoop, op.timeout);
      w.take(p, m, op.line);
      if (op.timeout !== null) p.timedout = false;
      return;
    }
    case 'reply': {
      const request = p.requests.shift();
      if (request === undefined) return fail(w, p, op.line, 'run-reply-without-request', {});
      w.transmit(p.index, request.from, 'reply', op.payload, op.line, request.id);
      return;
    }
    case 'compute': {
      if (!(op.duration >= 0)) return fail(w, p, op.line, 'run-negative-compute', { duration: op.duration });
      w.em.compute(w.t, p.name, op.line, op.duration);
      if (op.duration === 0) w.makeReady(p);
      else w.sleep(p, op.duration);
      return;
    }
    case 'publish': {
      const q = w.queueByName.get(op.queue);
      if (q === undefined) return w.fail(p, op.line, `there is no queue named ${op.queue}`);
      if (q.capacity !== null && q.items.size + q.inFlight >= q.capacity) {
        w.block(p, op.line, 'publish', q.name, -1, false);
        q.publishers.push({ process: p.index, since: w.t, line: op.line, payload: op.payload });
        return;
      }
      w.transmit(p.index, q.endpoint, 'publish', op.payload, op.line);
      q.inFlight++;
      return;
    }
    case 'consume': {
      const q = w.queueByName.get(op.queue);
      if (q === undefined) return w.fail(p, op.line, `there is no queue named ${op.queue}`);
      w.block(p, op.line, 'consume', q.name, -1, op.inLoop, op.timeout);
      q.consumers.push({ process: p.index, since: w.t });
      dispatch(w, q);
      return;
    }
    case 'barrier':
      return arrive(w, p, op.barrier, op.line, op.timeout);
    case 'branch':
      // `if timedout` that the program could not decide alone: the host gets the answer next.
      p.pending = { timedout: p.timedout };
      return;
    case 'note':
      w.em.note(w.t, p.name, op.line, op.text, op.lang);
      return;
    case 'ask':
      w.em.ask(w.t, p.name, op.line, op.text, op.lang, op.answer);
      return;
    case 'done':
      w.em.done(w.t, p.name);
      p.status = DONE;
      return;
    case 'error':
      return w.fail(p, op.line, op.message, op.code ? { code: op.code, params: op.params ?? {} } : undefined);
    case 'stall':
      w.failure = {
        kind: 'limit',
        text: `${p.name} ran ${formatCount(STALL_STATEMENTS)} statements without an event (line ${op.line})`,
        process: p.name,
        line: op.line,
        limit: 'statements',
      };
      return;
  }
}

/** Stops the run with a run-time error known by its code (the message is its English text). */
function fail(w: World, p: Proc, line: number, code: RunErrorCode, params: Params): void {
  w.fail(p, line, runErrorMessage(code, params), { code, params });
}

/** Arrival at a barrier; the arrival that completes the generation releases the others. */
function arrive(w: World, p: Proc, name: string, line: number, timeout: number | null): void {
  const b = w.barrierByName.get(name);
  if (b === undefined) return w.fail(p, line, `there is no barrier named ${name}`);
  const arrived = b.arrivals.length + 1;
  w.em.arrive(w.t, b.name, p.name, b.generation, arrived, b.parties, line);
  b.arrivals.push(p.index);
  if (arrived < b.parties) {
    w.block(p, line, 'barrier', b.name, -1, false, timeout);
    return;
  }
  if (timeout !== null) p.timedout = false;
  const members = b.arrivals;
  w.em.release(
    w.t,
    b.name,
    b.generation,
    members.map((m) => w.procs[m]?.name ?? ''),
  );
  b.generation++;
  b.arrivals = [];
  const waiting = members.filter((m) => m !== p.index);
  w.shuffleTies(waiting);
  waiting.sort((x, y) => x - y);
  for (const m of waiting) {
    const other = w.procs[m];
    if (other !== undefined) w.unblock(other);
  }
}
