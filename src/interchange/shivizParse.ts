// Reading a ShiViz log into events with hosts and vector clocks, checked the way ShiViz checks them:
// each host's own clock counts 1, 2, 3, … and every clock is exactly the merge of its host's previous
// clock and the clocks of the events it learned from (its parents, the sends it received).

import { SHIVIZ_REGEX } from './shiviz';

export interface LogEvent {
  host: string;
  /** Non-zero entries only. */
  clock: Record<string, number>;
  text: string;
  /** 1-based line of the file that holds the event's host and vector clock. */
  line: number;
  /** The host's own clock value: the event's position on its host, from 1. */
  own: number;
  /** Events this one received from (other hosts' sends), filled in by `linkEvents`. */
  parents: LogEvent[];
  children: LogEvent[];
}

export type ParsedLog = { ok: true; hosts: string[]; events: LogEvent[] } | { ok: false; message: string };

const isClockValue = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * The regex and the log text, from a whole ShiViz file (regex, delimiter, log) or a bare log;
 * `line` is the line of the file the log text starts on, so messages name the file's own lines.
 */
export function splitFile(
  raw: string,
  regex: string | undefined,
): { regex: string; delimiter: string; body: string; line: number } {
  // Logs saved on Windows end lines with CRLF, which `{.*}$` would not match; a BOM is no text.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (regex !== undefined) return { regex, delimiter: '', body: text, line: 1 };
  const first = text.indexOf('\n');
  const head = first < 0 ? text : text.slice(0, first);
  if (/\(\?<host>/.test(head) && /\(\?<clock>/.test(head) && /\(\?<event>/.test(head)) {
    const second = text.indexOf('\n', first + 1);
    const delimiter = second < 0 ? text.slice(first + 1) : text.slice(first + 1, second);
    return {
      regex: head.trim(),
      delimiter: delimiter.trim(),
      body: second < 0 ? '' : text.slice(second + 1),
      line: 3,
    };
  }
  return { regex: SHIVIZ_REGEX, delimiter: '', body: text, line: 1 };
}

const newlines = (text: string): number => {
  let n = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) n++;
  return n;
};

/**
 * Matches every event of the log (as ShiViz does: `^regex$`, global and multiline). An event's
 * `line` is the line of its host and clock, counted from `firstLine`, the line `body` starts on.
 */
export function matchEvents(body: string, regex: string, delimiter: string, firstLine = 1): ParsedLog {
  let re: RegExp;
  try {
    // `d`: the indices of the groups, to name the line of the clock rather than of the event text.
    re = new RegExp(`^${regex}$`, 'gmd');
  } catch {
    return {
      ok: false,
      message: `The parsing regex is not a valid regular expression: ${regex.slice(0, 80)}`,
    };
  }
  for (const group of ['event', 'host', 'clock'])
    if (!regex.includes(`(?<${group}>`))
      return {
        ok: false,
        message: `The parsing regex needs the named groups event, host and clock (no "${group}").`,
      };
  let start = 0;
  let end = body.length;
  if (delimiter !== '') {
    // Several executions: the first one is read (ShiViz shows them side by side; a run is one).
    try {
      [start, end] = firstExecution(body, new RegExp(`^${delimiter}$`, 'gm'));
    } catch {
      return { ok: false, message: 'The delimiter is not a valid regular expression.' };
    }
  }
  const part = body.slice(start, end);
  const text = part.trim();
  const events: LogEvent[] = [];
  const hosts: string[] = [];
  const base = firstLine + newlines(body.slice(0, start)) + newlines(part.slice(0, part.indexOf(text)));
  let line = base;
  let scanned = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    const at = m.indices?.groups?.clock?.[0] ?? m.index;
    for (; scanned < at; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    const host = m.groups?.host ?? '';
    const clockText = m.groups?.clock ?? '';
    if (host === '') return { ok: false, message: `Line ${line}: the event has no host.` };
    let clock: unknown;
    try {
      clock = JSON.parse(clockText);
    } catch {
      return { ok: false, message: `Line ${line}: the vector clock is not JSON: ${clockText.slice(0, 60)}` };
    }
    if (typeof clock !== 'object' || clock === null || Array.isArray(clock))
      return { ok: false, message: `Line ${line}: the vector clock should be an object of host: count.` };
    const entries = Object.entries(clock);
    if (!entries.every(([, v]) => isClockValue(v)))
      return { ok: false, message: `Line ${line}: the vector clock should hold whole numbers ≥ 0.` };
    const own = (clock as Record<string, number>)[host];
    if (own === undefined || own < 1)
      return {
        ok: false,
        message: `Line ${line}: host "${host.slice(0, 40)}" is missing from its own clock.`,
      };
    if (!hosts.includes(host)) hosts.push(host);
    const nonZero = Object.fromEntries(entries.filter(([, v]) => v !== 0)) as Record<string, number>;
    const text1 = (m.groups?.event ?? '').trim();
    events.push({ host, clock: nonZero, text: text1, line, own, parents: [], children: [] });
  }
  if (events.length === 0) return { ok: false, message: 'The parsing regex found no events in the log.' };
  return { ok: true, hosts, events };
}

/** Where the first execution is: before the first delimiter, or between the first two, whichever holds something. */
function firstExecution(body: string, delimiter: RegExp): [number, number] {
  let from = 0;
  for (let m = delimiter.exec(body); m !== null; m = delimiter.exec(body)) {
    if (m[0].length === 0) delimiter.lastIndex++;
    if (body.slice(from, m.index).trim() !== '') return [from, m.index];
    from = m.index + m[0].length;
  }
  return [from, body.length];
}

/** Orders each host's events, finds every event's parents, and checks every clock. */
export function linkEvents(hosts: string[], events: LogEvent[]): string | null {
  const byHost = new Map<string, LogEvent[]>(hosts.map((h) => [h, []]));
  for (const e of events) byHost.get(e.host)?.push(e);
  for (const [host, list] of byHost) {
    list.sort((a, b) => a.own - b.own);
    for (const [k, e] of list.entries()) {
      if (e.own !== k + 1) {
        const was = k === 0 ? 'starts at' : `goes from ${list[k - 1]?.own} to`;
        return `Line ${e.line}: the clock of host "${host}" ${was} ${e.own}; it must count 1, 2, 3, …`;
      }
    }
  }
  const at = (host: string, own: number): LogEvent | undefined => byHost.get(host)?.[own - 1];
  for (const e of events) {
    const prev = at(e.host, e.own - 1)?.clock ?? {};
    const candidates: LogEvent[] = [];
    for (const [host, n] of Object.entries(e.clock)) {
      if (host === e.host || n <= (prev[host] ?? 0)) continue;
      const other = at(host, n);
      if (!other) return `Line ${e.line}: the clock names ${host}:${n}, an event the log does not have.`;
      candidates.push(other);
    }
    // A send known only through another parent is not a parent itself.
    const parents = candidates.filter(
      (c) => !candidates.some((d) => d !== c && (d.clock[c.host] ?? 0) >= c.own),
    );
    const expected: Record<string, number> = { ...prev };
    for (const p of parents) {
      if ((p.clock[e.host] ?? 0) >= e.own)
        return `Line ${e.line}: the log is circular: this event happens before the event on line ${p.line}.`;
      for (const [h, n] of Object.entries(p.clock)) expected[h] = Math.max(expected[h] ?? 0, n);
    }
    expected[e.host] = e.own;
    if (!sameClock(expected, e.clock))
      return `Line ${e.line}: the vector clock ${JSON.stringify(e.clock)} should be ${JSON.stringify(expected)}.`;
    e.parents = parents;
    for (const p of parents) p.children.push(e);
  }
  return null;
}

function sameClock(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== 0);
  const kb = Object.keys(b).filter((k) => b[k] !== 0);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
