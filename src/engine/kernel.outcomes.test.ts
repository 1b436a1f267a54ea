// Hand-computed runs for compute, notes, control flow with i and n, run-time errors, and every
// way a run ends: completed, idle, deadlock, limit (events, time, statements), error.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { briefs, rdv } from './testkit';

describe('statements', () => {
  it('emits notes with their language and takes no time', () => {
    const trace = runSource(rdv`
      process A
        note en "hello"
        note "plain"
        note ko "안녕"
      end`);
    expect(briefs(trace)).toEqual([
      't0 start A',
      't0 note A L2 en "hello"',
      't0 note A L3 "plain"',
      't0 note A L4 ko "안녕"',
      't0 done A',
      't0 end completed',
    ]);
    expect(trace.events[1]).toEqual({
      seq: 1,
      t: 0,
      type: 'note',
      process: 'A',
      line: 2,
      text: 'hello',
      lang: 'en',
    });
  });

  it('lets the others run during a compute; compute 0 puts the process back among the ready ones', () => {
    const trace = runSource(rdv`
      process A
        compute 0
        note "A"
        compute 3
        note "A again"
      end
      process B
        note "B"
      end`);
    expect(briefs(trace)).toEqual([
      't0 start A',
      't0 start B',
      't0 compute A 0 L2',
      // A is still the lowest-index ready process, so it goes on at once.
      't0 note A L3 "A"',
      't0 compute A 3 L4',
      't0 note B L8 "B"',
      't0 done B',
      't3 note A L5 "A again"',
      't3 done A',
      't3 end completed',
    ]);
  });

  it('runs repeat and if with the member number i and the group size n', () => {
    const trace = runSource(rdv`
      process W[1..3]
        repeat i
          note "tick"
        end
        repeat i - 4
          note "never"
        end
        if i % 2 == 1
          compute i * (n - 2)
        else
          compute 10
        end
      end`);
    expect(briefs(trace)).toEqual([
      't0 start W[1]',
      't0 start W[2]',
      't0 start W[3]',
      't0 note W[1] L3 "tick"',
      't0 compute W[1] 1 L9',
      't0 note W[2] L3 "tick"',
      't0 note W[2] L3 "tick"',
      't0 compute W[2] 10 L11',
      't0 note W[3] L3 "tick"',
      't0 note W[3] L3 "tick"',
      't0 note W[3] L3 "tick"',
      't0 compute W[3] 3 L9',
      't1 done W[1]',
      't3 done W[3]',
      't10 done W[2]',
      't10 end completed',
    ]);
  });

  it('sends around a ring with W[i % n + 1]', () => {
    const trace = runSource(rdv`
      process W[1..3]
        send W[i % n + 1]
        recv from W[(i + n - 2) % n + 1]
      end`);
    const sends = trace.events.flatMap((e) => (e.type === 'msg.send' ? [`${e.from}>${e.to}`] : []));
    expect(sends).toEqual(['W[1]>W[2]', 'W[2]>W[3]', 'W[3]>W[1]']);
    expect(trace.outcome).toMatchObject({ kind: 'completed', time: 1 });
  });
});

describe('run-time errors', () => {
  it('stops at a division by zero, with the process and line', () => {
    const trace = runSource(rdv`
      process W[1..3]
        compute 6 / (3 - i)
      end`);
    expect(briefs(trace)).toEqual([
      't0 start W[1]',
      't0 start W[2]',
      't0 start W[3]',
      't0 compute W[1] 3 L2',
      't0 compute W[2] 6 L2',
      't0 error W[3] L2 division by zero',
      't0 end error',
    ]);
    expect(trace.outcome).toEqual({
      kind: 'error',
      time: 0,
      message: 'Error at t=0: W[3] failed at line 2: division by zero.',
      blocked: [],
      cycle: null,
      process: 'W[3]',
      line: 2,
      code: 'run-division-by-zero',
      params: { op: '/' },
    });
    expect(trace.events.find((e) => e.type === 'proc.error')).toEqual({
      seq: 5,
      t: 0,
      type: 'proc.error',
      process: 'W[3]',
      line: 2,
      message: 'division by zero',
      code: 'run-division-by-zero',
      params: { op: '/' },
    });
  });

  it('truncates division and remainder toward zero, and fails on a remainder by zero', () => {
    const trace = runSource(rdv`
      process W[1..1]
        compute (0 - 7) / 2 + 5
        compute (0 - 7) % 3 + 2
        compute 7 % (i - 1)
      end`);
    expect(briefs(trace).slice(1)).toEqual([
      't0 compute W[1] 2 L2',
      't2 compute W[1] 1 L3',
      't3 error W[1] L4 remainder of a division by zero',
      't3 end error',
    ]);
    expect(trace.outcome).toMatchObject({ code: 'run-division-by-zero', params: { op: '%' } });
  });

  it('stops when a group index is out of range', () => {
    const trace = runSource(rdv`
      process W[1..3]
        send W[i + 1] "x"
      end`);
    expect(briefs(trace).slice(3)).toEqual([
      't0 send #1 W[1]>W[2] message "x" @1 L2',
      't0 done W[1]',
      't0 send #2 W[2]>W[3] message "x" @1 L2',
      't0 done W[2]',
      't0 error W[3] L2 W[4] does not exist: W has members 1..3',
      't0 end error',
    ]);
    expect(trace.outcome).toMatchObject({
      kind: 'error',
      process: 'W[3]',
      line: 2,
      code: 'run-no-such-member',
      params: { group: 'W', index: 4, first: 1, last: 3 },
    });
  });

  it('stops on a negative compute', () => {
    const trace = runSource(rdv`
      process W[1..1]
        compute i - 2
      end`);
    expect(briefs(trace).slice(1)).toEqual([
      't0 error W[1] L2 compute needs a duration of 0 or more, got -1',
      't0 end error',
    ]);
    expect(trace.outcome).toMatchObject({ code: 'run-negative-compute', params: { duration: -1 } });
  });
});

describe('outcomes', () => {
  it('idle: servers waiting for work inside a loop', () => {
    const trace = runSource(rdv`
      process Client
        send Server "job"
      end
      process Server
        loop
          recv from Client
          compute 2
        end
      end`);
    expect(trace.outcome).toEqual({
      kind: 'idle',
      time: 3,
      message: 'Idle at t=3: Server waits for work.',
      blocked: [{ process: 'Server', reason: 'recv', waitsFor: 'Client' }],
      cycle: null,
    });
  });

  it('deadlock: two processes ssend to each other, with the cycle', () => {
    const trace = runSource(rdv`
      process A
        ssend B
        recv
      end
      process B
        ssend A
        recv
      end`);
    expect(briefs(trace)).toEqual([
      't0 start A',
      't0 start B',
      't0 send #1 A>B sync @1 L2',
      't0 block A ssend on=B L2',
      't0 send #2 B>A sync @1 L6',
      't0 block B ssend on=A L6',
      't1 deliver #1 B',
      't1 deliver #2 A',
      't1 end deadlock',
    ]);
    expect(trace.outcome).toEqual({
      kind: 'deadlock',
      time: 1,
      message: 'Deadlock at t=1: A waits for B to receive; B waits for A to receive.',
      blocked: [
        { process: 'A', reason: 'ssend', waitsFor: 'B' },
        { process: 'B', reason: 'ssend', waitsFor: 'A' },
      ],
      cycle: ['A', 'B'],
    });
  });

  it('deadlock: a recv outside any loop with nothing to come is not idle', () => {
    const trace = runSource(rdv`
      process A
        recv
      end`);
    expect(trace.outcome).toEqual({
      kind: 'deadlock',
      time: 0,
      message: 'Deadlock at t=0: A waits for a message.',
      blocked: [{ process: 'A', reason: 'recv', waitsFor: null }],
      cycle: null,
    });
  });

  it('limit: stops after maxEvents events, run.end not counted', () => {
    const trace = runSource(
      rdv`
      process A
        loop
          compute 1
        end
      end`,
      { maxEvents: 5 },
    );
    expect(briefs(trace)).toEqual([
      't0 start A',
      't0 compute A 1 L3',
      't1 compute A 1 L3',
      't2 compute A 1 L3',
      't3 compute A 1 L3',
      't3 end limit',
    ]);
    expect(trace.outcome).toEqual({
      kind: 'limit',
      time: 3,
      message: 'Stopped at t=3: the event limit of 5 events was reached.',
      blocked: [],
      cycle: null,
      limit: 'events',
    });
    expect(trace.events[5]).toMatchObject({ seq: 5, t: 3, type: 'run.end' });
  });

  it('limit: stops when the next instant would pass maxTime', () => {
    const trace = runSource(
      rdv`
      process A
        loop
          compute 3
        end
      end
      process B
        recv
      end`,
      { maxTime: 10 },
    );
    expect(
      briefs(trace)
        .filter((l) => l.includes('compute'))
        .map((l) => l.split(' ')[0]),
    ).toEqual(['t0', 't3', 't6', 't9']);
    expect(trace.outcome).toEqual({
      kind: 'limit',
      time: 9,
      message: 'Stopped at t=9: nothing more happens before the time limit of 10 ticks.',
      blocked: [{ process: 'B', reason: 'recv', waitsFor: null }],
      cycle: null,
      limit: 'time',
    });
  });

  it('limit: a program that runs 1,000,000 statements without an event stalls', () => {
    const trace = runSource(rdv`
      process A
        note "start"
        loop
          if 1 == 2
            note "never"
          end
        end
      end`);
    expect(briefs(trace)).toEqual(['t0 start A', 't0 note A L2 "start"', 't0 end limit']);
    expect(trace.outcome).toEqual({
      kind: 'limit',
      time: 0,
      message: 'Stopped at t=0: A ran 1,000,000 statements without an event (line 4).',
      blocked: [],
      cycle: null,
      process: 'A',
      line: 4,
      limit: 'statements',
    });
  });

  it('fills the trace header: title, titles, processes, queues and barriers', () => {
    const trace = runSource(rdv`
      title en "Ring"
      title ko "고리"
      queue jobs capacity 2
      process A
        barrier B
        publish extra
      end`);
    expect(trace.format).toBe('rendezvous.trace');
    expect(trace.version).toBe(1);
    expect(trace.scenario).toEqual({
      title: 'Ring',
      titles: { en: 'Ring', ko: '고리' },
      processes: ['A'],
      queues: [
        { name: 'jobs', capacity: 2 },
        { name: 'extra', capacity: null },
      ],
      barriers: [{ name: 'B', parties: 1 }],
    });
    expect(runSource('process A\nend\n').scenario.title).toBe('untitled');
  });
});
