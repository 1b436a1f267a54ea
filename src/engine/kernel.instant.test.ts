// Hand-computed order within one instant (SPEC §2): ties in a queue's lines go to the earlier-
// declared process, and a block that a delivery satisfies ends only after every message due at
// that instant has been delivered, when its process's turn comes.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import type { Trace } from './trace';
import { briefs, rdv } from './testkit';

/** The events at instant `t`, as brief lines. */
const at = (trace: Trace, t: number): string[] => briefs(trace).filter((b) => b.startsWith(`t${t} `));

describe('ties in a queue’s lines', () => {
  it('gives the job to the earliest-declared consumer of those that joined at the same instant', () => {
    // W[3] completes the barrier and joins the line first, but all three joined at t=0.
    const trace = runSource(rdv`
      queue q
      barrier gate
      process W[1..3]
        barrier gate
        consume q
      end
      process P
        compute 1
        publish q "a"
      end`);
    expect(briefs(trace).filter((b) => / (block|send|recv) /.test(b))).toEqual([
      't0 block W[1] barrier on=gate L4',
      't0 block W[2] barrier on=gate L4',
      't0 block W[3] consume on=q L5',
      't0 block W[1] consume on=q L5',
      't0 block W[2] consume on=q L5',
      't1 send #1 P>q publish "a" @2 L9',
      't2 send #2 q>W[1] dispatch "a" @3 L5',
      't3 recv #2 W[1] L5',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'deadlock',
      time: 3,
      blocked: [
        { process: 'W[2]', reason: 'consume', waitsFor: 'q' },
        { process: 'W[3]', reason: 'consume', waitsFor: 'q' },
      ],
    });
  });

  it('gives freed slots to the publishers that blocked at the same instant in declaration order', () => {
    const trace = runSource(rdv`
      latency 1
      queue q capacity 1
      barrier gate
      process P[1..3]
        barrier gate
        publish q
        publish q
      end
      process C
        compute 2
        loop
          consume q
        end
      end`);
    const events = trace.events;
    const publishes = events.flatMap((e) =>
      e.type === 'msg.send' && e.kind === 'publish' ? [`${e.from} t=${e.t}`] : [],
    );
    expect(publishes).toEqual(['P[3] t=0', 'P[1] t=2', 'P[2] t=3', 'P[3] t=4', 'P[1] t=5', 'P[2] t=6']);
    const taken = events.flatMap((e) => (e.type === 'msg.recv' && e.process === 'C' ? [e.t] : []));
    expect(taken).toEqual([3, 4, 5, 6, 7, 8]);
    expect(briefs(trace).filter((b) => b.startsWith('t0 block P'))).toEqual([
      't0 block P[1] barrier on=gate L5',
      't0 block P[2] barrier on=gate L5',
      't0 block P[3] publish on=q L7',
      't0 block P[1] publish on=q L6',
      't0 block P[2] publish on=q L6',
    ]);
    expect(trace.outcome).toMatchObject({ kind: 'idle', time: 8 });
  });

  it('still serves a consumer that joined earlier before later ones, whatever their declaration', () => {
    const trace = runSource(rdv`
      queue q
      process A
        compute 1
        consume q
      end
      process B
        consume q
      end
      process P
        compute 2
        publish q "x"
      end`);
    expect(briefs(trace).filter((b) => b.includes('dispatch'))).toEqual([
      't3 send #2 q>B dispatch "x" @4 L7',
    ]);
  });
});

describe('a satisfied block resumes after the instant’s deliveries', () => {
  it('recv: both messages are delivered before either receiver resumes', () => {
    const trace = runSource(rdv`
      process A
        recv
      end
      process B
        send A "x"
        send C "y"
      end
      process C
        recv
      end`);
    expect(at(trace, 1)).toEqual([
      't1 deliver #1 A',
      't1 deliver #2 C',
      't1 unblock A',
      't1 recv #1 A L2',
      't1 done A',
      't1 unblock C',
      't1 recv #2 C L9',
      't1 done C',
      't1 end completed',
    ]);
  });

  it('ssend: the acknowledgement ends the block only after the other delivery of the instant', () => {
    const trace = runSource(rdv`
      process A
        ssend B "x"
      end
      process B
        recv
      end
      process C
        compute 1
        send D "y"
      end
      process D
        recv
      end`);
    expect(at(trace, 2)).toEqual([
      't2 deliver #2 A',
      't2 deliver #3 D',
      't2 unblock A',
      't2 recv #2 A L2',
      't2 done A',
      't2 unblock D',
      't2 recv #3 D L12',
      't2 done D',
      't2 end completed',
    ]);
  });

  it('call: the reply ends the block only after the other delivery of the instant', () => {
    const trace = runSource(rdv`
      process A
        call S "q"
      end
      process S
        recv
        reply "r"
      end
      process C
        compute 1
        send D "y"
      end
      process D
        recv
      end`);
    expect(at(trace, 2)).toEqual([
      't2 deliver #2 A',
      't2 deliver #3 D',
      't2 unblock A',
      't2 recv #2 A L2',
      't2 done A',
      't2 unblock D',
      't2 recv #3 D L13',
      't2 done D',
      't2 end completed',
    ]);
  });

  it('consume: the dispatch ends the block only after the other delivery of the instant', () => {
    const trace = runSource(rdv`
      process A
        consume Q
      end
      process P
        publish Q "job"
        compute 1
        send D "y"
      end
      process D
        recv
      end`);
    expect(at(trace, 2)).toEqual([
      't2 deliver #2 A',
      't2 deliver #3 D',
      't2 unblock A',
      't2 recv #2 A L2',
      't2 done A',
      't2 unblock D',
      't2 recv #3 D L10',
      't2 done D',
      't2 end completed',
    ]);
  });

  it('publish: a publisher given a freed slot sends only after the instant’s deliveries', () => {
    const trace = runSource(rdv`
      queue Q capacity 1
      process P
        publish Q "a"
        publish Q "b"
      end
      process C
        consume Q
      end
      process X
        send Y "y"
      end
      process Y
        recv
      end`);
    expect(at(trace, 1)).toEqual([
      't1 deliver #1 Q',
      // The queue hands the message on as it lands, which frees the slot for P…
      't1 send #3 Q>C dispatch "a" @2 L7',
      // …but P resumes only once the instant's last delivery is in.
      't1 deliver #2 Y',
      't1 unblock P',
      't1 send #4 P>Q publish "b" @2 L4',
      't1 done P',
      't1 unblock Y',
      't1 recv #2 Y L13',
      't1 done Y',
    ]);
  });

  it('a process satisfied at an instant where an earlier one fails is still listed as blocked', () => {
    const trace = runSource(rdv`
      process E
        compute 1
        reply
      end
      process R
        recv
      end
      process S
        send R "x"
      end`);
    expect(at(trace, 1)).toEqual([
      't1 deliver #1 R',
      't1 error E L3 reply has no request to answer',
      't1 end error',
    ]);
    expect(trace.outcome.blocked).toEqual([{ process: 'R', reason: 'recv', waitsFor: null }]);
  });

  it('a second message for a satisfied receiver waits in its mailbox', () => {
    const trace = runSource(rdv`
      process A
        recv
        compute 1
        recv
      end
      process B
        send A "1"
        send A "2"
      end`);
    expect(at(trace, 1)).toEqual([
      't1 deliver #1 A',
      't1 deliver #2 A',
      't1 unblock A',
      't1 recv #1 A L2',
      't1 compute A 1 L3',
    ]);
    expect(at(trace, 2)).toEqual(['t2 recv #2 A L4', 't2 done A', 't2 end completed']);
  });
});
