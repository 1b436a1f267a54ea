// States as bytes: `encode` writes a state straight into a reusable byte buffer (the same state
// always gives the same bytes), as variable-length numbers (most are below 128: one byte each),
// and `decode` reads it back from wherever the bytes are. The search keeps each distinct state once
// in a `StateStore` (store.ts); the buffer's bytes are hashed and compared as they are.

import { NONE, XState, type Model } from './model';

/** One encoded state: a growable byte buffer, reused for every state (no allocation per state). */
export class Bytes {
  data = new Uint8Array(256);
  /** The same memory as 32-bit words, for hashing four bytes at a time. */
  words = new Int32Array(this.data.buffer);
  length = 0;

  /** Appends `value` (a non-negative integer) as a variable-length number. */
  put(value: number): void {
    if (this.length + 5 > this.data.length) this.grow();
    let v = value >>> 0;
    while (v >= 128) {
      this.data[this.length++] = (v & 127) | 128;
      v >>>= 7;
    }
    this.data[this.length++] = v;
  }

  putList(list: readonly number[]): void {
    this.put(list.length);
    for (let k = 0; k < list.length; k++) this.put(list[k] as number);
  }

  /** A hash of the bytes (zero bytes pad the last word, so equal states hash equally). */
  hash(): number {
    const n = this.length;
    if (n + 4 > this.data.length) this.grow();
    const data = this.data;
    data[n] = 0;
    data[n + 1] = 0;
    data[n + 2] = 0;
    const words = this.words;
    const w = (n + 3) >>> 2;
    let h = 0x811c9dc5 ^ n;
    for (let k = 0; k < w; k++) {
      h = Math.imul(h ^ (words[k] as number), 0x01000193);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
  }

  private grow(): void {
    const bigger = new Uint8Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
    this.words = new Int32Array(bigger.buffer);
  }
}

/** Writes `s` into `out` (cleared first). */
export function encode(m: Model, s: XState, out: Bytes): void {
  out.length = 0;
  out.put(s.halt + 1);
  out.put(s.lost);
  for (let k = 0; k < m.procs; k++) {
    out.put(((s.fr[k] as number) << 3) | ((s.st[k] as number) << 1) | (s.to[k] as number));
    out.putList(s.mb[k] as number[]);
    out.putList(s.rq[k] as number[]);
  }
  for (let q = 0; q < s.qn.length; q++) {
    out.put(s.qn[q] as number);
    out.putList(s.qi[q] as number[]);
    out.putList(s.qc[q] as number[]);
    out.putList(s.qp[q] as number[]);
  }
  for (let b = 0; b < s.ba.length; b++) out.putList(s.ba[b] as number[]);
  // Only the pairs with messages in flight, by index.
  const pairs = s.pairs;
  for (let i = 0; i < pairs.length; i++) {
    const list = pairs[i] as number[];
    if (list.length === 0) continue;
    out.put(i);
    out.putList(list);
  }
}

/**
 * Reads the state written by `encode` at `data[at..end)` into `into` (a state of this model whose
 * outer arrays it overwrites: the search reuses one, since the copies made from it are gone by
 * the time it reads the next), or into a new state.
 */
export function decode(m: Model, data: Uint8Array, at: number, end: number, into?: XState): XState {
  const s = into ?? new XState(m);
  const r = reader;
  r.data = data;
  r.at = at;
  s.halt = r.num() - 1;
  s.lost = r.num();
  const { st, to, fr, mb, rq, pairs, qn, qi, qc, qp, ba } = s;
  for (let k = 0; k < m.procs; k++) {
    const v = r.num();
    fr[k] = v >>> 3;
    st[k] = (v >>> 1) & 3;
    to[k] = v & 1;
    mb[k] = r.list();
    rq[k] = r.list();
  }
  for (let q = 0; q < qn.length; q++) {
    qn[q] = r.num();
    qi[q] = r.list();
    qc[q] = r.list();
    qp[q] = r.list();
  }
  for (let b = 0; b < ba.length; b++) ba[b] = r.list();
  pairs.fill(NONE);
  while (r.at < end) {
    const i = r.num();
    pairs[i] = r.list();
  }
  return s;
}

/** Reads numbers and lists for `decode` (one object, so the hot loop makes no closures). */
class Reader {
  data: Uint8Array = new Uint8Array(0);
  at = 0;

  num(): number {
    const data = this.data;
    let b = data[this.at++] as number;
    if (b < 128) return b;
    let v = b & 127;
    let shift = 7;
    for (;;) {
      b = data[this.at++] as number;
      v |= (b & 127) << shift;
      if (b < 128) return v >>> 0;
      shift += 7;
    }
  }

  list(): number[] {
    const n = this.num();
    if (n === 0) return NONE;
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = this.num();
    return out;
  }
}

const reader = new Reader();
