// Deliveries: a message reaching a mailbox, a waiting process, or a broker queue; and a queue
// handing its messages to waiting consumers (which frees slots for blocked publishers).

import { BLOCKED } from './state';
import type { QueueState } from './state';
import type { Message } from './network';
import type { World } from './world';

/** Delivers every message due at the current instant, in (deliverAt, id) order. */
export function deliverDue(w: World): void {
  for (let m = w.net.popDue(w.t); m !== undefined; m = w.net.popDue(w.t)) deliver(w, m);
}

function deliver(w: World, m: Message): void {
  w.em.deliver(w.t, m.id, w.endpoints[m.to] ?? '');
  const p = w.procs[m.to];
  if (p === undefined) {
    const q = w.queues[m.to - w.procs.length];
    if (q === undefined) return;
    q.inFlight--;
    q.items.push(m);
    dispatch(w, q);
    return;
  }
  if (m.kind === 'message' || m.kind === 'sync' || m.kind === 'request') {
    if (p.status === BLOCKED && p.reason === 'recv' && (p.peer < 0 || p.peer === m.from)) {
      const line = p.line;
      w.unblock(p);
      w.take(p, m, line);
    } else {
      p.mailbox.push(m);
    }
    return;
  }
  // An ack, a reply or a dispatch goes straight to the process blocked waiting for it.
  const line = p.line;
  w.unblock(p);
  w.em.recv(w.t, m.id, p.name, line);
}

/** Hands the queue's oldest messages to its first waiting consumers, freeing slots. */
export function dispatch(w: World, q: QueueState): void {
  while (q.items.size > 0 && q.consumers.size > 0) {
    const m = q.items.shift() as Message;
    const c = w.procs[q.consumers.shift() as number];
    if (c === undefined) continue;
    w.transmit(q.endpoint, c.index, 'dispatch', m.payload, c.line);
    freeSlots(w, q);
  }
}

/** Lets blocked publishers send, in the order they blocked, while the queue has room. */
export function freeSlots(w: World, q: QueueState): void {
  while (q.publishers.size > 0 && (q.capacity === null || q.items.size + q.inFlight < q.capacity)) {
    const pub = q.publishers.shift();
    const p = pub === undefined ? undefined : w.procs[pub.process];
    if (pub === undefined || p === undefined) continue;
    w.unblock(p);
    w.transmit(p.index, q.endpoint, 'publish', pub.payload, pub.line);
    q.inFlight++;
  }
}
