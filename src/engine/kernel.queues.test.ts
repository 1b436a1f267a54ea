// Hand-computed timings for broker queues: backpressure on bounded queues, FCFS consumers.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { briefs, rdv } from './testkit';

describe('queues', () => {
  it('blocks a publisher on a full bounded queue until a consume frees a slot', () => {
    const trace = runSource(rdv`
      queue Q capacity 1
      process P
        publish Q "a"
        publish Q "b"
        note "sent both"
      end
      process C
        compute 5
        consume Q
        consume Q
      end`);
    expect(briefs(trace)).toEqual([
      't0 start P',
      't0 start C',
      // The first publish is in flight to Q: it counts against the capacity already.
      't0 send #1 P>Q publish "a" @1 L3',
      't0 block P publish on=Q L4',
      't0 compute C 5 L8',
      't1 deliver #1 Q',
      't5 block C consume on=Q L9',
      // The message leaves Q at 5, freeing the slot: the publisher proceeds and its message leaves.
      't5 send #2 Q>C dispatch "a" @6 L9',
      't5 unblock P',
      't5 send #3 P>Q publish "b" @6 L4',
      't5 note P L5 "sent both"',
      't5 done P',
      't6 deliver #2 C',
      't6 deliver #3 Q',
      't6 unblock C',
      't6 recv #2 C L9',
      't6 block C consume on=Q L10',
      't6 send #4 Q>C dispatch "b" @7 L10',
      't7 deliver #4 C',
      't7 unblock C',
      't7 recv #4 C L10',
      't7 done C',
      't7 end completed',
    ]);
  });

  it('frees slots to blocked publishers in the order they blocked', () => {
    const trace = runSource(rdv`
      latency 0
      queue Q capacity 1
      process P1
        compute 2
        publish Q "p1"
      end
      process P2
        compute 1
        publish Q "p2"
      end
      process Filler
        publish Q "fill"
      end
      process C
        compute 5
        consume Q
        consume Q
        consume Q
      end`);
    const lines = briefs(trace).filter((l) => / (publish|unblock P|dispatch)/.test(l));
    expect(lines).toEqual([
      't0 send #1 Filler>Q publish "fill" @0 L12',
      't1 block P2 publish on=Q L9',
      't2 block P1 publish on=Q L5',
      't5 send #2 Q>C dispatch "fill" @5 L16',
      't5 unblock P2',
      't5 send #3 P2>Q publish "p2" @5 L9',
      't5 send #4 Q>C dispatch "p2" @5 L17',
      't5 unblock P1',
      't5 send #5 P1>Q publish "p1" @5 L5',
      't5 send #6 Q>C dispatch "p1" @5 L18',
    ]);
    expect(trace.outcome.kind).toBe('completed');
  });

  it('serves waiting consumers first come, first served, not by declaration order', () => {
    const trace = runSource(rdv`
      queue J
      process C1
        compute 1
        loop
          consume J
        end
      end
      process C2
        loop
          consume J
        end
      end
      process P
        compute 2
        publish J "1"
        publish J "2"
        publish J "3"
      end`);
    expect(briefs(trace).slice(3)).toEqual([
      't0 compute C1 1 L3',
      't0 block C2 consume on=J L10',
      't0 compute P 2 L14',
      't1 block C1 consume on=J L5',
      't2 send #1 P>J publish "1" @3 L15',
      't2 send #2 P>J publish "2" @3 L16',
      't2 send #3 P>J publish "3" @3 L17',
      't2 done P',
      't3 deliver #1 J',
      't3 send #4 J>C2 dispatch "1" @4 L10',
      't3 deliver #2 J',
      't3 send #5 J>C1 dispatch "2" @4 L5',
      't3 deliver #3 J',
      't4 deliver #4 C2',
      't4 deliver #5 C1',
      // Both dispatches are in; the consumers resume in declaration order, so C1 is back in the
      // line first and takes the third message.
      't4 unblock C1',
      't4 recv #5 C1 L5',
      't4 block C1 consume on=J L5',
      't4 send #6 J>C1 dispatch "3" @5 L5',
      't4 unblock C2',
      't4 recv #4 C2 L10',
      't4 block C2 consume on=J L10',
      't5 deliver #6 C1',
      't5 unblock C1',
      't5 recv #6 C1 L5',
      't5 block C1 consume on=J L5',
      't5 end idle',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'idle',
      time: 5,
      message: 'Idle at t=5: C1 and C2 wait for work.',
      blocked: [
        { process: 'C1', reason: 'consume', waitsFor: 'J' },
        { process: 'C2', reason: 'consume', waitsFor: 'J' },
      ],
    });
  });

  it('uses link latencies to and from a queue', () => {
    const trace = runSource(rdv`
      link P Q latency 3
      link Q C latency 5
      process P
        publish Q
      end
      process C
        consume Q
      end`);
    const sends = trace.events.flatMap((e) =>
      e.type === 'msg.send' ? [`${e.from}>${e.to}@${e.deliverAt}`] : [],
    );
    expect(sends).toEqual(['P>Q@3', 'Q>C@8']);
  });

  it('reports a consumer outside a loop waiting on an empty queue as a deadlock', () => {
    const trace = runSource(rdv`
      process C
        consume jobs
      end`);
    expect(trace.outcome).toEqual({
      kind: 'deadlock',
      time: 0,
      message: 'Deadlock at t=0: C waits for a message from queue jobs.',
      blocked: [{ process: 'C', reason: 'consume', waitsFor: 'jobs' }],
      cycle: null,
    });
    expect(trace.scenario.queues).toEqual([{ name: 'jobs', capacity: null }]);
  });
});
