// Deliveries: a message reaching a mailbox, a waiting process, or a broker queue; and a queue
// handing its messages to waiting consumers (which frees slots for blocked publishers).

import { BLOCKED, CRASHED } from './state';
import type { BlockedPublisher, QueueState } from './state';
import type { WaitEntry } from './line';
import type { Message } from './network';
import type { World } from './world';

/** Delivers every message due at the current instant, in (deliverAt, id) order. */
export function deliverDue(w: World): void {
  for (let m = w.net.popDue(w.t); m !== undefined; m = w.net.popDue(w.t)) deliver(w, m);
}

function deliver(w: World, m: Message): void {
  const to = w.endpoints[m.to] ?? '';
  const p = w.procs[m.to];
  // SPEC §6: a message a fault line loses, or that reaches a process that is down, is lost now.
  const lost = m.lost ?? (p?.status === CRASHED ? 'crash' : null);
  if (lost !== null) {
    w.em.lost(w.t, m.id, to, lost);
    const q = p === undefined ? w.queues[m.to - w.procs.length] : undefined;
    if (q !== undefined && m.kind === 'publish') releaseSlot(w, q);
    return;
  }
  w.em.deliver(w.t, m.id, to);
  if (p === undefined) {
    const q = w.queues[m.to - w.procs.length];
    if (q === undefined) return;
    q.inFlight--;
    q.items.push(m);
    dispatch(w, q);
    return;
  }
  if (m.kind === 'message' || m.kind === 'sync' || m.kind === 'request') {
    const waiting =
      p.status === BLOCKED && p.resume === null && p.reason === 'recv' && (p.peer < 0 || p.peer === m.from);
    if (waiting) w.satisfy(p, { kind: 'take', message: m, line: p.line });
    else p.mailbox.push(m);
    return;
  }
  // An ack, a reply or a dispatch goes straight to the statement waiting for it; if that
  // statement gave up (or its process restarted since), it is dropped as late (SPEC §6 rule 8).
  const answer = m.kind === 'dispatch' ? m.id : m.answers;
  if (p.status === BLOCKED && p.resume === null && answer !== 0 && p.awaiting === answer)
    w.satisfy(p, { kind: 'take', message: m, line: p.line });
  else w.em.drop(w.t, m.id, p.name);
}

/** Hands the queue's oldest messages to its first waiting consumers, freeing slots. */
export function dispatch(w: World, q: QueueState): void {
  while (q.items.size > 0 && q.consumers.size > 0) {
    const m = q.items.shift() as Message;
    const c = w.procs[(q.consumers.shift() as WaitEntry).process];
    if (c === undefined) continue;
    c.awaiting = w.transmit(q.endpoint, c.index, 'dispatch', m.payload, c.line).id;
    freeSlots(w, q);
  }
}

/** A slot counted for a publish that will never arrive (lost, or its publisher crashed) is free again. */
export function releaseSlot(w: World, q: QueueState): void {
  q.inFlight--;
  freeSlots(w, q);
}

/**
 * Gives free slots to blocked publishers, in the order they blocked, while the queue has room.
 * Each slot counts as taken at once; its publisher sends when its turn comes at this instant.
 */
export function freeSlots(w: World, q: QueueState): void {
  while (q.publishers.size > 0 && (q.capacity === null || q.items.size + q.inFlight < q.capacity)) {
    const pub = q.publishers.shift() as BlockedPublisher;
    const p = w.procs[pub.process];
    if (p === undefined) continue;
    q.inFlight++;
    w.satisfy(p, { kind: 'publish', queue: q, payload: pub.payload, line: pub.line });
  }
}
