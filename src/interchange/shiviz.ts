// A run as a ShiViz log (https://bestchai.bitbucket.io/shiviz/): two lines per event, the event's
// text, then its host and vector clock as JSON, which is what ShiViz's default parsing regex reads.
//
// Hosts are the processes, and also the queues and barriers, because they are where messages go and
// where waits end: a publish is received by its queue and a dispatch sent by it; each barrier
// arrival is a message to the barrier, whose release is received by the next event of every member
// it frees. A delivery (`msg.deliver`) is the receive event: it merges the sender's clock. Events
// nobody observes (a lost message, the end of the run) have no host and no line.

import type { Trace, TraceEvent } from '../engine/trace';

/** ShiViz's parsing regex for these logs (also its default): the event line, then `host {clock}`. */
export const SHIVIZ_REGEX = '(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})';
/** The multiple-executions delimiter: a log holds one run, so none (an empty second line). */
export const SHIVIZ_DELIMITER = '';

type Clock = Record<string, number>;

/** A host name ShiViz can match with `\S*`. */
const hostName = (name: string): string => name.replace(/\s/g, '_');
/** One line of text, never empty (the regex needs something on the event line). */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ').trim() || '(event)';

/** The host an event happens on, or null for events nobody observes. */
function hostOf(e: TraceEvent): string | null {
  switch (e.type) {
    case 'msg.send':
      return e.from;
    case 'msg.deliver':
      return e.to;
    case 'barrier.release':
      return e.barrier;
    case 'msg.lost':
    case 'run.end':
      return null;
    default:
      return e.process;
  }
}

function describe(e: TraceEvent, sends: ReadonlyMap<number, EventOfType<'msg.send'>>): string {
  const from = (id: number): string => sends.get(id)?.from ?? '?';
  switch (e.type) {
    case 'proc.start':
      return 'start';
    case 'proc.compute':
      return `compute for ${e.duration} (line ${e.line})`;
    case 'proc.block':
      return `block in ${e.reason}${e.on !== null ? ` on ${e.on}` : ''} (line ${e.line})`;
    case 'proc.unblock':
      return 'unblock';
    case 'proc.done':
      return 'done';
    case 'proc.error':
      return `error: ${e.message} (line ${e.line})`;
    case 'proc.crash':
      return 'crash';
    case 'proc.restart':
      return 'restart';
    case 'proc.timeout':
      return `give up ${e.reason} (timeout, line ${e.line})`;
    case 'msg.send':
      return `send #${e.id} ${e.kind} to ${e.to}: ${e.payload === null ? '(no payload)' : JSON.stringify(e.payload)}`;
    case 'msg.deliver':
      return `deliver #${e.id} ${sends.get(e.id)?.kind ?? 'message'} from ${from(e.id)}`;
    case 'msg.recv':
      return `take #${e.id} from ${from(e.id)} (line ${e.line})`;
    case 'msg.drop':
      return `drop late #${e.id} from ${from(e.id)}`;
    case 'barrier.arrive':
      return `arrive at barrier ${e.barrier} (${e.arrived}/${e.parties}, generation ${e.generation})`;
    case 'barrier.withdraw':
      return `withdraw from barrier ${e.barrier} (generation ${e.generation})`;
    case 'barrier.release':
      return `release ${e.processes.join(', ')} (generation ${e.generation})`;
    case 'note':
      return `note: ${e.text}`;
    case 'ask':
      return `ask: ${e.text}`;
    case 'msg.lost':
    case 'run.end':
      return e.type;
  }
}

type EventOfType<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>;

function merge(into: Clock, other: Clock | undefined): void {
  if (!other) return;
  for (const [host, n] of Object.entries(other)) if ((into[host] ?? 0) < n) into[host] = n;
}

/** The log body: two lines per observed event, in trace order. */
export function toShiViz(trace: Trace): string {
  const clocks = new Map<string, Clock>();
  const sends = new Map<number, EventOfType<'msg.send'>>();
  const sentClock = new Map<number, Clock>();
  /** Clocks of the arrivals in each barrier generation still waiting (withdrawals leave). */
  const arrivals = new Map<string, Map<string, Clock>>();
  /** A release a member has not observed yet: merged into its next event. */
  const released = new Map<string, Clock>();
  const lines: string[] = [];
  for (const e of trace.events) {
    if (e.type === 'msg.send') sends.set(e.id, e);
    const raw = hostOf(e);
    if (raw === null) continue;
    const host = hostName(raw);
    const clock: Clock = { ...(clocks.get(host) ?? {}) };
    clock[host] = (clock[host] ?? 0) + 1;
    merge(clock, released.get(raw));
    released.delete(raw);
    const key = (b: string, g: number): string => `${b}#${g}`;
    if (e.type === 'msg.deliver') merge(clock, sentClock.get(e.id));
    if (e.type === 'barrier.release') {
      for (const c of arrivals.get(key(e.barrier, e.generation))?.values() ?? []) merge(clock, c);
      arrivals.delete(key(e.barrier, e.generation));
    }
    clocks.set(host, clock);
    if (e.type === 'msg.send') sentClock.set(e.id, clock);
    if (e.type === 'barrier.arrive') {
      const k = key(e.barrier, e.generation);
      arrivals.set(k, (arrivals.get(k) ?? new Map<string, Clock>()).set(e.process, clock));
    }
    if (e.type === 'barrier.withdraw') arrivals.get(key(e.barrier, e.generation))?.delete(e.process);
    if (e.type === 'barrier.release') for (const p of e.processes) released.set(p, clock);
    lines.push(`t=${e.t} ${oneLine(describe(e, sends))}`, `${host} ${JSON.stringify(clock)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A file ShiViz opens as is: the parsing regex, the (empty) delimiter, then the log. */
export function toShiVizFile(trace: Trace): string {
  return `${SHIVIZ_REGEX}\n${SHIVIZ_DELIMITER}\n${toShiViz(trace)}`;
}
