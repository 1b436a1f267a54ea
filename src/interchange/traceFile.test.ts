// Reading trace files: every built-in round-trips, and every kind of damage is refused with a
// message naming the first bad event.

import { describe, expect, it } from 'vitest';
import { traceToJson } from '../engine/json';
import type { Trace } from '../engine/trace';
import { createPlayback } from '../playback';
import { runSource } from '../runtime/inprocess';
import { runCli } from '../cli/run';
import { BUILTINS, builtin } from '../scenarios/all';
import { MAX_TRACE_CHARS, parseTraceFile, type TraceFileError } from './index';

const traces = new Map<string, Trace>(BUILTINS.map((b) => [b.id, runSource(b.source)]));
const source = (id: string): string => builtin(id)?.source ?? '';
const traceOf = (id: string): Trace => structuredClone(traces.get(id) as Trace);

function refused(text: string): TraceFileError {
  const result = parseTraceFile(text);
  if (result.ok) throw new Error('expected the trace to be refused');
  return result;
}

/** A trace with one event changed (or removed, when `change` returns null). */
function damaged(id: string, index: number, change: (e: Record<string, unknown>) => unknown): string {
  const trace = traceOf(id) as unknown as { events: Record<string, unknown>[] };
  const next = change(trace.events[index] as Record<string, unknown>);
  if (next === null) trace.events.splice(index, 1);
  else trace.events[index] = next as Record<string, unknown>;
  return JSON.stringify(trace);
}

const indexOf = (id: string, pred: (e: Trace['events'][number]) => boolean): number =>
  (traces.get(id) as Trace).events.findIndex(pred);

describe('parseTraceFile: round trips', () => {
  it.each(BUILTINS.map((b) => b.id))('%s: JSON.stringify and back gives the same trace and worlds', (id) => {
    const original = traces.get(id) as Trace;
    const result = parseTraceFile(JSON.stringify(original));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.trace).toEqual(original);
    const before = createPlayback(original);
    const after = createPlayback(result.trace);
    expect(after.eventCount).toBe(before.eventCount);
    for (let k = 0; k <= before.eventCount; k++) expect(after.stateAt(k)).toEqual(before.stateAt(k));
  });

  it.each(BUILTINS.map((b) => b.id))(
    '%s: the CLI’s --json output (and the app’s export) reads back',
    (id) => {
      let out = '';
      const io = {
        stdout: (t: string) => void (out += t),
        stderr: () => undefined,
        readFile: () => source(id),
      };
      expect(runCli(['x.rdv', '--json'], io)).toBe(0);
      const result = parseTraceFile(out);
      expect(result.ok && result.trace).toEqual(traces.get(id));
    },
  );

  it('reads a run cut short by its event limit', () => {
    let out = '';
    const io = {
      stdout: (t: string) => void (out += t),
      stderr: () => undefined,
      readFile: () => source('rpc'),
    };
    runCli(['x.rdv', '--json', '--limit', '5'], io);
    const result = parseTraceFile(out);
    expect(result.ok && result.trace.outcome.kind).toBe('limit');
  });

  it('reads the engine’s own export format (one event a line) and §6 outcomes with crashed', () => {
    const result = parseTraceFile(traceToJson(traceOf('queue-crash')));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.trace.outcome.crashed).toBeDefined();
  });

  it('reads a file saved with a byte order mark', () => {
    const result = parseTraceFile(`\uFEFF${traceToJson(traceOf('rpc'))}`);
    expect(result.ok && result.trace).toEqual(traces.get('rpc'));
  });

  it('fills in an ask’s missing answer as null', () => {
    const trace = traceOf('barrier') as unknown as { events: Record<string, unknown>[] };
    const ask = trace.events.find((e) => e.type === 'ask') as Record<string, unknown>;
    delete ask.answer;
    const result = parseTraceFile(JSON.stringify(trace));
    expect(result.ok && result.trace.events.find((e) => e.type === 'ask')).toMatchObject({ answer: null });
  });

  it('fills in titles for a trace that leaves them out', () => {
    const trace = traceOf('rpc') as unknown as { scenario: Record<string, unknown> };
    delete trace.scenario.titles;
    const result = parseTraceFile(JSON.stringify(trace));
    expect(result.ok && result.trace.scenario.titles).toEqual({});
  });
});

describe('parseTraceFile: refusals', () => {
  it('refuses text that is not JSON, or cut short', () => {
    expect(refused('hello').reason).toBe('not-json');
    const text = JSON.stringify(traceOf('rpc'));
    const cut = refused(text.slice(0, Math.floor(text.length / 2)));
    expect(cut.reason).toBe('not-json');
    expect(cut.message).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not a trace', () => {
    expect(refused('[1,2,3]').reason).toBe('not-a-trace');
    expect(refused('{"format":"something.else","version":1}').message).toMatch(/not a Rendezvous trace/);
  });

  it('refuses a trace from a newer version, saying so', () => {
    const trace = { ...traceOf('rpc'), version: 2 };
    const r = refused(JSON.stringify(trace));
    expect(r.reason).toBe('newer-version');
    expect(r.message).toMatch(/made by a newer version of Rendezvous \(trace version 2/);
    expect(refused(JSON.stringify({ ...trace, version: 0 })).reason).toBe('not-a-trace');
    expect(refused(JSON.stringify({ ...trace, version: '1' })).reason).toBe('not-a-trace');
  });

  it('refuses a text over 50 MB before parsing it', () => {
    const huge = `{"format":"rendezvous.trace","version":1,"pad":"${'x'.repeat(MAX_TRACE_CHARS)}"}`;
    const started = Date.now();
    const r = refused(huge);
    expect(r.reason).toBe('too-large');
    expect(r.message).toMatch(/too large \(50 MB\)/);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('refuses a missing outcome, scenario or events', () => {
    const t = traceOf('rpc') as unknown as Record<string, unknown>;
    expect(refused(JSON.stringify({ ...t, outcome: undefined })).message).toMatch(/no "outcome"/);
    expect(refused(JSON.stringify({ ...t, scenario: 5 })).message).toMatch(/no "scenario"/);
    expect(refused(JSON.stringify({ ...t, events: {} })).message).toMatch(/no "events" array/);
    const noProcesses = { ...t, scenario: { ...(t.scenario as object), processes: [] } };
    expect(refused(JSON.stringify(noProcesses)).message).toMatch(/processes should be a non-empty array/);
  });

  it('refuses a trace without run.end, naming it as cut short', () => {
    const trace = traceOf('rpc');
    trace.events.pop();
    const r = refused(JSON.stringify(trace));
    expect(r.reason).toBe('inconsistent');
    expect(r.message).toMatch(/does not end with a run\.end/);
  });

  it('names a delivery before its send', () => {
    const send = indexOf('rpc', (e) => e.type === 'msg.send');
    // Remove the send and renumber, so that the delivery is the first fault.
    const trace = traceOf('rpc');
    trace.events.splice(send, 1);
    trace.events.forEach((e, k) => (e.seq = k));
    const deliver = trace.events.findIndex((e) => e.type === 'msg.deliver');
    const r2 = refused(JSON.stringify(trace));
    expect(r2.event).toEqual({ index: deliver, type: 'msg.deliver' });
    expect(r2.message).toBe(
      `The trace is inconsistent: Event ${deliver} (msg.deliver) delivers message 1 before it is sent.`,
    );
  });

  it('names a message delivered twice', () => {
    const trace = traceOf('rpc');
    const k = trace.events.findIndex((e) => e.type === 'msg.deliver');
    trace.events.splice(k + 1, 0, { ...(trace.events[k] as Trace['events'][number]) });
    trace.events.forEach((e, i) => (e.seq = i));
    const r = refused(JSON.stringify(trace));
    expect(r.event).toEqual({ index: k + 1, type: 'msg.deliver' });
    expect(r.message).toMatch(/delivers message \d+, which was already delivered/);
  });

  it('names an unknown process, an unknown barrier and an unknown event type', () => {
    const k = indexOf('rpc', (e) => e.type === 'proc.block');
    const r = refused(damaged('rpc', k, (e) => ({ ...e, process: 'Ghost' })));
    expect(r.message).toBe(
      `The trace is inconsistent: Event ${k} (proc.block) names an unknown process "Ghost".`,
    );
    const a = indexOf('barrier', (e) => e.type === 'barrier.arrive');
    expect(refused(damaged('barrier', a, (e) => ({ ...e, barrier: 'Nope' }))).message).toMatch(
      /unknown barrier "Nope"/,
    );
    const u = refused(damaged('rpc', 2, (e) => ({ ...e, type: 'proc.teleport' })));
    expect(u.reason).toBe('malformed');
    expect(u.event).toEqual({ index: 2, type: 'proc.teleport' });
    expect(u.message).toMatch(/unknown type "proc\.teleport"/);
  });

  it('names time going backwards and seq out of order', () => {
    const last = (traces.get('rpc') as Trace).events.length - 2;
    const back = refused(damaged('rpc', last, (e) => ({ ...e, t: 0 })));
    expect(back.event?.index).toBe(last);
    expect(back.message).toMatch(/goes back in time/);
    const seq = refused(damaged('rpc', 3, (e) => ({ ...e, seq: 7 })));
    expect(seq.message).toMatch(
      /^The trace is inconsistent: Event 3 \([a-z.]+\) has seq 7 where 3 was expected\.$/,
    );
  });

  it('names fields of the wrong type', () => {
    const s = indexOf('rpc', (e) => e.type === 'msg.send');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ id: '1' }, /"id" "1": should be a whole number ≥ 1/],
      [{ id: 0 }, /"id" 0/],
      [{ kind: 'telegram' }, /"kind" "telegram": should be one of message/],
      [{ payload: 5 }, /"payload" 5: should be a string or null/],
      [{ deliverAt: Infinity }, /"deliverAt" (null|missing): should be a finite number/],
      [{ t: 'soon' }, /has time t="soon"/],
      [{ line: 2.5 }, /"line" 2.5/],
    ];
    for (const [patch, message] of cases) {
      const r = refused(damaged('rpc', s, (e) => ({ ...e, ...patch })));
      expect(r.event).toEqual({ index: s, type: 'msg.send' });
      expect(r.message).toMatch(message);
    }
    const missing = refused(damaged('rpc', s, (e) => ({ ...e, from: undefined })));
    expect(missing.message).toMatch(/has no "from"/);
    expect(refused(damaged('rpc', 0, () => 'x')).message).toMatch(/Event 0 is not an object/);
  });

  it('names a take of a message never delivered, and a take by the wrong process', () => {
    const trace = traceOf('rpc');
    const d = trace.events.findIndex((e) => e.type === 'msg.deliver');
    const r = refused(
      damaged('rpc', d, (e) => ({ ...e, type: 'note', process: 'Client', line: 1, text: '', lang: null })),
    );
    expect(r.message).toMatch(/takes message \d+ before it is delivered/);
    const recv = trace.events.findIndex((e) => e.type === 'msg.recv');
    const other = trace.scenario.processes.find(
      (p) => p !== (trace.events[recv] as { process: string }).process,
    );
    expect(refused(damaged('rpc', recv, (e) => ({ ...e, process: other }))).message).toMatch(
      /but it was sent to/,
    );
  });

  it('refuses run.end in the middle, or disagreeing with the outcome', () => {
    const trace = traceOf('rpc');
    const end = trace.events[trace.events.length - 1] as Trace['events'][number];
    trace.events.splice(2, 0, { ...end, t: 0 });
    trace.events.forEach((e, i) => (e.seq = i));
    expect(refused(JSON.stringify(trace)).message).toMatch(/Event 2 \(run\.end\) comes before the end/);
    const other = traceOf('rpc');
    other.outcome = { ...other.outcome, kind: 'deadlock' };
    expect(refused(JSON.stringify(other)).message).toMatch(/run\.end\) disagrees with the outcome/);
  });

  it('refuses an outcome naming an unknown process', () => {
    const trace = traceOf('deadlock');
    trace.outcome = { ...trace.outcome, blocked: [{ process: 'Ghost', reason: 'recv', waitsFor: null }] };
    expect(refused(JSON.stringify(trace)).message).toMatch(
      /outcome\.blocked\[0\] should name a declared process/,
    );
  });
});
