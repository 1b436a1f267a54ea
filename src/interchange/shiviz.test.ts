// ShiViz out and in: the log format ShiViz's regex reads, clocks ShiViz accepts, the example logs,
// and a round trip that keeps every send/receive pair.

import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/trace';
import { createPlayback } from '../playback';
import { runSource } from '../runtime/inprocess';
import { BUILTINS, builtin } from '../scenarios/all';
import { SHIVIZ_EXAMPLES } from './examples';
import { SHIVIZ_REGEX, fromShiViz, parseTraceFile, toShiViz, toShiVizFile } from './index';

const run = (id: string): Trace => runSource(builtin(id)?.source ?? '');

function imported(log: string, regex?: string): Trace {
  const result = fromShiViz(log, regex);
  if (!result.ok) throw new Error(result.message);
  // Whatever is imported must be a trace the app accepts and can play.
  const again = parseTraceFile(JSON.stringify(result.trace));
  if (!again.ok) throw new Error(again.message);
  createPlayback(result.trace).stateAt(result.trace.events.length);
  return result.trace;
}

function refusal(log: string, regex?: string): string {
  const result = fromShiViz(log, regex);
  if (result.ok) throw new Error('expected the log to be refused');
  return result.message;
}

/** Messages of a trace as `from→to: payload`, in send order, with what became of each. */
function messages(trace: Trace): { from: string; to: string; payload: string | null; delivered: boolean }[] {
  const delivered = new Set(trace.events.flatMap((e) => (e.type === 'msg.deliver' ? [e.id] : [])));
  return trace.events.flatMap((e) =>
    e.type === 'msg.send'
      ? [{ from: e.from, to: e.to, payload: e.payload, delivered: delivered.has(e.id) }]
      : [],
  );
}

describe('toShiViz', () => {
  it('writes two lines per event that ShiViz’s default regex reads: text, then host and clock', () => {
    expect(SHIVIZ_REGEX).toBe('(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})');
    const log = toShiViz(run('rpc'));
    const lines = log.trimEnd().split('\n');
    expect(lines.length % 2).toBe(0);
    expect(lines.slice(0, 2)).toEqual(['t=0 start', 'Client {"Client":1}']);
    const re = new RegExp(`^${SHIVIZ_REGEX}$`, 'gm');
    expect([...log.matchAll(re)].length).toBe(lines.length / 2);
    const send = lines.findIndex((l) => /send #1 request to Server/.test(l));
    expect(lines[send + 1]).toMatch(/^Client \{"Client":\d+\}$/);
    const deliver = lines.findIndex((l) => /deliver #1 request from Client/.test(l));
    const sendClock = JSON.parse((lines[send + 1] as string).slice('Client '.length)) as Record<
      string,
      number
    >;
    const deliverClock = JSON.parse((lines[deliver + 1] as string).slice('Server '.length)) as Record<
      string,
      number
    >;
    expect(deliverClock.Client).toBe(sendClock.Client);
  });

  it('makes a whole ShiViz file: regex line, empty delimiter line, then the log', () => {
    const file = toShiVizFile(run('rpc'));
    const [regex, delimiter, ...rest] = file.split('\n');
    expect(regex).toBe(SHIVIZ_REGEX);
    expect(delimiter).toBe('');
    expect(rest.join('\n')).toBe(toShiViz(run('rpc')));
  });

  it('keeps every event text on one line, and names queues and barriers as hosts', () => {
    const trace = runSource('process A\n  note "one"\n  send B "x"\nend\nprocess B\n  recv\nend\n');
    const note = trace.events.find((e) => e.type === 'note');
    if (note?.type === 'note') note.text = 'two\r\nlines\n';
    expect(toShiViz(trace)).toMatch(/^t=0 note: two lines\nA \{"A":2\}$/m);
    expect(toShiViz(run('queue'))).toMatch(/^jobs \{/m);
    expect(toShiViz(run('barrier'))).toMatch(/^sync \{"sync":1,/m);
  });
});

describe('fromShiViz: example logs', () => {
  it('has the two examples', () => {
    expect(SHIVIZ_EXAMPLES.map((e) => e.id)).toEqual(['two-phase-commit', 'gossip']);
  });

  it('two-phase commit: hosts become processes, each vote and commit a message', () => {
    const trace = imported(SHIVIZ_EXAMPLES[0]?.log ?? '');
    expect(trace.scenario.processes).toEqual(['coordinator', 'db-east', 'db-west']);
    expect(trace.scenario.title).toBe('ShiViz log');
    const titled = fromShiViz(SHIVIZ_EXAMPLES[0]?.log ?? '', undefined, { title: 'two-phase-commit.log' });
    expect(titled.ok && titled.trace.scenario.title).toBe('two-phase-commit.log');
    const m = messages(trace).map((x) => `${x.from}→${x.to}: ${x.payload}`);
    expect(m).toHaveLength(8);
    expect(m[0]).toBe('coordinator→db-east: 09:21:07.106 INFO  txn 7f3a: PREPARE -> db-east');
    expect(m.filter((x) => /VOTE YES -> coordinator/.test(x))).toHaveLength(2);
    expect(m.filter((x) => /COMMIT ->/.test(x))).toHaveLength(2);
    expect(m.filter((x) => /ACK -> coordinator$/.test(x))).toHaveLength(2);
    expect(messages(trace).every((x) => x.delivered)).toBe(true);
    // Lamport time: the coordinator's last event follows the chain request, prepare, vote, commit, ack.
    expect(trace.outcome).toMatchObject({ kind: 'completed', time: 15, blocked: [] });
    const notes = trace.events.filter((e) => e.type === 'note').map((e) => (e.type === 'note' ? e.text : ''));
    expect(notes).toContain('09:21:07.153 INFO  txn 7f3a: all votes yes, COMMIT decision forced to log');
  });

  it('gossip: a bare log in the default order, with a late message and a suspicion', () => {
    const trace = imported(SHIVIZ_EXAMPLES[1]?.log ?? '');
    expect(trace.scenario.processes).toEqual(['n1', 'n2', 'n3']);
    const m = messages(trace);
    expect(m.map((x) => `${x.from}→${x.to}`)).toEqual([
      'n1→n2',
      'n2→n3',
      'n3→n1',
      'n1→n3',
      'n2→n1',
      'n2→n1',
      'n3→n2',
      'n2→n1',
    ]);
    // n1's round-2 gossip to n3 is read only after n3's pause: it arrives after n2 suspects n3.
    const late = trace.events.find((e) => e.type === 'msg.send' && e.from === 'n1' && e.to === 'n3');
    const suspect = trace.events.find((e) => e.type === 'note' && /SUSPECT$/.test(e.text));
    expect(late?.type === 'msg.send' && late.deliverAt).toBeGreaterThan(late?.t ?? 0);
    expect(suspect).toBeDefined();
  });

  it('reads a log saved with Windows line ends and a byte order mark', () => {
    for (const example of SHIVIZ_EXAMPLES) {
      const windows = `\uFEFF${example.log.replace(/\n/g, '\r\n')}`;
      expect(imported(windows)).toEqual(imported(example.log));
    }
  });

  it('reads the same log with its regex given apart, or the default one', () => {
    const file = SHIVIZ_EXAMPLES[0]?.log ?? '';
    const body = file.split('\n').slice(2).join('\n');
    const regex = file.split('\n')[0];
    // The same events; only the lines differ, each naming its own file's line.
    const lines = (t: Trace) => t.events.map((e) => ('line' in e ? e.line : null));
    const noLines = (t: Trace) => JSON.stringify(t).replace(/"line":\d+/g, '');
    expect(noLines(imported(body, regex))).toBe(noLines(imported(file)));
    expect(lines(imported(body, regex)).map((l) => (l === null ? l : l + 2))).toEqual(lines(imported(file)));
    expect(imported(SHIVIZ_EXAMPLES[1]?.log ?? '', SHIVIZ_REGEX)).toEqual(
      imported(SHIVIZ_EXAMPLES[1]?.log ?? ''),
    );
  });
});

describe('fromShiViz: refusals', () => {
  const ok = 'a\nA {"A":1}\nb\nB {"B":1, "A":1}\n';
  it('accepts a tiny well-formed log', () => {
    expect(messages(imported(ok))).toEqual([{ from: 'A', to: 'B', payload: 'a', delivered: true }]);
  });
  it('refuses clocks ShiViz would refuse, naming the line of the clock', () => {
    expect(refusal('a\nA {"A":2}\n')).toMatch(/Line 2: the clock of host "A" starts at 2/);
    expect(refusal('a\nA {"A":1}\nb\nA {"A":3}\n')).toMatch(/Line 4: the clock of host "A" goes from 1 to 3/);
    expect(refusal('a\nA {"B":1}\n')).toMatch(/host "A" is missing from its own clock/);
    expect(refusal('a\nA {"A":1, "C":1}\n')).toMatch(/names C:1, an event the log does not have/);
    expect(refusal('a\nA {"A":1}\nb\nB {"B":1, "A":1, "Z":0}\nc\nB {"B":2}\n')).toMatch(
      /Line 6: the vector clock \{"B":2\} should be \{"B":2,"A":1\}/,
    );
    expect(refusal('a\nA {"A":1, oops}\n')).toMatch(/not JSON/);
    expect(refusal('a\nA {"A":1.5}\n')).toMatch(/whole numbers/);
    expect(refusal('a\nA {"A":1,"B":1}\nb\nB {"B":1,"A":1}\n')).toMatch(/circular/);
  });
  it('refuses a bad regex, a regex without the groups, and a log with no events', () => {
    expect(refusal(ok, '(?<event>.*')).toMatch(/not a valid regular expression/);
    expect(refusal(ok, '(?<event>.*)\\n(?<host>\\S*)')).toMatch(/named groups event, host and clock/);
    expect(refusal('nothing to see here')).toMatch(/found no events/);
    expect(refusal('x'.repeat(50_000_001))).toMatch(/too large/);
  });
  it('names the lines of the file itself: after its regex and delimiter lines, blank lines, a delimiter', () => {
    const header = '(?<host>\\S*) (?<clock>{.*})\\n(?<event>.*)\n\n';
    expect(refusal(`${header}A {"A":1}\na\nA {"A":3}\nb\n`)).toMatch(/^Line 5: /);
    expect(refusal(`\n\n${ok.replace('{"A":1}', '{"A":1, oops}')}`)).toMatch(/^Line 4: .*not JSON/);
    const delimited = `(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\n=== (?<trace>.*) ===\n=== one ===\n${ok}`;
    expect(refusal(delimited.replace('{"B":1, "A":1}', '{"B":2, "A":1}'))).toMatch(/^Line 7: /);
  });
  it('reads the first execution of a log with a delimiter', () => {
    const file = `(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})\n=== (?<trace>.*) ===\n=== one ===\n${ok}=== two ===\nz\nZ {"Z":1}\n`;
    expect(imported(file).scenario.processes).toEqual(['A', 'B']);
  });
});

describe('ShiViz round trip', () => {
  it.each(BUILTINS.map((b) => b.id))(
    '%s: exported and imported back gives the same send/receive pairs',
    (id) => {
      const original = run(id);
      const back = imported(toShiViz(original));
      // Host order: processes first, in declaration order.
      expect(back.scenario.processes.slice(0, original.scenario.processes.length)).toEqual(
        original.scenario.processes,
      );
      const sends = new Map(
        original.events.flatMap((e) => (e.type === 'msg.send' ? [[e.id, e] as const] : [])),
      );
      const expected = original.events
        .flatMap((e) => (e.type === 'msg.deliver' ? [sends.get(e.id)] : []))
        .map((s) => `${s?.from}→${s?.to} #${s?.id}`)
        .sort();
      const got = messages(back)
        .flatMap((m) => {
          const id = /^t=\d+ send #(\d+) /.exec(m.payload ?? '')?.[1];
          return id === undefined ? [] : [`${m.from}→${m.to} #${id}`];
        })
        .sort();
      expect(got).toEqual(expected);
      // The other imported messages are the barrier's: arrivals in, releases out.
      const barriers = new Set(original.scenario.barriers.map((b) => b.name));
      const others = messages(back).filter((m) => !/^t=\d+ send #/.test(m.payload ?? ''));
      expect(others.every((m) => barriers.has(m.to) || barriers.has(m.from))).toBe(true);
      const arrivals = original.events
        .filter((e) => e.type === 'barrier.release')
        .flatMap((e) => e.processes);
      expect(others.filter((m) => barriers.has(m.to))).toHaveLength(arrivals.length);
    },
  );
});
