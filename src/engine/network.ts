// The network: latency per directed pair (links override the default), a seeded jitter draw per
// message in send order, per-pair FIFO, and the messages in flight ordered by (deliverAt, id).
// Endpoints are numbered: processes first (declaration order), then queues.

import type { LossCause, MessageKind } from './trace';
import { Heap } from './heap';
import { createRng, drawUpTo } from './prng';
import type { SentMessage } from './emitter';

/** A message of any kind, from one endpoint to another. */
export interface Message extends SentMessage {
  from: number;
  to: number;
  /** For an ack or a reply: the id of the sync message or request it answers; otherwise 0. */
  answers: number;
  /** Set when a fault line loses it: it is sent as usual and never delivered (SPEC §6). */
  lost: LossCause | null;
}

/** What the fault plan does to one message: extra delay, and whether a line loses it. */
export interface Fate {
  extra: number;
  lost: LossCause | null;
}

export interface NetworkConfig {
  /** Number of endpoints. */
  endpoints: number;
  latency: number;
  jitter: number;
  seed: number;
  /** Links in source order as pairs of endpoint sets; later ones override earlier ones. */
  links: { a: number[]; b: number[]; latency: number }[];
}

const byDelivery = (x: Message, y: Message) =>
  x.deliverAt < y.deliverAt || (x.deliverAt === y.deliverAt && x.id < y.id);

/** Carries messages between endpoints on the virtual clock. */
export class Network {
  private nextId = 1;
  private readonly size: number;
  private readonly latency: number;
  private readonly jitter: number;
  private readonly rng: () => number;
  private readonly links = new Map<number, number>();
  /** Last delivery time per directed pair, for FIFO. */
  private readonly last = new Map<number, number>();
  private readonly inFlight = new Heap<Message>(byDelivery);

  constructor(config: NetworkConfig) {
    this.size = config.endpoints;
    this.latency = config.latency;
    this.jitter = config.jitter;
    this.rng = createRng(config.seed);
    for (const link of config.links) {
      for (const a of link.a) {
        for (const b of link.b) {
          this.links.set(a * this.size + b, link.latency);
          this.links.set(b * this.size + a, link.latency);
        }
      }
    }
  }

  /** Messages sent so far. */
  get sent(): number {
    return this.nextId - 1;
  }

  /**
   * Sends a message leaving at `t`: numbers it, draws its delay, adds the fault plan's (`fate`),
   * keeps its pair FIFO, puts it in flight. A lost message travels like any other.
   */
  send(
    from: number,
    to: number,
    kind: MessageKind,
    payload: string | null,
    line: number,
    t: number,
    answers = 0,
    fate: Fate | null = null,
  ): Message {
    const pair = from * this.size + to;
    let delay = this.links.get(pair) ?? this.latency;
    if (this.jitter > 0) delay += drawUpTo(this.rng, this.jitter);
    let deliverAt = t + delay + (fate?.extra ?? 0);
    const previous = this.last.get(pair);
    if (previous !== undefined && previous > deliverAt) deliverAt = previous;
    this.last.set(pair, deliverAt);
    const lost = fate?.lost ?? null;
    const message: Message = { id: this.nextId++, kind, payload, deliverAt, line, from, to, answers, lost };
    this.inFlight.push(message);
    return message;
  }

  /** When the next message arrives, or Infinity when none is in flight. */
  nextAt(): number {
    const top = this.inFlight.peek();
    return top === undefined ? Infinity : top.deliverAt;
  }

  /** Removes and returns the next message due by `t`, in (deliverAt, id) order. */
  popDue(t: number): Message | undefined {
    const top = this.inFlight.peek();
    if (top === undefined || top.deliverAt > t) return undefined;
    return this.inFlight.pop();
  }
}
