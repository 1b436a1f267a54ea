import { describe, expect, it } from 'vitest';
import { faultEnd, type FaultSpec } from '../lang/whatif';
import { builtin } from '../scenarios/all';
import { createAppStore } from './index';
import { ordered, treeFromText } from './whatifTree';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as unknown as Storage;
}

const crash: FaultSpec = { kind: 'crash', target: faultEnd('Server'), at: 4 };
const lose: FaultSpec = {
  kind: 'lose',
  a: faultEnd('Server'),
  b: faultEnd('Client'),
  count: 1,
  from: 5,
  skip: 0,
};
const rpc = builtin('rpc')!.source;

describe('what-if branches in the store', () => {
  it('writes an intervention into a new branch that runs at once from the same step', async () => {
    const store = createAppStore(memoryStorage(), []);
    await store.getState().loadBuiltin('rpc');
    store.getState().intervene(crash);
    const s = store.getState();
    expect(s.source).toBe(`${rpc}\ncrash Server at 4\n`);
    expect(s.origin).toEqual({ kind: 'branch', id: 1 });
    expect(s.change).toBe('branch');
    expect(s.checked.ok).toBe(true);
    expect(s.whatIf?.key).toBe('builtin:rpc');
  });

  it('keeps a tree: a branch of a branch, switching back to the original and between branches', async () => {
    const store = createAppStore(memoryStorage(), []);
    await store.getState().loadBuiltin('rpc');
    store.getState().intervene(crash);
    store.getState().intervene(lose);
    store.getState().showBranch(0);
    expect(store.getState().source).toBe(rpc);
    expect(store.getState().origin).toEqual({ kind: 'builtin', id: 'rpc' });
    store.getState().intervene(lose);
    const tree = store.getState().whatIf!;
    expect(ordered(tree).map(({ branch, depth }) => [branch.id, depth])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
    store.getState().showBranch(2);
    expect(store.getState().source).toBe(`${rpc}\ncrash Server at 4\nlose Server Client from 5\n`);
  });

  it('undoes and redoes interventions, newest first', async () => {
    const store = createAppStore(memoryStorage(), []);
    await store.getState().loadBuiltin('rpc');
    store.getState().intervene(crash);
    store.getState().intervene(lose);
    store.getState().undoWhatIf();
    expect(store.getState().origin).toEqual({ kind: 'branch', id: 1 });
    expect(store.getState().whatIf!.branches).toHaveLength(2);
    store.getState().undoWhatIf();
    expect(store.getState().source).toBe(rpc);
    store.getState().redoWhatIf();
    store.getState().redoWhatIf();
    expect(store.getState().source).toBe(`${rpc}\ncrash Server at 4\nlose Server Client from 5\n`);
    // A new intervention forgets what could be redone.
    store.getState().undoWhatIf();
    store.getState().intervene(lose);
    store.getState().redoWhatIf();
    expect(store.getState().whatIf!.branches).toHaveLength(3);
  });

  it('keeps branches as drafts: a reload reopens the branch, reopening the scenario shows its original', async () => {
    const storage = memoryStorage();
    const store = createAppStore(storage, []);
    await store.getState().loadBuiltin('rpc');
    store.getState().intervene(crash);
    store.getState().edit(`${rpc}\ncrash Server at 6\n`);
    const reloaded = createAppStore(storage, []);
    expect(reloaded.getState().source).toBe(`${rpc}\ncrash Server at 6\n`);
    expect(reloaded.getState().origin).toEqual({ kind: 'branch', id: 1 });
    await reloaded.getState().loadBuiltin('barrier');
    expect(reloaded.getState().whatIf).toBeNull();
    await reloaded.getState().loadBuiltin('rpc');
    expect(reloaded.getState().source).toBe(rpc);
    expect(reloaded.getState().whatIf?.branches).toHaveLength(2);
  });

  it('gives what-ifs of a link their own tree, and a draft’s what-ifs follow its edits', () => {
    const store = createAppStore(memoryStorage(), []);
    store.getState().open('process Server\n  recv\nend\n', { kind: 'link' });
    store.getState().intervene(crash);
    expect(store.getState().whatIf?.key).toBe('link');
    store.getState().showBranch(0);
    expect(store.getState().origin).toEqual({ kind: 'link' });
    store.getState().edit('process Server\n  recv\n  recv\nend\n');
    expect(store.getState().origin.kind).toBe('draft');
    expect(store.getState().whatIf).toBeNull();
  });

  it('opens a shared what-if with its original and every branch on its way', () => {
    const store = createAppStore(memoryStorage(), []);
    const shared = `${rpc}\ncrash Server at 4\nlose Server Client from 5\n`;
    store.getState().openWhatIf(shared, 2, 9);
    const s = store.getState();
    expect(s.source).toBe(shared);
    expect(s.origin).toEqual({ kind: 'branch', id: 2 });
    expect(s.pendingStep).toBe(9);
    expect(s.whatIf!.branches.map((b) => b.source)).toEqual([rpc, `${rpc}\ncrash Server at 4\n`, shared]);
    // A text that does not end with that many fault lines opens as a plain link.
    store.getState().openWhatIf(rpc, 1);
    expect(store.getState().origin).toEqual({ kind: 'link' });
    expect(treeFromText('link', rpc, 1)).toBeNull();
  });
});
