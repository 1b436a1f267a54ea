// Hand-computed barrier runs: stragglers, the release instant, generations, cyclic reuse, and a
// barrier that can never complete.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { briefs, rdv } from './testkit';

describe('barriers', () => {
  it('releases everyone when the last straggler arrives, then starts the next generation empty', () => {
    const trace = runSource(rdv`
      process A
        barrier X
        compute 1
        barrier X
      end
      process B
        compute 2
        barrier X
        barrier X
      end
      process C
        compute 4
        barrier X
        barrier X
      end`);
    expect(briefs(trace)).toEqual([
      't0 start A',
      't0 start B',
      't0 start C',
      't0 arrive X A g0 1/3 L2',
      't0 block A barrier on=X L2',
      't0 compute B 2 L7',
      't0 compute C 4 L12',
      't2 arrive X B g0 2/3 L8',
      't2 block B barrier on=X L8',
      't4 arrive X C g0 3/3 L13',
      't4 release X g0 [A,B,C]',
      't4 unblock A',
      't4 unblock B',
      // The completing process keeps running; the released ones follow in declaration order.
      't4 arrive X C g1 1/3 L14',
      't4 block C barrier on=X L14',
      't4 compute A 1 L3',
      't4 arrive X B g1 2/3 L9',
      't4 block B barrier on=X L9',
      't5 arrive X A g1 3/3 L4',
      't5 release X g1 [C,B,A]',
      't5 unblock B',
      't5 unblock C',
      't5 done A',
      't5 done B',
      't5 done C',
      't5 end completed',
    ]);
    expect(trace.scenario.barriers).toEqual([{ name: 'X', parties: 3 }]);
  });

  it('reuses a barrier cyclically inside a repeat, counting every group member as a party', () => {
    const trace = runSource(rdv`
      process W[1..3]
        repeat 3
          compute i
          barrier step
        end
      end`);
    const releases = trace.events.flatMap((e) =>
      e.type === 'barrier.release' ? [`t${e.t} g${e.generation}`] : [],
    );
    // Each round ends when W[3] (compute 3) arrives: 3, 6, 9.
    expect(releases).toEqual(['t3 g0', 't6 g1', 't9 g2']);
    expect(trace.outcome).toMatchObject({ kind: 'completed', time: 9 });
  });

  it('with declared parties, releases as soon as that many arrive', () => {
    const trace = runSource(rdv`
      barrier pair parties 2
      process W[1..4]
        compute i
        barrier pair
      end`);
    const releases = trace.events.flatMap((e) =>
      e.type === 'barrier.release' ? [`t${e.t} g${e.generation} ${e.processes.join(',')}`] : [],
    );
    expect(releases).toEqual(['t2 g0 W[1],W[2]', 't4 g1 W[3],W[4]']);
  });

  it('reports a barrier that can never complete as a deadlock, naming the missing members and the cycle', () => {
    const trace = runSource(rdv`
      process A
        barrier X
      end
      process B
        barrier X
      end
      process C
        recv from A
        barrier X
      end`);
    expect(briefs(trace).slice(3)).toEqual([
      't0 arrive X A g0 1/3 L2',
      't0 block A barrier on=X L2',
      't0 arrive X B g0 2/3 L5',
      't0 block B barrier on=X L5',
      't0 block C recv on=A L8',
      't0 end deadlock',
    ]);
    expect(trace.outcome).toEqual({
      kind: 'deadlock',
      time: 0,
      message:
        'Deadlock at t=0: A waits at barrier X for C; B waits at barrier X for C; C waits for a message from A.',
      blocked: [
        { process: 'A', reason: 'barrier', waitsFor: ['C'] },
        { process: 'B', reason: 'barrier', waitsFor: ['C'] },
        { process: 'C', reason: 'recv', waitsFor: 'A' },
      ],
      cycle: ['A', 'C'],
    });
  });
});
