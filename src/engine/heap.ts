// Binary heaps for the clock: timed actions ordered by a key, and the set of ready processes
// ordered by declaration index. Hand-rolled because they sit on the hottest path of a run.

/** A binary min-heap ordered by `less`. */
export class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  /** The smallest item, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    let k = a.length;
    a.push(item);
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const up = a[parent] as T;
      if (!this.less(item, up)) break;
      a[k] = up;
      k = parent;
    }
    a[k] = item;
  }

  /** Removes and returns the smallest item. */
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    const n = a.length;
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.less(a[right] as T, a[child] as T)) child = right;
      const c = a[child] as T;
      if (!this.less(c, last)) break;
      a[k] = c;
      k = child;
    }
    a[k] = last;
    return top;
  }
}

/** A min-heap of small non-negative integers without duplicates (the ready set). */
export class IndexHeap {
  private readonly items: number[] = [];
  private readonly present: Uint8Array;

  constructor(capacity: number) {
    this.present = new Uint8Array(capacity);
  }

  get size(): number {
    return this.items.length;
  }

  /** Adds `k` unless it is already there. */
  add(k: number): void {
    if (this.present[k] === 1) return;
    this.present[k] = 1;
    const a = this.items;
    let i = a.length;
    a.push(k);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent] as number;
      if (up <= k) break;
      a[i] = up;
      i = parent;
    }
    a[i] = k;
  }

  /** Removes and returns the smallest index, or -1 when empty. */
  pop(): number {
    const a = this.items;
    if (a.length === 0) return -1;
    const top = a[0] as number;
    const last = a.pop() as number;
    this.present[top] = 0;
    const n = a.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (a[right] as number) < (a[child] as number)) child = right;
      const c = a[child] as number;
      if (c >= last) break;
      a[i] = c;
      i = child;
    }
    a[i] = last;
    return top;
  }
}
