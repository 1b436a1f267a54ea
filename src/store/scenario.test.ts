import { describe, expect, it } from 'vitest';
import { createAppStore } from './index';
import { DEFAULT_SCENARIO_ID } from '../scenarios';
import { builtin } from '../scenarios/all';
import { MAX_DRAFTS } from './drafts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as unknown as Storage & { data: Map<string, string> };
}

describe('the scenario on screen and the user’s drafts', () => {
  it('opens on the default built-in scenario the first time', () => {
    const store = createAppStore(memoryStorage(), []);
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: DEFAULT_SCENARIO_ID });
    expect(store.getState().source).toBe(builtin(DEFAULT_SCENARIO_ID)!.source);
    expect(store.getState().drafts).toEqual([]);
  });

  it('turns an edit into a draft, updates that draft as typing goes on, and restores it after a reload', () => {
    const storage = memoryStorage();
    const store = createAppStore(storage, []);
    store.getState().edit('process A\nend\n');
    store.getState().edit('process A\n  compute 1\nend\n');
    expect(store.getState().drafts).toHaveLength(1);
    expect(store.getState().origin.kind).toBe('draft');
    expect(store.getState().change).toBe('edit');
    const reloaded = createAppStore(storage, []);
    expect(reloaded.getState().source).toBe('process A\n  compute 1\nend\n');
    expect(reloaded.getState().origin).toEqual(store.getState().origin);
  });

  it('never loses a draft when the user switches to a built-in and edits that', async () => {
    const store = createAppStore(memoryStorage(), []);
    store.getState().edit('process Mine\nend\n');
    const mine = store.getState().origin;
    await store.getState().loadBuiltin('barrier');
    expect(store.getState().change).toBe('open');
    store.getState().edit(`${builtin('barrier')!.source}\n# changed`);
    const drafts = store.getState().drafts;
    expect(drafts).toHaveLength(2);
    expect(drafts.map((d) => d.text)).toContain('process Mine\nend\n');
    if (mine.kind !== 'draft') throw new Error('expected a draft');
    store.getState().loadDraft(mine.id);
    expect(store.getState().source).toBe('process Mine\nend\n');
  });

  it('shows a link or a file without touching the drafts until it is edited', () => {
    const store = createAppStore(memoryStorage(), []);
    store.getState().edit('process Mine\nend\n');
    store.getState().open('process Shared\nend\n', { kind: 'link' }, 7);
    expect(store.getState().drafts.map((d) => d.text)).toEqual(['process Mine\nend\n']);
    expect(store.getState().pendingStep).toBe(7);
    store.getState().edit('process Shared2\nend\n');
    expect(store.getState().drafts.map((d) => d.text)).toEqual([
      'process Shared2\nend\n',
      'process Mine\nend\n',
    ]);
  });

  it('shows an example from the help without saving it, and goes back to exactly what was there', () => {
    const storage = memoryStorage();
    const store = createAppStore(storage, []);
    store.getState().edit('process Mine\nend\n');
    const mine = store.getState().origin;
    store.getState().openExample('process Example\n  compute 2\nend\n');
    expect(store.getState().origin).toEqual({ kind: 'example' });
    expect(store.getState().change).toBe('open');
    expect(store.getState().drafts.map((d) => d.text)).toEqual(['process Mine\nend\n']);
    // A second example still leads back to the user's text, not to the first example.
    store.getState().openExample('process Other\nend\n');
    store.getState().backFromExample();
    expect(store.getState().source).toBe('process Mine\nend\n');
    expect(store.getState().origin).toEqual(mine);
    expect(store.getState().beforeExample).toBeNull();
    // A reload while the example was shown reopens the user's draft, never the example.
    store.getState().openExample('process Example\nend\n');
    expect(createAppStore(storage, []).getState().source).toBe('process Mine\nend\n');
  });

  it('goes back to a built-in, a link or a file just as they were', async () => {
    const store = createAppStore(memoryStorage(), []);
    await store.getState().loadBuiltin('barrier');
    store.getState().openExample('process E\nend\n');
    store.getState().backFromExample();
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: 'barrier' });
    expect(store.getState().source).toBe(builtin('barrier')!.source);
    for (const origin of [{ kind: 'link' }, { kind: 'file', name: 'mine.rdv' }] as const) {
      store.getState().open(`process From${origin.kind}\nend\n`, origin);
      store.getState().openExample('process E\nend\n');
      store.getState().backFromExample();
      expect(store.getState().origin).toEqual(origin);
      expect(store.getState().source).toBe(`process From${origin.kind}\nend\n`);
    }
    expect(store.getState().drafts).toEqual([]);
  });

  it('keeps the way back while the example is edited, and forgets it when something else is opened', async () => {
    const store = createAppStore(memoryStorage(), []);
    store.getState().open('process Shared\nend\n', { kind: 'link' });
    store.getState().openExample('process E\nend\n');
    store.getState().edit('process E2\nend\n');
    expect(store.getState().origin.kind).toBe('draft');
    expect(store.getState().drafts.map((d) => d.text)).toEqual(['process E2\nend\n']);
    store.getState().backFromExample();
    expect(store.getState().source).toBe('process Shared\nend\n');
    store.getState().openExample('process E\nend\n');
    await store.getState().loadBuiltin('rpc');
    expect(store.getState().beforeExample).toBeNull();
    store.getState().openExample('process E\nend\n');
    store.getState().dismissExample();
    store.getState().backFromExample();
    expect(store.getState().source).toBe('process E\nend\n');
  });

  it('puts a draft back in the list when the edited example pushed it out', async () => {
    const store = createAppStore(memoryStorage(), []);
    for (let k = 0; k < MAX_DRAFTS; k++) {
      await store.getState().loadBuiltin('rpc');
      store.getState().edit(`process P${k}\nend\n`);
    }
    const oldest = store.getState().drafts.at(-1)!;
    store.getState().loadDraft(oldest.id);
    store.getState().openExample('process E\nend\n');
    store.getState().edit('process E2\nend\n');
    expect(store.getState().drafts.some((d) => d.id === oldest.id)).toBe(false);
    store.getState().backFromExample();
    expect(store.getState().origin).toEqual({ kind: 'draft', id: oldest.id });
    expect(store.getState().drafts.find((d) => d.id === oldest.id)?.text).toBe(oldest.text);
  });

  it('survives unreadable storage and storage that refuses to save', () => {
    const broken = memoryStorage({ 'rendezvous.drafts': '{not json', 'rendezvous.current': '"draft"' });
    const store = createAppStore(broken, []);
    expect(store.getState().origin.kind).toBe('builtin');
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('full');
      },
    } as unknown as Storage;
    const store2 = createAppStore(refusing, []);
    store2.getState().edit('process A\nend\n');
    expect(store2.getState().source).toBe('process A\nend\n');
  });
});
