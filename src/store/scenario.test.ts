import { describe, expect, it } from 'vitest';
import { createAppStore } from './index';
import { DEFAULT_SCENARIO_ID, builtin } from '../scenarios';

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

  it('never loses a draft when the user switches to a built-in and edits that', () => {
    const store = createAppStore(memoryStorage(), []);
    store.getState().edit('process Mine\nend\n');
    const mine = store.getState().origin;
    store.getState().loadBuiltin('barrier');
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
