// The `never`/`can` goals in the app: explored in the background (a fake search stands in for the
// worker here, running the real explorer), verdicts only once done, honest about a search that
// stopped at its budget, and a new text drops the old search.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { check } from '../../lang';
import { runInProcess } from '../../runtime/inprocess';
import { explore, type ExploreResult } from '../../explore';
import type { FromExplorer } from '../explore/protocol';
import {
  exploreGoals,
  ordersStore,
  resetOrders,
  setSearchStarter,
  stopExploringGoals,
  type StartSearch,
} from './orders';
import { goalsView, type OrdersInput } from './status';

const RACE = `goal never deadlock en "No deadlock in any order" ko "어떤 순서로도 교착 없음"
goal outcome completed
process A
  send C
end
process B
  send C
end
process C
  recv
  recv from A
end
`;
const FIXED = RACE.replace('  recv\n  recv from A', '  recv from A\n  recv from B');

const RPC = `goal never deadlock lose 1
goal can idle
process Client
  call Server
end
process Server
  loop
    recv
    reply
  end
end
`;

function view(source: string, orders: OrdersInput | null, lang: 'en' | 'ko' = 'en') {
  const checked = check(source);
  const trace = runInProcess(checked.scenario);
  return goalsView({ checked, runScenario: checked.scenario, trace, runStatus: 'done', orders }, lang);
}

const searched = (source: string, lose = 0, states?: number): ExploreResult =>
  explore(check(source).scenario, states === undefined ? { lose } : { lose, states });

describe('the goals view with every order explored', () => {
  it('while exploring: the run goals have verdicts, the never goal none, and nothing is solved', () => {
    const v = view(FIXED, { status: 'running', results: {} });
    expect(v).toMatchObject({ kind: 'checked', exploring: true, solved: false, met: 1 });
    if (v.kind !== 'checked') return;
    expect(v.results.map((r) => r.met)).toEqual([null, true]);
  });

  it('not met, with the shortest run to show; met once fixed, and then solved', () => {
    const broken = view(RACE, { status: 'done', results: { 0: searched(RACE) } });
    expect(broken).toMatchObject({ kind: 'checked', exploring: false, solved: false, incomplete: null });
    if (broken.kind !== 'checked') return;
    expect(broken.results[0]).toMatchObject({
      text: 'No deadlock in any order',
      met: false,
      show: { lose: 0, kind: 'deadlock' },
    });
    expect(broken.results[0]?.detail).toContain('the shortest takes 2 deliveries');
    const fixed = view(FIXED, { status: 'done', results: { 0: searched(FIXED) } }, 'ko');
    expect(fixed).toMatchObject({ kind: 'checked', solved: true, met: 2 });
    if (fixed.kind !== 'checked') return;
    expect(fixed.results[0]).toMatchObject({ text: '어떤 순서로도 교착 없음', met: true, show: null });
    expect(fixed.results[0]?.detail).toMatch(
      /^상태 \d+개를 모두 탐색했고, 실행이 교착 상태로 끝나는 순서는 없습니다$/,
    );
  });

  it('a search that ran out of budget proves no never goal, and says so', () => {
    const small = searched(FIXED, 0, 2);
    expect(small.complete).toBe(false);
    const v = view(FIXED, { status: 'done', results: { 0: small } });
    expect(v).toMatchObject({ kind: 'checked', solved: false, incomplete: 'budget' });
    if (v.kind !== 'checked') return;
    expect(v.results[0]?.met).toBe(false);
    expect(v.results[0]?.detail).toContain('the search is incomplete');
  });

  it('each goal is read against the search with its own count of lost messages', () => {
    const v = view(RPC, { status: 'done', results: { 0: searched(RPC, 0), 1: searched(RPC, 1) } });
    if (v.kind !== 'checked') throw new Error(v.kind);
    expect(v.results.map((r) => [r.met, r.show])).toEqual([
      [false, { lose: 1, kind: 'deadlock' }],
      [true, { lose: 0, kind: 'idle' }],
    ]);
  });
});

describe('exploring the goals of the text on screen', () => {
  let started: { source: string; lose: number }[] = [];
  let disposed = 0;
  let before: StartSearch;

  beforeEach(() => {
    vi.useFakeTimers();
    started = [];
    disposed = 0;
    // The real explorer, answering 50 ms later like a fast worker.
    before = setSearchStarter((request, onMessage) => {
      started.push({ source: request.source, lose: request.lose });
      let live = true;
      setTimeout(() => {
        if (!live) return;
        const result = explore(check(request.source).scenario, { lose: request.lose });
        const progress = { states: result.states, deliveries: 0, elapsed: 1, statesPerSecond: 1, bytes: 0 };
        onMessage({ type: 'done', result, progress, whatIfs: [] } satisfies FromExplorer);
      }, 50);
      return {
        cancel: () => undefined,
        dispose: () => {
          live = false;
          disposed++;
        },
      };
    });
  });

  afterEach(() => {
    resetOrders();
    setSearchStarter(before);
    vi.useRealTimers();
  });

  it('waits for the typing to pause, then explores each count of losses in turn', async () => {
    exploreGoals(RPC, [0, 1]);
    expect(ordersStore.getState()).toMatchObject({ source: RPC, status: 'running' });
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(started).toEqual([
      { source: RPC, lose: 0 },
      { source: RPC, lose: 1 },
    ]);
    const s = ordersStore.getState();
    expect(s.status).toBe('done');
    expect(Object.keys(s.results)).toEqual(['0', '1']);
    // The same text again: nothing new.
    exploreGoals(RPC, [0, 1]);
    await vi.advanceTimersByTimeAsync(400);
    expect(started).toHaveLength(2);
  });

  it('a new text drops the search of the old one and explores only the last', async () => {
    exploreGoals(RACE, [0]);
    await vi.advanceTimersByTimeAsync(100);
    exploreGoals(`${RACE}# typing\n`, [0]);
    await vi.advanceTimersByTimeAsync(100);
    exploreGoals(FIXED, [0]);
    await vi.advanceTimersByTimeAsync(500);
    expect(started).toEqual([{ source: FIXED, lose: 0 }]);
    expect(ordersStore.getState()).toMatchObject({ source: FIXED, status: 'done' });
    // Started, then replaced before it answered: its answer is not taken.
    exploreGoals(RACE, [0]);
    await vi.advanceTimersByTimeAsync(400);
    exploreGoals(FIXED, [0]);
    expect(disposed).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(ordersStore.getState().results[0]?.outcomes.map((o) => o.kind)).toEqual(['completed']);
  });

  it('a text without such goals stops exploring; Stop before the start leaves nothing explored', async () => {
    exploreGoals(RACE, [0]);
    exploreGoals(RACE, []);
    expect(ordersStore.getState()).toMatchObject({ source: null, status: 'idle' });
    exploreGoals(RACE, [0]);
    stopExploringGoals();
    await vi.advanceTimersByTimeAsync(400);
    expect(started).toEqual([]);
    expect(ordersStore.getState()).toMatchObject({ source: RACE, status: 'done', results: {} });
  });
});
