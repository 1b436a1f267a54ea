// English sentences for narration (see phrasebook.ts).

import type { BlockedInfo } from '../engine/trace';
import type { MsgFacts, Phrasebook } from './phrasebook';
import { cycleText, many, single } from './phrasebook';

const ticks = (n: number): string => (n === 1 ? '1 tick' : `${n} ticks`);
const pl = (p: string | null): string => (p === null ? '' : ` "${p}"`);
const list = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? 'nobody') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
const held = (n: number): string => (n === 1 ? '1 message' : `${n} messages`);
const deliveries = (n: number): string => (n === 1 ? '1 delivery' : `${n} deliveries`);
const arrives = (m: MsgFacts): string =>
  m.clock === 'deliveries' ? `it arrives with delivery ${m.deliverAt}` : `it arrives at t=${m.deliverAt}`;

function waits(b: BlockedInfo, barrier: string | null): string {
  const on = single(b.waitsFor);
  switch (b.reason) {
    case 'recv':
      return on === null
        ? `${b.process} waits for a message.`
        : `${b.process} waits for a message from ${on}.`;
    case 'ssend':
      return `${b.process} waits for ${on ?? 'its receiver'} to take its message and acknowledge it.`;
    case 'call':
      return `${b.process} waits for the reply from ${on ?? 'the callee'}.`;
    case 'publish':
      return `${b.process} waits for a free slot in queue ${on ?? '?'}.`;
    case 'consume':
      return `${b.process} waits for a message from queue ${on ?? '?'}.`;
    case 'barrier': {
      const at = barrier === null ? 'a barrier' : `barrier ${barrier}`;
      const missing = many(b.waitsFor);
      return missing.length === 0
        ? `${b.process} waits at ${at}.`
        : `${b.process} waits at ${at} for ${list(missing)} to arrive.`;
    }
  }
}

export const en: Phrasebook = {
  start: (p) => `${p} starts.`,
  compute: (p, d, line, until) =>
    d === 0
      ? `${p} does a zero-length compute (line ${line}) and goes straight on.`
      : `${p} computes for ${ticks(d)} (line ${line}) and is busy until t=${until}.`,
  block(f) {
    const at = `(line ${f.line})`;
    switch (f.reason) {
      case 'recv':
        return f.on === null
          ? `${f.process} waits for a message ${at}: nothing has arrived for it yet.`
          : `${f.process} waits for a message from ${f.on} ${at}.`;
      case 'ssend':
        return `${f.process} waits until ${f.on ?? 'the receiver'} takes its message and the acknowledgement comes back ${at}.`;
      case 'call':
        return `${f.process} waits for the reply from ${f.on ?? 'the callee'} ${at}.`;
      case 'publish':
        return `Queue ${f.on ?? '?'} is full (${f.used ?? '?'}/${f.capacity ?? '?'}), so ${f.process} waits for a free slot ${at}.`;
      case 'consume':
        return `${f.process} joins the line at queue ${f.on ?? '?'} and waits for a message ${at}.`;
      case 'barrier':
        return `${f.process} waits at barrier ${f.on ?? '?'} for the others (${f.arrived ?? '?'}/${f.parties ?? '?'} arrived).`;
    }
  },
  unblock(f) {
    const w =
      f.waited > 0
        ? ` after waiting ${f.clock === 'deliveries' ? deliveries(f.waited) : ticks(f.waited)}`
        : '';
    switch (f.reason) {
      case 'recv':
        return `A message is there for ${f.process}, so it goes on${w}.`;
      case 'ssend':
        return `The acknowledgement from ${f.on ?? 'the receiver'} is back, so ${f.process} goes on${w}.`;
      case 'call':
        return `The reply from ${f.on ?? 'the callee'} is back, so ${f.process} goes on${w}.`;
      case 'publish':
        return `A slot is free in queue ${f.on ?? '?'}, so ${f.process} goes on${w}.`;
      case 'consume':
        return `A message from queue ${f.on ?? '?'} has reached ${f.process}, so it goes on${w}.`;
      case 'barrier':
        return `Everyone has reached barrier ${f.on ?? '?'}, so ${f.process} goes on${w}.`;
      case null:
        return `${f.process} goes on.`;
    }
  },
  done: (p) => `${p} reaches the end of its program.`,
  error: (p, line, message) => `${p} stops with an error at line ${line}: ${message}`,
  send(m) {
    switch (m.kind) {
      case 'message':
        return `${m.from} sends message #${m.id}${pl(m.payload)} to ${m.to}; ${arrives(m)}.`;
      case 'sync':
        return `${m.from} sends message #${m.id}${pl(m.payload)} to ${m.to} synchronously and must wait until ${m.to} takes it; ${arrives(m)}.`;
      case 'ack':
        return m.answers === null
          ? `${m.from} sends acknowledgement #${m.id} back to ${m.to}; ${arrives(m)}.`
          : `${m.from} sends acknowledgement #${m.id} back to ${m.to}, confirming message #${m.answers}; ${arrives(m)}.`;
      case 'request':
        return `${m.from} calls ${m.to} with request #${m.id}${pl(m.payload)} and waits for the reply; ${arrives(m)}.`;
      case 'reply':
        return m.answers === null
          ? `${m.from} sends reply #${m.id}${pl(m.payload)} to ${m.to}; ${arrives(m)}.`
          : `${m.from} answers request #${m.answers} from ${m.to} with reply #${m.id}${pl(m.payload)}; ${arrives(m)}.`;
      case 'publish':
        return `${m.from} publishes message #${m.id}${pl(m.payload)} to queue ${m.to}; ${arrives(m)}.`;
      case 'dispatch':
        return `Queue ${m.from} hands its oldest message to ${m.to}, first in line, as #${m.id}${pl(m.payload)}; ${arrives(m)}.`;
    }
  },
  deliver({ msg: m, held: n }) {
    switch (m.kind) {
      case 'message':
        return `Message #${m.id} from ${m.from} arrives in ${m.to}'s mailbox, which now holds ${held(n)}.`;
      case 'sync':
        return `Synchronous message #${m.id} from ${m.from} arrives in ${m.to}'s mailbox, which now holds ${held(n)}.`;
      case 'request':
        return `Request #${m.id} from ${m.from} arrives in ${m.to}'s mailbox, which now holds ${held(n)}.`;
      case 'ack':
        return `Acknowledgement #${m.id} from ${m.from} reaches ${m.to}.`;
      case 'reply':
        return `Reply #${m.id} from ${m.from} reaches ${m.to}.`;
      case 'publish':
        return `Message #${m.id} from ${m.from} lands in queue ${m.to}, which now holds ${held(n)}.`;
      case 'dispatch':
        return `Message #${m.id} from queue ${m.from} reaches ${m.to}.`;
    }
  },
  arrivesSomewhere: (id, to) => `Message #${id} reaches ${to}.`,
  recv({ process: p, msg: m, id, senderWaits }) {
    if (m === null) return `${p} takes message #${id}.`;
    switch (m.kind) {
      case 'message':
      case 'publish':
        return `${p} takes message #${m.id}${pl(m.payload)} from ${m.from} out of its mailbox.`;
      case 'sync':
        return senderWaits
          ? `${p} takes synchronous message #${m.id}${pl(m.payload)} from ${m.from}; ${m.from} still waits for the acknowledgement.`
          : `${p} takes synchronous message #${m.id}${pl(m.payload)} from ${m.from}.`;
      case 'request':
        return senderWaits
          ? `${p} takes request #${m.id}${pl(m.payload)} from ${m.from}; ${m.from} still waits for the reply.`
          : `${p} takes request #${m.id}${pl(m.payload)} from ${m.from}.`;
      case 'ack':
        return `${p} receives the acknowledgement from ${m.from}: its synchronous send is complete.`;
      case 'reply':
        return `${p} receives reply #${m.id}${pl(m.payload)} from ${m.from}: the call is complete.`;
      case 'dispatch':
        return `${p} receives message #${m.id}${pl(m.payload)} from queue ${m.from}.`;
    }
  },
  arrive: (p, b, g, a, n) =>
    a >= n
      ? `${p} arrives at barrier ${b} as the last of ${n} (generation ${g}), so the barrier opens.`
      : `${p} arrives at barrier ${b} (${a}/${n}, generation ${g}).`,
  release: (b, g, ps) =>
    ps.length === 1
      ? `Barrier ${b} opens (generation ${g}): ${list(ps)} goes on.`
      : `Barrier ${b} opens (generation ${g}): ${list(ps)} go on together.`,
  note: (p, line, text) => `Note from ${p} (line ${line}): ${text}`,
  ask: (p, line, text) => `Question from ${p} (line ${line}): ${text}`,
  answer: (text) => `Answer: ${text}`,
  outcome(o, barrierOf) {
    const who = o.blocked.map((b) => waits(b, barrierOf(b.process))).join(' ');
    const tail = who === '' ? '' : ` ${who}`;
    switch (o.kind) {
      case 'completed':
        return `The run is complete: every process reached its end by t=${o.time}.`;
      case 'idle':
        return `The run is idle at t=${o.time}: nothing more can happen, and every unfinished process is a server waiting for work.${tail}`;
      case 'deadlock': {
        const cycle = cycleText(o.cycle);
        return `Deadlock at t=${o.time}: no process can go on.${tail}${cycle === null ? '' : ` The cycle of waiting: ${cycle}.`}`;
      }
      case 'limit':
        return o.limit === 'time'
          ? `The run was stopped at t=${o.time} by the time limit.`
          : o.limit === 'statements'
            ? `The run was stopped at t=${o.time}: a process ran too many statements without doing anything visible.`
            : `The run was stopped at t=${o.time} by the event limit.`;
      case 'error':
        return o.process === undefined
          ? `The run stopped with an error at t=${o.time}: ${o.message}`
          : `The run stopped with an error in ${o.process} at line ${o.line ?? '?'} (t=${o.time}): ${o.message}`;
    }
  },
  waits,
  waiting(f) {
    switch (f.reason) {
      case 'recv':
        return f.on === null ? 'waiting for a message' : `waiting for a message from ${f.on}`;
      case 'ssend':
        return `waiting for ack from ${f.on ?? '?'}`;
      case 'call':
        return `waiting for reply from ${f.on ?? '?'}`;
      case 'publish':
        return `waiting for a free slot in ${f.on ?? '?'}`;
      case 'consume':
        return `waiting for a message from ${f.on ?? '?'}`;
      case 'barrier':
        return `waiting at barrier ${f.on ?? '?'} (${f.arrived ?? '?'}/${f.parties ?? '?'})`;
    }
  },
};
