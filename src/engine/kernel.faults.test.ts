// Hand-checked runs of the fault lines (SPEC §6): lose, delay, cut, crash and restart, with the
// corner cases the rules name (loss that moves no other time, a lost publish, a crash at a
// barrier, a restart's empty mailbox, the outcome of crashed processes).

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import type { Trace } from './trace';
import { briefs, rdv } from './testkit';

/** The trace as brief lines, without the `proc.start` events. */
const events = (trace: Trace): string[] => briefs(trace).filter((b) => !b.includes(' start '));

describe('fault lines', () => {
  it('lose: a lost reply leaves the caller waiting for ever (deadlock), at no other cost in time', () => {
    const trace = runSource(rdv`
      lose S C
      process C
        call S "q"
      end
      process S
        recv
        reply "r"
      end`);
    expect(events(trace)).toEqual([
      't0 send #1 C>S request "q" @1 L3',
      't0 block C call on=S L3',
      't0 block S recv L6',
      't1 deliver #1 S',
      't1 unblock S',
      't1 recv #1 S L6',
      't1 send #2 S>C reply "r" @2 L7',
      't1 done S',
      't2 lost #2 C (lose)',
      't2 end deadlock',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'deadlock',
      time: 2,
      message: 'Deadlock at t=2: C waits for a reply from S.',
      crashed: [],
    });
  });

  it('lose … count 2 from 1 skip 1: passes over one message sent at or after t=1, then loses two', () => {
    const trace = runSource(rdv`
      lose A B count 2 from 1 skip 1
      process A
        repeat 5
          send B "m"
          compute 1
        end
      end
      process B
        loop
          recv
        end
      end`);
    expect(events(trace)).toEqual([
      't0 send #1 A>B message "m" @1 L4',
      't0 compute A 1 L5',
      't0 block B recv L10',
      't1 deliver #1 B',
      't1 send #2 A>B message "m" @2 L4',
      't1 compute A 1 L5',
      't1 unblock B',
      't1 recv #1 B L10',
      't1 block B recv L10',
      't2 deliver #2 B',
      't2 send #3 A>B message "m" @3 L4',
      't2 compute A 1 L5',
      't2 unblock B',
      't2 recv #2 B L10',
      't2 block B recv L10',
      't3 lost #3 B (lose)',
      't3 send #4 A>B message "m" @4 L4',
      't3 compute A 1 L5',
      't4 lost #4 B (lose)',
      't4 send #5 A>B message "m" @5 L4',
      't4 compute A 1 L5',
      't5 deliver #5 B',
      't5 done A',
      't5 unblock B',
      't5 recv #5 B L10',
      't5 block B recv L10',
      't5 end idle',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'idle',
      time: 5,
      message: 'Idle at t=5: B waits for work.',
      crashed: [],
    });
  });

  it('delay … by 5: the message comes 5 ticks later and the next one on the pair waits behind it', () => {
    const trace = runSource(rdv`
      delay A B by 5 count 1
      process A
        send B "slow"
        send B "next"
      end
      process B
        recv
        recv
      end`);
    expect(events(trace)).toEqual([
      't0 send #1 A>B message "slow" @6 L3',
      't0 send #2 A>B message "next" @6 L4',
      't0 done A',
      't0 block B recv L7',
      't6 deliver #1 B',
      't6 deliver #2 B',
      't6 unblock B',
      't6 recv #1 B L7',
      't6 recv #2 B L8',
      't6 done B',
      't6 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 6,
      message: 'Completed at t=6.',
      crashed: [],
    });
  });

  it('a lost publish stops counting against a bounded queue when it would have arrived', () => {
    const trace = runSource(rdv`
      latency 2
      lose P Q
      queue Q capacity 1
      process P
        publish Q "a"
        publish Q "b"
      end
      process C
        compute 5
        consume Q
      end`);
    expect(events(trace)).toEqual([
      't0 send #1 P>Q publish "a" @2 L5',
      't0 block P publish on=Q L6',
      't0 compute C 5 L9',
      't2 lost #1 Q (lose)',
      't2 unblock P',
      't2 send #2 P>Q publish "b" @4 L6',
      't2 done P',
      't4 deliver #2 Q',
      't5 block C consume on=Q L10',
      't5 send #3 Q>C dispatch "b" @7 L10',
      't7 deliver #3 C',
      't7 unblock C',
      't7 recv #3 C L10',
      't7 done C',
      't7 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 7,
      message: 'Completed at t=7.',
      crashed: [],
    });
  });

  it('a crash while the others wait at a barrier: they wait for it for ever', () => {
    const trace = runSource(rdv`
      crash W[2] at 3
      barrier B
      process W[1..3]
        compute 2 * i
        barrier B
      end`);
    expect(events(trace)).toEqual([
      't0 compute W[1] 2 L4',
      't0 compute W[2] 4 L4',
      't0 compute W[3] 6 L4',
      't2 arrive B W[1] g0 1/3 L5',
      't2 block W[1] barrier on=B L5',
      't3 crash W[2]',
      't6 arrive B W[3] g0 2/3 L5',
      't6 block W[3] barrier on=B L5',
      't6 end deadlock',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'deadlock',
      time: 6,
      message:
        'Deadlock at t=6: W[1] waits at barrier B for W[2], which crashed at t=3; W[3] waits at barrier B for W[2], which crashed at t=3.',
      crashed: ['W[2]'],
    });
  });

  it('a crash cuts a compute short, discards the mailbox, and loses what arrives later; what it sent still arrives', () => {
    const trace = runSource(rdv`
      crash S at 2
      process S
        send C "before"
        compute 5
        send C "after"
      end
      process C
        send S "to the dead"
        compute 3
        send S "later"
        recv
        recv
      end`);
    expect(events(trace)).toEqual([
      't0 send #1 S>C message "before" @1 L3',
      't0 compute S 5 L4',
      't0 send #2 C>S message "to the dead" @1 L8',
      't0 compute C 3 L9',
      't1 deliver #1 C',
      't1 deliver #2 S',
      't2 crash S',
      't3 send #3 C>S message "later" @4 L10',
      't3 recv #1 C L11',
      't3 block C recv L12',
      't4 lost #3 S (crash)',
      't4 end deadlock',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'deadlock',
      time: 4,
      message: 'Deadlock at t=4: C waits for a message.',
      crashed: ['S'],
    });
  });

  it('restart: from the first statement with an empty mailbox; a message due at the restart instant is lost', () => {
    const trace = runSource(rdv`
      crash S at 1
      restart S at 4
      process S
        recv
        note "got one"
      end
      process C
        compute 2
        send S "lost"
        compute 1
        send S "at restart"
        compute 1
        send S "kept"
      end`);
    expect(events(trace)).toEqual([
      't0 block S recv L4',
      't0 compute C 2 L8',
      't1 crash S',
      't2 send #1 C>S message "lost" @3 L9',
      't2 compute C 1 L10',
      't3 lost #1 S (crash)',
      't3 send #2 C>S message "at restart" @4 L11',
      't3 compute C 1 L12',
      't4 lost #2 S (crash)',
      't4 restart S',
      't4 block S recv L4',
      't4 send #3 C>S message "kept" @5 L13',
      't4 done C',
      't5 deliver #3 S',
      't5 unblock S',
      't5 recv #3 S L4',
      't5 note S L5 "got one"',
      't5 done S',
      't5 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 5,
      message: 'Completed at t=5.',
      crashed: [],
    });
  });

  it('a deadlock names a partner that crashed', () => {
    const trace = runSource(rdv`
      crash S at 4
      process C
        compute 5
        call S "q"
      end
      process S
        loop
          recv
          reply "r"
        end
      end`);
    expect(events(trace)).toEqual([
      't0 compute C 5 L3',
      't0 block S recv L8',
      't4 crash S',
      't5 send #1 C>S request "q" @6 L4',
      't5 block C call on=S L4',
      't6 lost #1 S (crash)',
      't6 end deadlock',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'deadlock',
      time: 6,
      message: 'Deadlock at t=6: C waits for a reply from S, which crashed at t=4.',
      crashed: ['S'],
    });
  });

  it('recv from a crashed process inside a loop is a deadlock, a plain recv in a loop is not', () => {
    const trace = runSource(rdv`
      crash A at 1
      process A
        compute 5
        send B "x"
      end
      process B
        loop
          recv from A
        end
      end
      process D
        loop
          recv
        end
      end`);
    expect(events(trace)).toEqual([
      't0 compute A 5 L3',
      't0 block B recv on=A L8',
      't0 block D recv L13',
      't1 crash A',
      't1 end deadlock',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'deadlock',
      time: 1,
      message: 'Deadlock at t=1: B waits for a message from A, which crashed at t=1; D waits for a message.',
      crashed: ['A'],
    });
  });

  it('crash G, then restart G[1]: only the member restarted runs again', () => {
    const trace = runSource(rdv`
      crash W at 2
      restart W[1] at 3
      process W[1..2]
        compute 4
        note "finished"
      end`);
    expect(events(trace)).toEqual([
      't0 compute W[1] 4 L4',
      't0 compute W[2] 4 L4',
      't2 crash W[1]',
      't2 crash W[2]',
      't3 restart W[1]',
      't3 compute W[1] 4 L4',
      't7 note W[1] L5 "finished"',
      't7 done W[1]',
      't7 end completed',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'completed',
      time: 7,
      message: 'Completed at t=7.',
      crashed: ['W[2]'],
    });
  });
});
