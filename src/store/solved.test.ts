import { describe, expect, it } from 'vitest';
import { createSolvedStore, loadHints, loadSolved, saveSolved } from './solved';
import type { KeyValueStore } from './drafts';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

const refusing: KeyValueStore = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
};

describe('solved exercises', () => {
  it('are remembered across visits under rendezvous.solved', () => {
    const storage = memory();
    const first = createSolvedStore(storage);
    expect(first.has('ring-order')).toBe(false);
    first.mark('ring-order');
    expect(first.has('ring-order')).toBe(true);
    expect(JSON.parse(storage.data.get('rendezvous.solved')!)).toEqual(['ring-order']);
    const later = createSolvedStore(storage);
    expect(later.has('ring-order')).toBe(true);
    expect(later.has('pipe-bound')).toBe(false);
  });

  it('tell listeners once per newly solved exercise', () => {
    const store = createSolvedStore(memory());
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    store.mark('a');
    store.mark('a');
    expect(heard).toBe(1);
    expect(store.version()).toBe(1);
    stop();
    store.mark('b');
    expect(heard).toBe(1);
  });

  it('live in memory when storage is refused, and never throw', () => {
    const store = createSolvedStore(refusing);
    expect(store.has('a')).toBe(false);
    expect(() => store.mark('a')).not.toThrow();
    expect(store.has('a')).toBe(true);
    expect(createSolvedStore(null).has('a')).toBe(false);
  });

  it('read damaged entries as nothing solved, keeping the ids that are strings', () => {
    const storage = memory();
    storage.data.set('rendezvous.solved', '{not json');
    expect(loadSolved(storage).size).toBe(0);
    storage.data.set('rendezvous.solved', '{"a":1}');
    expect(loadSolved(storage).size).toBe(0);
    storage.data.set('rendezvous.solved', '["a", 3, null, "b"]');
    expect([...loadSolved(storage)]).toEqual(['a', 'b']);
    saveSolved(storage, new Set(['z', 'a']));
    expect(storage.data.get('rendezvous.solved')).toBe('["a","z"]');
  });

  it('remember how many hints of each exercise were revealed, across visits', () => {
    const storage = memory();
    const first = createSolvedStore(storage);
    expect(first.hints('balance')).toBe(0);
    let heard = 0;
    first.subscribe(() => heard++);
    first.revealHint('balance');
    first.revealHint('balance');
    first.revealHint('phases');
    expect(heard).toBe(3);
    expect(JSON.parse(storage.data.get('rendezvous.hints')!)).toEqual({ balance: 2, phases: 1 });
    const later = createSolvedStore(storage);
    expect(later.hints('balance')).toBe(2);
    expect(later.hints('phases')).toBe(1);
    expect(later.hints('ring-order')).toBe(0);
    // Hints revealed are not the exercise solved.
    expect(later.has('balance')).toBe(false);
  });

  it('read damaged hint counts as none, keeping the counts that are whole and positive', () => {
    const storage = memory();
    storage.data.set('rendezvous.hints', '[1,2]');
    expect(loadHints(storage).size).toBe(0);
    storage.data.set('rendezvous.hints', '{"a":2,"b":"3","c":-1,"d":1.5}');
    expect([...loadHints(storage)]).toEqual([['a', 2]]);
    expect(() => createSolvedStore(refusing).revealHint('a')).not.toThrow();
  });
});
