// The state store and the byte encoding it keeps: each distinct byte string once, found again
// whatever the table's size, whatever collides with it, and equal states encode equally.

import { describe, expect, it } from 'vitest';
import { checkOrThrow } from '../runtime/inprocess';
import { Bytes, decode, encode } from './codec';
import { XState, buildModel } from './model';
import { applyStep, enabledSteps, initialState } from './steps';
import { IntList, StateStore } from './store';

/** A buffer holding `values`, each as a variable-length number. */
function bytesOf(values: readonly number[]): Bytes {
  const b = new Bytes();
  for (const v of values) b.put(v);
  return b;
}

/** A deterministic list of small numbers for key `k` (lengths 1 to 40 bytes). */
function keyOf(k: number): number[] {
  const out = [k % 7];
  let x = k;
  do {
    out.push(x % 300);
    x = Math.floor(x / 300);
  } while (x > 0);
  for (let j = 0; j < k % 13; j++) out.push((k * 31 + j) % 128);
  return out;
}

describe('the state store', () => {
  it('keeps each distinct state once, and finds every one again after the table has grown many times', () => {
    const store = new StateStore(100_000);
    const n = 50_000;
    const wrong: number[] = [];
    for (let k = 0; k < n; k++) {
      const b = bytesOf(keyOf(k));
      const h = b.hash();
      if (store.find(b, h) !== -1 || store.add(b, h) !== k) wrong.push(k);
    }
    expect(wrong).toEqual([]);
    expect(store.count).toBe(n);
    expect(store.slots).toBeGreaterThanOrEqual(n / 0.75);
    for (let k = 0; k < n; k += 7) {
      const b = bytesOf(keyOf(k));
      expect(store.find(b, b.hash())).toBe(k);
      // The bytes kept are the bytes added.
      expect([...store.bytes.subarray(store.start(k), store.end(k))]).toEqual([
        ...b.data.subarray(0, b.length),
      ]);
    }
    expect(
      store.find(bytesOf([1, 2, 3, 4, 5, 6, 7, 8, 9]), bytesOf([1, 2, 3, 4, 5, 6, 7, 8, 9]).hash()),
    ).toBe(-1);
  });

  it('tells apart states whose hashes are equal (every state added under one hash)', () => {
    const store = new StateStore(5_000);
    const h = 0x12345678;
    for (let k = 0; k < 3_000; k++) expect(store.add(bytesOf(keyOf(k)), h)).toBe(k);
    for (let k = 0; k < 3_000; k += 97) expect(store.find(bytesOf(keyOf(k)), h)).toBe(k);
    expect(store.find(bytesOf([999_999]), h)).toBe(-1);
  });

  it('tells apart a state from a longer one that begins with it, and finds the empty state', () => {
    const store = new StateStore(10);
    const short = bytesOf([3, 4]);
    const long = bytesOf([3, 4, 0]);
    const empty = new Bytes();
    expect(store.add(short, 7)).toBe(0);
    expect(store.find(long, 7)).toBe(-1);
    expect(store.add(long, 7)).toBe(1);
    expect(store.add(empty, 7)).toBe(2);
    expect(store.find(empty, 7)).toBe(2);
    expect(store.find(short, 7)).toBe(0);
    expect(store.find(long, 7)).toBe(1);
  });

  it('refuses a state beyond its capacity (the search stops at its budget before that)', () => {
    const store = new StateStore(2);
    store.add(bytesOf([1]), 1);
    store.add(bytesOf([2]), 2);
    expect(() => store.add(bytesOf([3]), 3)).toThrow();
  });

  it('works with the largest capacity (an index takes every bit, no tag is left), and without one', () => {
    for (const capacity of [2 ** 31, Infinity, NaN]) {
      const store = new StateStore(capacity);
      for (let k = 0; k < 2_000; k++) store.add(bytesOf(keyOf(k)), k % 3);
      for (let k = 0; k < 2_000; k += 13) expect(store.find(bytesOf(keyOf(k)), k % 3)).toBe(k);
    }
  });
});

describe('the search queue', () => {
  it('keeps what is pushed, in order, past its first size, and is reused once emptied', () => {
    const list = new IntList();
    for (let k = 0; k < 5_000; k++) list.push(k * 3);
    expect(list.length).toBe(5_000);
    expect([...list.data.subarray(0, 5)]).toEqual([0, 3, 6, 9, 12]);
    expect(list.data[4_999]).toBe(14_997);
    list.length = 0;
    list.push(7);
    expect([...list.data.subarray(0, list.length)]).toEqual([7]);
  });
});

describe('the byte encoding', () => {
  it('writes numbers of any size and hashes only the bytes written', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 21, 2 ** 28 + 5, 2 ** 31 + 9];
    const a = bytesOf(values);
    expect(a.length).toBe(1 + 1 + 1 + 2 + 2 + 2 + 3 + 4 + 5 + 5);
    // A buffer that held something longer before gives the same hash for the same bytes.
    const b = bytesOf(keyOf(12_345_678));
    b.length = 0;
    for (const v of values) b.put(v);
    expect(b.hash()).toBe(a.hash());
    expect(bytesOf([1, 2]).hash()).not.toBe(bytesOf([1, 2, 0]).hash());
  });

  it('grows past its first size', () => {
    const values = Array.from({ length: 1_000 }, (_, k) => k * 1_000);
    const b = bytesOf(values);
    expect(b.length).toBeGreaterThan(256);
    expect(b.hash()).toBe(bytesOf(values).hash());
  });

  it('reads every state back as it was written, and equal states give equal bytes', () => {
    const m = buildModel(
      checkOrThrow(`
queue Q capacity 1
barrier B parties 2
process P
  publish Q "x"
  publish Q "y"
  barrier B
end
process C
  consume Q timeout 3
  ssend P
  barrier B
end`),
      1,
    );
    const first = initialState(m, null);
    const seen = new Map<string, number>();
    let frontier = [first];
    const steps: number[] = [];
    const a = new Bytes();
    const b = new Bytes();
    const scratch = new XState(m);
    for (let depth = 0; depth < 6; depth++) {
      const next = [];
      for (const s of frontier) {
        enabledSteps(m, s, steps);
        for (const step of [...steps]) {
          const before = JSON.stringify(s);
          const t = applyStep(m, s, step, null);
          // The same step made in the reused scratch state gives the same state, and neither
          // changes the state it started from.
          encode(m, applyStep(m, s, step, null, scratch), b);
          expect(JSON.stringify(s)).toBe(before);
          encode(m, t, a);
          expect([...b.data.subarray(0, b.length)]).toEqual([...a.data.subarray(0, a.length)]);
          const back = decode(m, a.data, 0, a.length);
          expect(back).toEqual(decode(m, a.data, 0, a.length, decode(m, a.data, 0, a.length)));
          encode(m, back, b);
          expect([...b.data.subarray(0, b.length)]).toEqual([...a.data.subarray(0, a.length)]);
          expect(b.hash()).toBe(a.hash());
          const key = JSON.stringify({ ...back, owned: undefined });
          const h = seen.get(key);
          if (h !== undefined) expect(a.hash()).toBe(h);
          else {
            seen.set(key, a.hash());
            next.push(t);
          }
        }
      }
      frontier = next;
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});
