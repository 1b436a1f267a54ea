// First-in first-out lists with O(1) removal from the front, and selective removal for
// `recv from T` (mailboxes). Arrays with a moving head, compacted now and then.

/** A FIFO list. */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The oldest item, or undefined. */
  peek(): T | undefined {
    return this.items[this.head];
  }

  /** Removes and returns the oldest item. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Removes and returns the oldest item satisfying `match`. */
  take(match: (item: T) => boolean): T | undefined {
    const items = this.items;
    for (let k = this.head; k < items.length; k++) {
      const item = items[k] as T;
      if (!match(item)) continue;
      if (k === this.head) return this.shift();
      items.splice(k, 1);
      return item;
    }
    return undefined;
  }

  /** The items, oldest first. */
  toArray(): T[] {
    return this.items.slice(this.head) as T[];
  }
}
