// Hand-checked runs of the `timeout` suffix and `timedout` (SPEC §6): the order within an
// instant at a deadline, late answers, withdrawals from barriers and queue lines.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import type { Trace } from './trace';
import { briefs, rdv } from './testkit';

/** The trace as brief lines, without the `proc.start` events. */
const events = (trace: Trace): string[] => briefs(trace).filter((b) => !b.includes(' start '));

describe('timeouts', () => {
  it('cut: an acknowledgement sent inside the window is lost, and the ssend gives up at its timeout', () => {
    const trace = runSource(rdv`
      cut A B from 2 to 4
      process A
        ssend B "x" timeout 5
        if timedout
          note "no ack"
        end
      end
      process B
        compute 2
        recv
      end`);
    expect(events(trace)).toEqual([
      't0 send #1 A>B sync "x" @1 L3',
      't0 block A ssend on=B L3',
      't0 compute B 2 L9',
      't1 deliver #1 B',
      't2 recv #1 B L10',
      't2 send #2 B>A ack @3 L10',
      't2 done B',
      't3 lost #2 A (cut)',
      't5 timeout A ssend L3',
      't5 note A L5 "no ack"',
      't5 done A',
      't5 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 5,
      message: 'Completed at t=5.',
      crashed: [],
    });
  });

  it('a message arriving exactly at the deadline wins over the timeout; a later recv gives up', () => {
    const trace = runSource(rdv`
      process R
        recv timeout 3
        if timedout
          note "gave up"
        else
          note "got it"
        end
        recv timeout 2
        if not timedout
          note "second"
        end
      end
      process S
        compute 2
        send R "exactly at the deadline"
      end`);
    expect(events(trace)).toEqual([
      't0 block R recv L2',
      't0 compute S 2 L14',
      't2 send #1 S>R message "exactly at the deadline" @3 L15',
      't2 done S',
      't3 deliver #1 R',
      't3 unblock R',
      't3 recv #1 R L2',
      't3 note R L6 "got it"',
      't3 block R recv L8',
      't5 timeout R recv L8',
      't5 done R',
      't5 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 5,
      message: 'Completed at t=5.',
      crashed: [],
    });
  });

  it('retries with a timeout: each late reply is delivered and dropped, even while a new call waits', () => {
    const trace = runSource(rdv`
      process C
        repeat 3
          call S "q" timeout 2
          if not timedout
            break
          end
        end
      end
      process S
        loop
          recv
          compute 3
          reply "r"
        end
      end`);
    expect(events(trace)).toEqual([
      't0 send #1 C>S request "q" @1 L3',
      't0 block C call on=S L3',
      't0 block S recv L11',
      't1 deliver #1 S',
      't1 unblock S',
      't1 recv #1 S L11',
      't1 compute S 3 L12',
      't2 timeout C call L3',
      't2 send #2 C>S request "q" @3 L3',
      't2 block C call on=S L3',
      't3 deliver #2 S',
      't4 timeout C call L3',
      't4 send #3 C>S request "q" @5 L3',
      't4 block C call on=S L3',
      't4 send #4 S>C reply "r" @5 L13',
      't4 recv #2 S L11',
      't4 compute S 3 L12',
      't5 deliver #3 S',
      't5 deliver #4 C',
      't5 drop #4 C (late)',
      't6 timeout C call L3',
      't6 done C',
      't7 send #5 S>C reply "r" @8 L13',
      't7 recv #3 S L11',
      't7 compute S 3 L12',
      't8 deliver #5 C',
      't8 drop #5 C (late)',
      't10 send #6 S>C reply "r" @11 L13',
      't10 block S recv L11',
      't11 deliver #6 C',
      't11 drop #6 C (late)',
      't11 end idle',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'idle',
      time: 11,
      message: 'Idle at t=11: S waits for work.',
      crashed: [],
    });
  });

  it('a barrier arrival made at the deadline comes too late for a member whose timeout fires then', () => {
    const trace = runSource(rdv`
      barrier B
      process A
        barrier B timeout 3
      end
      process Z
        compute 3
        barrier B
      end`);
    expect(events(trace)).toEqual([
      't0 arrive B A g0 1/2 L3',
      't0 block A barrier on=B L3',
      't0 compute Z 3 L6',
      't3 timeout A barrier L3',
      't3 withdraw B A g0 0',
      't3 done A',
      't3 arrive B Z g0 1/2 L7',
      't3 block Z barrier on=B L7',
      't3 end deadlock',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'deadlock',
      time: 3,
      message: 'Deadlock at t=3: Z waits at barrier B for A.',
      crashed: [],
    });
  });

  it('consume gives up and leaves the line; the dispatch already on its way is dropped as late', () => {
    const trace = runSource(rdv`
      latency 2
      queue Q
      process C
        consume Q timeout 3
        if timedout
          note "gave up"
        end
      end
      process P
        compute 1
        publish Q "job"
      end`);
    expect(events(trace)).toEqual([
      't0 block C consume on=Q L4',
      't0 compute P 1 L10',
      't1 send #1 P>Q publish "job" @3 L11',
      't1 done P',
      't3 deliver #1 Q',
      't3 send #2 Q>C dispatch "job" @5 L4',
      't3 timeout C consume L4',
      't3 note C L6 "gave up"',
      't3 done C',
      't5 deliver #2 C',
      't5 drop #2 C (late)',
      't5 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 5,
      message: 'Completed at t=5.',
      crashed: [],
    });
  });

  it('a statement with a timeout that does not block completes and leaves timedout false', () => {
    const trace = runSource(rdv`
      process A
        compute 3
        recv timeout 1
        if not timedout
          note "it was there"
        end
      end
      process B
        send A "early"
      end`);
    expect(events(trace)).toEqual([
      't0 compute A 3 L2',
      't0 send #1 B>A message "early" @1 L9',
      't0 done B',
      't1 deliver #1 A',
      't3 recv #1 A L3',
      't3 note A L5 "it was there"',
      't3 done A',
      't3 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 3,
      message: 'Completed at t=3.',
      crashed: [],
    });
  });
});
