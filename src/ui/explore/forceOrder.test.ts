import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { explore } from '../../explore';
import { addFaultLine, faultText } from '../../lang/whatif';
import { runInProcess } from '../../runtime/inprocess';
import { builtin } from '../../scenarios/all';
import { forceOrder } from './forceOrder';

function explored(id: string, lose: number) {
  const source = builtin(id)?.source ?? '';
  const checked = check(source);
  expect(checked.ok).toBe(true);
  return { source, result: explore(checked.scenario, { lose }) };
}

function linesFor(id: string, lose: number, kind: string): string[] | null {
  const { source, result } = explored(id, lose);
  const run = result.outcomes.find((o) => o.kind === kind)?.run;
  if (!run) throw new Error(`${id} cannot end ${kind}`);
  return forceOrder(source, run)?.map(faultText) ?? null;
}

describe('an explored order as fault lines for the timed run', () => {
  it('delays the worker in the recv race, so the monitor report is taken first', () => {
    expect(linesFor('recv-race', 0, 'deadlock')).toEqual(['delay Worker Collector by 3']);
  });

  it('writes nothing for the order the timed run already takes', () => {
    expect(linesFor('recv-race', 0, 'completed')).toEqual([]);
  });

  it('loses the request of an RPC without a timeout', () => {
    expect(linesFor('rpc-lost-reply', 1, 'deadlock')).toEqual(['lose Client Server']);
  });

  it('loses the message the order lost, by its place among the messages of its pair', () => {
    expect(linesFor('competing-consumers', 1, 'deadlock')).toEqual(['lose Producer jobs skip 3']);
  });

  it('finds nothing when the text already forces another ending (its own lose line)', () => {
    expect(linesFor('rpc-lost-reply', 0, 'idle')).toBeNull();
  });

  // Whatever lines it writes, the timed run of the text with them ends as the explored run does.
  const cases = [
    ['recv-race', 0],
    ['recv-race', 1],
    ['deadlock', 0],
    ['ring-ssend', 0],
    ['ring-ssend-ordered', 1],
    ['rpc-lost-reply', 1],
    ['rpc-retry', 1],
    ['competing-consumers', 0],
    ['competing-consumers', 1],
  ] as const;
  it.each(cases)('%s with %i lost: the timed run with the lines reaches each kind', (id, lose) => {
    const { source, result } = explored(id, lose);
    for (const outcome of result.outcomes) {
      const lines = forceOrder(source, outcome.run);
      if (lines === null) continue;
      const text = lines.reduce(addFaultLine, source);
      const checked = check(text);
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(runInProcess(checked.scenario).outcome.kind, `${id} ${outcome.kind}`).toBe(outcome.kind);
    }
  });
});
