// A queue's waiting line: consumers waiting for a message, or publishers waiting for a free slot.
// First come, first served by time; entries that joined at the same instant are a tie, broken by
// declaration order (SPEC §2), whatever order the processes happened to run in within the instant.

/** One process waiting in a line since virtual time `since`. */
export interface WaitEntry {
  process: number;
  since: number;
}

/**
 * A source of arbitrary choices for tests: returns an integer in 0..n-1. When given, collections
 * whose order must not matter are kept in a scrambled order, so a test can check that the trace
 * depends only on times and declaration order.
 */
export type Scramble = (n: number) => number;

/** True when `a` is served before `b`. */
const before = (a: WaitEntry, b: WaitEntry): boolean =>
  a.since < b.since || (a.since === b.since && a.process < b.process);

/** A waiting line ordered by (time joined, declaration index). */
export class WaitLine<T extends WaitEntry> {
  private readonly items: T[] = [];

  constructor(private readonly scramble?: Scramble) {}

  get size(): number {
    return this.items.length;
  }

  /** Joins the line. Time only moves forward, so the place is almost always at the end. */
  push(entry: T): void {
    const items = this.items;
    if (this.scramble) {
      items.splice(this.scramble(items.length + 1), 0, entry);
      return;
    }
    let k = items.length;
    while (k > 0 && before(entry, items[k - 1] as T)) k--;
    items.splice(k, 0, entry);
  }

  /** Takes `process` out of the line (a timeout or a crash); true when it was there. */
  remove(process: number): boolean {
    const at = this.items.findIndex((e) => e.process === process);
    if (at < 0) return false;
    this.items.splice(at, 1);
    return true;
  }

  /** Removes and returns the entry served next. */
  shift(): T | undefined {
    const items = this.items;
    if (!this.scramble) return items.shift();
    let best = 0;
    for (let k = 1; k < items.length; k++) if (before(items[k] as T, items[best] as T)) best = k;
    return items.splice(best, 1)[0];
  }
}

/** Shuffles `items` in place with `scramble` (Fisher–Yates); without it, leaves them as they are. */
export function scrambleInPlace<T>(items: T[], scramble: Scramble | undefined): void {
  if (!scramble) return;
  for (let k = items.length - 1; k > 0; k--) {
    const j = scramble(k + 1);
    const tmp = items[k] as T;
    items[k] = items[j] as T;
    items[j] = tmp;
  }
}
