// The distinct states a search has seen, each kept once: their bytes one after another in one
// growable arena, where each begins in `offsets` (a state ends where the next begins), and an
// open-addressing hash table (linear probing) of one 32-bit word per slot: the state's index + 1
// in the low bits and, in the bits the budget leaves free, a tag of its hash. A probe rejects
// almost every other state by its tag without reading anywhere else, and the table stays small
// (4 bytes a slot): with a million states it is 8 MB, which matters because each lookup lands
// on a random slot and misses the caches. No strings, no JS Map, no object per state.

import type { Bytes } from './codec';

/** The table grows when it is fuller than this (linear probing stays short below it). */
const LOAD = 0.75;

export class StateStore {
  /** The states' bytes, in the order they were added. */
  bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Where state i begins; `offsets[count]` is where the next one will. */
  private offsets = new Int32Array(1 << 10);
  /** Each state's hash, read only when the table grows (kept so no state is hashed again). */
  private hashes = new Int32Array(1 << 10);
  /** Slot s holds `tag << bits | index + 1` (0: empty). */
  private table = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private limit = Math.floor((1 << 10) * LOAD);
  /** The bits an index + 1 takes (enough for the budget), and the mask of those bits. */
  private readonly bits: number;
  private readonly low: number;
  count = 0;

  /** A store for at most `capacity` states (the search's budget). */
  constructor(readonly capacity: number) {
    // A budget that is no number (NaN) bounds nothing, as in the search: every bit to the index.
    const most = capacity >= 1 ? capacity : 2 ** 31;
    this.bits = Math.min(31, Math.max(1, Math.ceil(Math.log2(most + 2))));
    this.low = this.bits === 31 ? 0x7fffffff : (1 << this.bits) - 1;
  }

  /** Bytes held: the arena, offsets and hashes as far as used, and the whole table. */
  get size(): number {
    return this.used + (this.count + 1) * 8 + this.table.byteLength;
  }

  /** Slots in the table (a power of two). */
  get slots(): number {
    return this.mask + 1;
  }

  /** Where state `index`'s bytes begin in `bytes`. */
  start(index: number): number {
    return this.offsets[index] as number;
  }

  /** Where they end. */
  end(index: number): number {
    return this.offsets[index + 1] as number;
  }

  /** The index of the state `b` holds (with hash `h`), or -1 when it has not been seen. */
  find(b: Bytes, h: number): number {
    const table = this.table;
    const mask = this.mask;
    const low = this.low;
    const tag = this.tagOf(h);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = table[slot] as number;
      if (e === 0) return -1;
      if ((e & ~low) === tag && this.equals((e & low) - 1, b)) return (e & low) - 1;
    }
  }

  /** The hash's top bits, placed above the index bits (the slot is chosen by its low bits). */
  private tagOf(h: number): number {
    return this.bits >= 31 ? 0 : (h >>> this.bits) << this.bits;
  }

  /** The word in the table where a lookup of hash `h` begins (reading it early brings it into the
   *  cache: see `Search.advance`). */
  slotOf(h: number): number {
    return this.table[h & this.mask] as number;
  }

  /** Adds a state not seen before (hash `h`) and returns its index. */
  add(b: Bytes, h: number): number {
    if (this.count >= this.capacity) throw new Error(`more than ${this.capacity} states`);
    if (this.count >= this.limit) this.rehash();
    const index = this.count++;
    if (index + 1 >= this.offsets.length) this.offsets = grown(this.offsets);
    const n = b.length;
    if (this.used + n > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + n));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    const bytes = this.bytes;
    const data = b.data;
    const at = this.used;
    for (let k = 0; k < n; k++) bytes[at + k] = data[k] as number;
    this.used += n;
    this.offsets[index + 1] = this.used;
    this.hashes = this.hashes.length > index ? this.hashes : grown(this.hashes);
    this.hashes[index] = h;
    place(this.table, this.mask, h, this.tagOf(h) | (index + 1));
    return index;
  }

  private equals(index: number, b: Bytes): boolean {
    const at = this.offsets[index] as number;
    const n = b.length;
    if ((this.offsets[index + 1] as number) - at !== n) return false;
    const bytes = this.bytes;
    const data = b.data;
    for (let k = 0; k < n; k++) if (bytes[at + k] !== data[k]) return false;
    return true;
  }

  /** Twice the slots; each state moves by the hash kept for it (no state is hashed again). */
  private rehash(): void {
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(slots);
    const mask = slots - 1;
    for (let index = 0; index < this.count; index++) {
      const h = this.hashes[index] as number;
      place(table, mask, h, this.tagOf(h) | (index + 1));
    }
    this.table = table;
    this.mask = mask;
    this.limit = Math.floor(slots * LOAD);
  }
}

function place(table: Int32Array, mask: number, h: number, entry: number): void {
  let slot = h & mask;
  while (table[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = entry;
}

/** A copy of `a` twice as long. */
export function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** A growable list of integers (the search's queues), reused from layer to layer. */
export class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) this.data = grown(this.data);
    this.data[this.length++] = v;
  }
}
