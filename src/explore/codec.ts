// States as numbers: `encode` writes a state into a list of non-negative integers (the same state
// always gives the same list), `decode` reads it back, and `StateStore` keeps each distinct list
// once, packed as variable-length bytes (most numbers are below 128: one byte each), in an open-
// addressing hash table.

import { XState, type Model } from './model';

/** A growable scratch list of integers. */
export class Ints {
  data = new Int32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  pushAll(list: readonly number[]): void {
    this.push(list.length);
    for (let k = 0; k < list.length; k++) this.push(list[k] as number);
  }
}

/** Writes `s` into `out` (cleared first). */
export function encode(m: Model, s: XState, out: Ints): void {
  out.length = 0;
  out.push(s.halt + 1);
  out.push(s.lost);
  for (let k = 0; k < m.procs; k++) {
    out.push(((s.fr[k] as number) << 3) | ((s.st[k] as number) << 1) | (s.to[k] as number));
    out.pushAll(s.mb[k] as number[]);
    out.pushAll(s.rq[k] as number[]);
  }
  for (let q = 0; q < s.qn.length; q++) {
    out.push(s.qn[q] as number);
    out.pushAll(s.qi[q] as number[]);
    out.pushAll(s.qc[q] as number[]);
    out.pushAll(s.qp[q] as number[]);
  }
  for (let b = 0; b < s.ba.length; b++) out.pushAll(s.ba[b] as number[]);
  // Only the pairs with messages in flight, by index.
  const pairs = s.pairs;
  for (let i = 0; i < pairs.length; i++) {
    const list = pairs[i] as number[];
    if (list.length === 0) continue;
    out.push(i);
    out.pushAll(list);
  }
}

/** Reads a state written by `encode`. */
export function decode(m: Model, data: Int32Array, length: number): XState {
  const s = new XState(m);
  const r = reader;
  r.data = data;
  r.at = 0;
  s.halt = (data[r.at++] as number) - 1;
  s.lost = data[r.at++] as number;
  for (let k = 0; k < m.procs; k++) {
    const v = data[r.at++] as number;
    s.fr[k] = v >>> 3;
    s.st[k] = (v >>> 1) & 3;
    s.to[k] = v & 1;
    s.mb[k] = r.list();
    s.rq[k] = r.list();
  }
  for (let q = 0; q < s.qn.length; q++) {
    s.qn[q] = data[r.at++] as number;
    s.qi[q] = r.list();
    s.qc[q] = r.list();
    s.qp[q] = r.list();
  }
  for (let b = 0; b < s.ba.length; b++) s.ba[b] = r.list();
  while (r.at < length) {
    const i = data[r.at++] as number;
    s.pairs[i] = r.list();
  }
  return s;
}

/** Reads lists for `decode` (one object, so the hot loop makes no closures). */
class Reader {
  data: Int32Array = new Int32Array(0);
  at = 0;

  list(): number[] {
    const n = this.data[this.at++] as number;
    if (n === 0) return NO;
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = this.data[this.at++] as number;
    return out;
  }
}

const reader = new Reader();

const NO: number[] = [];

/** A hash of the first `n` integers of `data`. */
export function hashInts(data: Int32Array, n: number): number {
  let h = 0x811c9dc5 ^ n;
  for (let k = 0; k < n; k++) {
    h = Math.imul(h ^ (data[k] as number), 0x01000193);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The distinct states seen, each stored once as bytes; indices count from 0 in order of adding. */
export class StateStore {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private offsets = new Int32Array(1 << 10);
  private hashes = new Int32Array(1 << 10);
  private table = new Int32Array(1 << 11);
  count = 0;

  /** Bytes held: the packed states, their offsets and hashes, and the table. */
  get size(): number {
    return this.used + this.count * 8 + this.table.length * 4;
  }

  /** The index of the state `ints` holds, or -1 when it has not been seen. */
  find(ints: Ints, h: number): number {
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.table[slot] as number;
      if (e === 0) return -1;
      if (this.hashes[e - 1] === h && this.equals(e - 1, ints)) return e - 1;
    }
  }

  /** Adds a state not seen before and returns its index. */
  add(ints: Ints, h: number): number {
    if ((this.count + 1) * 2 > this.table.length) this.rehash();
    const index = this.count++;
    if (index === this.offsets.length) {
      this.offsets = grow(this.offsets);
      this.hashes = grow(this.hashes);
    }
    this.offsets[index] = this.used;
    this.hashes[index] = h;
    this.write(ints.length);
    for (let k = 0; k < ints.length; k++) this.write(ints.data[k] as number);
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = index + 1;
    return index;
  }

  /** Reads state `index` into `out`. */
  read(index: number, out: Ints): void {
    let at = this.offsets[index] as number;
    const bytes = this.bytes;
    let n = -1;
    out.length = 0;
    while (n !== 0) {
      let v = 0;
      let scale = 1;
      for (;;) {
        const b = bytes[at++] as number;
        v += (b & 127) * scale;
        if (b < 128) break;
        scale *= 128;
      }
      if (n < 0) n = v;
      else {
        out.push(v);
        n--;
      }
    }
  }

  private equals(index: number, ints: Ints): boolean {
    let at = this.offsets[index] as number;
    const bytes = this.bytes;
    const data = ints.data;
    const n = ints.length;
    for (let k = -1; k < n; k++) {
      const want = k < 0 ? n : (data[k] as number);
      let v = 0;
      let scale = 1;
      for (;;) {
        const b = bytes[at++] as number;
        v += (b & 127) * scale;
        if (b < 128) break;
        scale *= 128;
      }
      if (v !== want) return false;
    }
    return true;
  }

  private write(value: number): void {
    if (this.used + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    let v = value >>> 0;
    while (v >= 128) {
      this.bytes[this.used++] = (v & 127) | 128;
      v >>>= 7;
    }
    this.bytes[this.used++] = v;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let index = 0; index < this.count; index++) {
      let slot = (this.hashes[index] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = index + 1;
    }
    this.table = table;
  }
}

/** A copy of `a` twice as long. */
export function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
