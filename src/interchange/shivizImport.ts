// A ShiViz log of a real system as a Rendezvous trace: hosts become processes (in the order they
// first appear), an event that other hosts' clocks learned from is a send (one message per
// receiver, its text the payload), an event that learned from others receives those messages, and
// any other event is a note. Time is the Lamport time of the log's causal order: 0 for the starts,
// then 1 + the latest of the host's previous event and the sends it received. So a message always
// arrives after it leaves, and events on different hosts that are not causally related may share a
// time; real durations are not in a ShiViz log.

import type { Trace, TraceEvent } from '../engine/trace';
import { linkEvents, matchEvents, splitFile, type LogEvent } from './shivizParse';
import { MAX_TRACE_CHARS } from './traceFile';

export type ShiVizResult =
  { ok: true; trace: Trace } | { ok: false; reason: 'too-large' | 'bad-log'; message: string };

export interface ShiVizImportOptions {
  /** The scenario title of the trace (e.g. the file's name); default "ShiViz log". */
  title?: string;
}

/**
 * Reads a ShiViz log into a trace: a bare log read with `regex` (default: ShiViz's default), or,
 * with no `regex`, a whole ShiViz file whose first line is the regex and second the delimiter.
 */
export function fromShiViz(log: string, regex?: string, options: ShiVizImportOptions = {}): ShiVizResult {
  try {
    if (log.length > MAX_TRACE_CHARS)
      return { ok: false, reason: 'too-large', message: 'The log is too large; it may be at most 50 MB.' };
    const file = splitFile(log, regex);
    const parsed = matchEvents(file.body, file.regex, file.delimiter, file.line);
    if (!parsed.ok) return { ok: false, reason: 'bad-log', message: parsed.message };
    const problem = linkEvents(parsed.hosts, parsed.events);
    if (problem !== null) return { ok: false, reason: 'bad-log', message: problem };
    return { ok: true, trace: buildTrace(parsed.hosts, parsed.events, options.title ?? 'ShiViz log') };
  } catch {
    // A regex a user typed can still exhaust the engine; every other path is checked above.
    return { ok: false, reason: 'bad-log', message: 'The log could not be read with this regex.' };
  }
}

/** Lamport times: along each host and along each message, time strictly grows. */
function lamport(events: LogEvent[]): Map<LogEvent, number> {
  // Along every causal edge the sum of a vector clock grows, so this order lists causes first.
  const sum = (e: LogEvent): number => Object.values(e.clock).reduce((a, b) => a + b, 0);
  const order = [...events].sort((a, b) => sum(a) - sum(b));
  const previous = new Map<string, LogEvent[]>();
  for (const e of events) {
    const list = previous.get(e.host) ?? [];
    list[e.own - 1] = e;
    previous.set(e.host, list);
  }
  const time = new Map<LogEvent, number>();
  for (const e of order) {
    const before = previous.get(e.host)?.[e.own - 2];
    let t = before ? (time.get(before) ?? 0) : 0;
    for (const p of e.parents) t = Math.max(t, time.get(p) ?? 0);
    time.set(e, t + 1);
  }
  return time;
}

/** An event before it gets its `seq`. */
type Unnumbered = TraceEvent extends infer E ? (E extends unknown ? Omit<E, 'seq'> : never) : never;

function buildTrace(hosts: string[], events: LogEvent[], title: string): Trace {
  const time = lamport(events);
  const rank = new Map(hosts.map((h, k) => [h, k]));
  const order = [...events].sort(
    (a, b) =>
      (time.get(a) ?? 0) - (time.get(b) ?? 0) ||
      (rank.get(a.host) ?? 0) - (rank.get(b.host) ?? 0) ||
      a.own - b.own,
  );
  const lastOwn = new Map<string, number>();
  for (const e of events) lastOwn.set(e.host, Math.max(lastOwn.get(e.host) ?? 0, e.own));
  const out: TraceEvent[] = [];
  const push = (e: Unnumbered): void => void out.push({ ...e, seq: out.length } as TraceEvent);
  for (const process of hosts) push({ t: 0, type: 'proc.start', process });
  const ids = new Map<string, number>();
  const position = new Map(events.map((e, k) => [e, k]));
  const edge = (from: LogEvent, to: LogEvent): string => `${position.get(from)}>${position.get(to)}`;
  let nextId = 1;
  let end = 0;
  for (const e of order) {
    const t = time.get(e) ?? 0;
    end = t;
    for (const p of e.parents) {
      const id = ids.get(edge(p, e)) ?? 0;
      push({ t, type: 'msg.deliver', id, to: e.host });
      push({ t, type: 'msg.recv', id, process: e.host, line: e.line });
    }
    if (e.children.length === 0 || e.parents.length > 0)
      push({ t, type: 'note', process: e.host, line: e.line, text: e.text, lang: null });
    for (const c of e.children) {
      const id = nextId++;
      ids.set(edge(e, c), id);
      const deliverAt = time.get(c) ?? t;
      push({
        t,
        type: 'msg.send',
        id,
        from: e.host,
        to: c.host,
        kind: 'message',
        payload: e.text,
        deliverAt,
        line: e.line,
      });
    }
    if (e.own === lastOwn.get(e.host)) push({ t, type: 'proc.done', process: e.host });
  }
  const outcome: Trace['outcome'] = {
    kind: 'completed',
    time: end,
    message: `Imported from a ShiViz log: ${events.length} events on ${hosts.length} hosts.`,
    blocked: [],
    cycle: null,
  };
  push({ t: end, type: 'run.end', outcome });
  return {
    format: 'rendezvous.trace',
    version: 1,
    scenario: { title, titles: {}, processes: hosts, queues: [], barriers: [] },
    outcome,
    events: out,
  };
}
