import { describe, expect, it } from 'vitest';
import { builtin } from '../../scenarios/all';
import type { FromExplorer } from './protocol';
import { runSearch } from './search';

/** A clock that moves 50 ms each time it is read, so progress is reported between slices. */
function fakeClock() {
  let t = 0;
  return () => (t += 50);
}

async function search(source: string, lose: number, cancelAfter = Infinity): Promise<FromExplorer[]> {
  const messages: FromExplorer[] = [];
  await runSearch(
    { source, lose, states: 1_000_000 },
    (m) => messages.push(m),
    () => messages.filter((m) => m.type === 'progress').length >= cancelAfter,
    fakeClock(),
  );
  return messages;
}

describe('one search, as the worker runs it', () => {
  it('answers the race with both endings and a what-if for the deadlock only', async () => {
    const messages = await search(builtin('recv-race')!.source, 0);
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('no answer');
    expect(done.result.complete).toBe(true);
    expect(done.result.outcomes.map((o) => [o.kind, o.shortest])).toEqual([
      ['completed', 2],
      ['deadlock', 2],
    ]);
    // The timed run already completes: nothing to write for it.
    expect(done.whatIfs.map((w) => w?.length ?? null)).toEqual([0, 1]);
    expect(done.progress.states).toBe(done.result.states);
  });

  it('reports progress while it goes and stops when cancelled, saying it is incomplete', async () => {
    const big = `process P[0..5]
  repeat 3
    send P[(i + 1) % n] "x"
    send P[(i + 2) % n] "y"
  end
  repeat 6
    recv
  end
end
`;
    const messages = await search(big, 0, 2);
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBe(2);
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('no answer');
    expect(done.result.complete).toBe(false);
    expect(done.result.cancelled).toBe(true);
    expect(done.result.states).toBeGreaterThan(0);
    expect(done.progress.statesPerSecond).toBeGreaterThan(0);
  });

  it('says so when the text has errors', async () => {
    expect(await search('process A\n  sned B\nend\n', 0)).toEqual([
      { type: 'failed', message: 'The scenario has errors.' },
    ]);
  });
});
