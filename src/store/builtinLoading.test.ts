// Built-ins whose text loads on demand: the store shows one once it is here, never over a later
// choice, and the page starts on the built-in the last visit showed.
import { describe, expect, it } from 'vitest';
import { builtin } from '../scenarios/all';
import { DEFAULT_SCENARIO_ID, loadedBuiltin } from '../scenarios';
import { createAppStore } from './index';
import { preloadStart } from './scenario';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as unknown as Storage;
}

describe('opening built-ins that load on demand', () => {
  it('shows a built-in once its text has loaded', async () => {
    const store = createAppStore(memoryStorage(), []);
    expect(loadedBuiltin('socket')).toBeUndefined();
    const shown = store.getState().loadBuiltin('socket');
    // Nothing changes until the text is here.
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: DEFAULT_SCENARIO_ID });
    await shown;
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: 'socket' });
    expect(store.getState().source).toBe(builtin('socket')!.source);
  });

  it('never puts a slow load over what the user did meanwhile', async () => {
    const store = createAppStore(memoryStorage(), []);
    const slow = store.getState().loadBuiltin('mapreduce');
    store.getState().edit('process Mine\nend\n');
    await slow;
    expect(store.getState().source).toBe('process Mine\nend\n');
    expect(store.getState().origin.kind).toBe('draft');
    // Two choices in a row: the last one wins, whichever loads first.
    const first = store.getState().loadBuiltin('work-queue');
    const second = store.getState().loadBuiltin('rpc');
    await Promise.all([first, second]);
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: 'rpc' });
  });

  it('ignores an unknown id', async () => {
    const store = createAppStore(memoryStorage(), []);
    const before = store.getState().origin;
    await store.getState().loadBuiltin('no-such-scenario');
    await store.getState().loadBuiltin('exercise/no-such-exercise');
    expect(store.getState().origin).toBe(before);
  });

  it('starts on the built-in the last visit showed, once preloaded, or on the default for an unknown one', async () => {
    const storage = memoryStorage({
      'rendezvous.current': JSON.stringify({ kind: 'builtin', id: 'pubsub' }),
    });
    await preloadStart(storage);
    const store = createAppStore(storage, []);
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: 'pubsub' });
    expect(store.getState().source).toBe(builtin('pubsub')!.source);
    const gone = memoryStorage({ 'rendezvous.current': JSON.stringify({ kind: 'builtin', id: 'retired' }) });
    await preloadStart(gone);
    expect(createAppStore(gone, []).getState().origin).toEqual({ kind: 'builtin', id: DEFAULT_SCENARIO_ID });
  });
});
