import { describe, expect, it } from 'vitest';
import { markTourDone, TOUR_KEY, tourDone } from './seen';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const refusing: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('the first-visit tour is remembered', () => {
  it('is due until it is marked done, then never again', () => {
    const storage = memory();
    expect(tourDone(storage)).toBe(false);
    markTourDone(storage);
    expect(storage.data.get(TOUR_KEY)).toBe('done');
    expect(tourDone(storage)).toBe(true);
  });

  it('only counts the value `done`', () => {
    const storage = memory();
    storage.setItem(TOUR_KEY, 'yes');
    expect(tourDone(storage)).toBe(false);
  });

  it('without storage, or with storage that refuses, is simply not remembered', () => {
    expect(tourDone(null)).toBe(false);
    expect(() => markTourDone(null)).not.toThrow();
    expect(tourDone(refusing)).toBe(false);
    expect(() => markTourDone(refusing)).not.toThrow();
  });
});
