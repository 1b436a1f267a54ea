// The search (SPEC §8): a 0-1 breadth-first search over the states of the untimed model, fewest
// deliveries first. Running a statement or giving up costs 0, a delivery or a loss costs 1; the
// states are taken layer by layer (layer d: the states whose fewest deliveries is d), and within a
// layer, everything reachable at no cost is taken before the next layer starts. So the first end
// state of each kind taken has the fewest deliveries of any, and the steps back to the start
// through each state's best parent are one shortest run. It works in slices (`advance`) so a
// Web Worker can answer messages, report progress and be cancelled between them.

import type { OutcomeKind } from '../engine/trace';
import { Bytes, decode, encode } from './codec';
import { XState, type Model } from './model';
import { classify } from './outcome';
import { normalize } from './reduce';
import { applyStep, costOf, enabledSteps, initialState } from './steps';
import { IntList, StateStore, grown } from './store';

export const DEFAULT_STATES = 1_000_000;

/** A search in progress. */
export class Search {
  readonly store: StateStore;
  /** The state being expanded, read into the same object each time (see `decode`). */
  private readonly base: XState;
  /** Each successor in turn, encoded before the next is made (see `XState.reuse`). */
  private readonly scratch: XState;
  private readonly steps: number[] = [];
  private parent = new Int32Array(1024);
  private via = new Int32Array(1024);
  private dist = new Int32Array(1024);
  /** The layer being taken, first in first out from `head` (so a scenario that sends for ever at
   *  no cost is searched broadly, its states staying small, instead of one ever longer run). */
  private cur = new IntList();
  private head = 0;
  private next = new IntList();
  /** The successors of the state being expanded, encoded, and their hashes. */
  private readonly succ: Bytes[] = [];
  private hashes = new Int32Array(64);
  /** The fewest deliveries of the states being taken now. */
  layer = 0;
  /** What the early reads of the table read (kept, so they are not optimized away). */
  private sink = 0;
  /** States whose steps have been followed. */
  expanded = 0;
  /** The first end state of each kind found (the fewest deliveries of that kind). */
  readonly found = new Map<OutcomeKind, number>();
  /** False once a new state was refused for want of budget. */
  complete = true;
  done = false;

  constructor(
    private readonly m: Model,
    private readonly budget: number,
    private readonly reduce: boolean,
  ) {
    const s = initialState(m, null);
    if (reduce) normalize(m, s, null);
    this.store = new StateStore(budget);
    this.base = new XState(m);
    this.scratch = new XState(m);
    const first = new Bytes();
    encode(m, s, first);
    const index = this.store.add(first, first.hash());
    this.parent[index] = -1;
    this.cur.push(index);
  }

  /** Takes up to `max` states; true when the search is over (everything seen, or out of budget). */
  advance(max: number): boolean {
    const { m, store, steps } = this;
    for (let n = 0; n < max && !this.done; n++) {
      if (this.head === this.cur.length) {
        if (this.next.length === 0) {
          this.done = true;
          break;
        }
        this.layer++;
        const taken = this.cur;
        this.cur = this.next;
        this.head = 0;
        this.next = taken;
        taken.length = 0;
        continue;
      }
      const i = this.cur.data[this.head++] as number;
      if (this.dist[i] !== this.layer) continue; // taken already, at fewer deliveries
      const s = decode(m, store.bytes, store.start(i), store.end(i), this.base);
      this.expanded++;
      enabledSteps(m, s, steps);
      if (steps.length === 0 || s.halt >= 0) {
        const kind = classify(m, s);
        if (!this.found.has(kind)) this.found.set(kind, i);
        continue;
      }
      // Every successor is encoded and its slot in the table read first, then each is looked up:
      // the reads of the first loop do not wait for one another, so their cache misses overlap,
      // and the lookups that follow find the slots in the cache.
      const n = steps.length;
      if (n > this.hashes.length) this.hashes = new Int32Array(2 * n);
      while (this.succ.length < n) this.succ.push(new Bytes());
      const { succ, hashes } = this;
      for (let k = 0; k < n; k++) {
        const t = applyStep(m, s, steps[k] as number, null, this.scratch);
        if (this.reduce) normalize(m, t, null);
        const b = succ[k] as Bytes;
        encode(m, t, b);
        hashes[k] = b.hash();
      }
      for (let k = 0; k < n; k++) this.sink ^= store.slotOf(hashes[k] as number);

      for (let k = 0; k < n; k++) {
        const step = steps[k] as number;
        const b = succ[k] as Bytes;
        const h = hashes[k] as number;
        const cost = costOf(step);
        const d = this.layer + cost;
        let j = store.find(b, h);
        if (j < 0) {
          if (store.count >= this.budget) {
            // Out of budget: stop here, so that every `shortest` found so far stays exact.
            this.complete = false;
            this.done = true;
            return true;
          }
          j = store.add(b, h);
          if (j >= this.dist.length) {
            this.dist = grown(this.dist);
            this.parent = grown(this.parent);
            this.via = grown(this.via);
          }
        } else if ((this.dist[j] as number) <= d) continue;
        this.dist[j] = d;
        this.parent[j] = i;
        this.via[j] = step;
        (cost === 0 ? this.cur : this.next).push(j);
      }
    }
    return this.done;
  }

  /** The steps from the start to state `index`, along its best parents. */
  pathTo(index: number): number[] {
    const path: number[] = [];
    for (let i = index; (this.parent[i] as number) >= 0; i = this.parent[i] as number)
      path.push(this.via[i] as number);
    return path.reverse();
  }

  /** Bytes held: the store, and the distance, parent and step arrays. */
  bytes(): number {
    return this.store.size + this.dist.byteLength * 3;
  }

  /** The fewest deliveries to state `index`. */
  distance(index: number): number {
    return this.dist[index] as number;
  }
}
