// How a run ended: who is blocked on what, the cycle of waiting (if any), and one English
// sentence. Everything is derived from the kernel's state at the end, in declaration order.

import type { RunErrorCode } from '../lang/diagnostics.run';
import type { Params } from '../lang/hints';
import type { BlockedInfo, Outcome, OutcomeKind } from './trace';
import { BLOCKED, CRASHED, DONE, type BarrierState, type Proc } from './state';

/** Formats an integer with thousands separators, independent of the locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Joins names as English prose: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What the kernel knows at the end of a run. */
export interface EndState {
  procs: Proc[];
  procByName: Map<string, number>;
  barrierByName: Map<string, BarrierState>;
  /** Whether the outcome lists `crashed` (the scenario uses SPEC §6). */
  failures: boolean;
}

/** Members of a blocked process's barrier that have not arrived in its current generation. */
function missing(state: EndState, p: Proc): number[] {
  const barrier = state.barrierByName.get(p.on ?? '');
  if (!barrier) return [];
  const arrived = new Set(barrier.arrivals);
  return barrier.members.filter((m) => !arrived.has(m));
}

/** One entry per blocked process, in declaration order. */
export function blockedList(state: EndState): BlockedInfo[] {
  const out: BlockedInfo[] = [];
  for (const p of state.procs) {
    if (p.status !== BLOCKED || p.reason === null) continue;
    const waitsFor = p.reason === 'barrier' ? missing(state, p).map((m) => state.procs[m]?.name ?? '') : p.on;
    out.push({ process: p.name, reason: p.reason, waitsFor });
  }
  return out;
}

/** The processes a blocked process waits for (edges of the wait-for graph). */
function edges(state: EndState, p: Proc): number[] {
  if (p.status !== BLOCKED) return [];
  if (p.reason === 'barrier') return missing(state, p);
  if ((p.reason === 'recv' || p.reason === 'ssend' || p.reason === 'call') && p.peer >= 0) return [p.peer];
  return [];
}

/** The first cycle of waiting found by depth-first search from the lowest declaration index. */
export function findCycle(state: EndState): string[] | null {
  const n = state.procs.length;
  const color = new Uint8Array(n); // 0 unseen, 1 on the path, 2 finished
  const outEdges: (number[] | undefined)[] = [];
  for (let root = 0; root < n; root++) {
    if (color[root] !== 0) continue;
    const path: number[] = [root];
    const next: number[] = [0];
    color[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top] as number;
      const out = (outEdges[node] ??= edges(state, state.procs[node] as Proc));
      const k = next[top] as number;
      if (k >= out.length) {
        color[node] = 2;
        path.pop();
        next.pop();
        continue;
      }
      next[top] = k + 1;
      const to = out[k] as number;
      if (color[to] === 1) return path.slice(path.indexOf(to)).map((m) => state.procs[m]?.name ?? '');
      if (color[to] === 0) {
        color[to] = 1;
        path.push(to);
        next.push(0);
      }
    }
  }
  return null;
}

/**
 * "A waits for B to receive", and so on, for one blocked process (`where`: the barrier's name;
 * `down`: ", which crashed at t=4" for a partner that is down, else '').
 */
function waitPhrase(info: BlockedInfo, where: string, down: (name: string) => string): string {
  const who = info.process;
  const on = Array.isArray(info.waitsFor) ? info.waitsFor : (info.waitsFor ?? '');
  switch (info.reason) {
    case 'recv':
      return on === ''
        ? `${who} waits for a message`
        : `${who} waits for a message from ${String(on)}${down(String(on))}`;
    case 'ssend':
      return `${who} waits for ${String(on)} to receive${down(String(on))}`;
    case 'call':
      return `${who} waits for a reply from ${String(on)}${down(String(on))}`;
    case 'publish':
      return `${who} waits for a free slot in queue ${String(on)}`;
    case 'consume':
      return `${who} waits for a message from queue ${String(on)}`;
    case 'barrier': {
      const names = Array.isArray(on) ? on : [];
      // "for W[2], which crashed at t=3", or with several: "for W[1] and W[2] (crashed at t=3)".
      const named =
        names.length === 1
          ? `${names[0]}${down(names[0] as string)}`
          : joinNames(names.map((n) => (down(n) === '' ? n : `${n} (${down(n).slice(', which '.length)})`)));
      return `${who} waits at barrier ${where} for ${names.length > 0 ? named : 'more parties'}`;
    }
  }
}

const SHOWN = 6;

/** The English sentence of an outcome. */
function sentence(
  kind: OutcomeKind,
  time: number,
  blocked: BlockedInfo[],
  state: EndState,
  detail: string,
): string {
  switch (kind) {
    case 'completed':
      return `Completed at t=${time}.`;
    case 'idle': {
      const names = blocked.map((b) => b.process);
      const shown =
        names.length > SHOWN ? [...names.slice(0, SHOWN - 1), `${names.length - SHOWN + 1} more`] : names;
      return `Idle at t=${time}: ${joinNames(shown)} ${names.length === 1 ? 'waits' : 'wait'} for work.`;
    }
    case 'deadlock': {
      const onOf = new Map(state.procs.map((p) => [p.name, p.on ?? '']));
      const down = (name: string): string => {
        const p = state.procs[state.procByName.get(name) ?? -1];
        return p?.status === CRASHED ? `, which crashed at t=${p.crashedAt}` : '';
      };
      const phrases = blocked.slice(0, SHOWN).map((b) => waitPhrase(b, onOf.get(b.process) ?? '', down));
      if (blocked.length > SHOWN) phrases.push(`${blocked.length - SHOWN} more are blocked`);
      return `Deadlock at t=${time}: ${phrases.join('; ')}.`;
    }
    case 'limit':
      return `Stopped at t=${time}: ${detail}.`;
    case 'error':
      return `Error at t=${time}: ${detail}.`;
  }
}

/** Extra facts of a limit or error outcome. */
export interface OutcomeDetail {
  /** The clause after "Stopped at t=…:" or "Error at t=…:". */
  text: string;
  process?: string;
  line?: number;
  limit?: 'events' | 'time' | 'statements';
  /** For a run-time error: its code and the values in its message. */
  code?: RunErrorCode;
  params?: Params;
}

/** Builds the outcome (fields in the order of trace.ts). */
export function buildOutcome(
  kind: OutcomeKind,
  time: number,
  state: EndState,
  detail?: OutcomeDetail,
): Outcome {
  const blocked = blockedList(state);
  const cycle = kind === 'idle' || kind === 'completed' ? null : findCycle(state);
  const outcome: Outcome = {
    kind,
    time,
    message: sentence(kind, time, blocked, state, detail?.text ?? ''),
    blocked,
    cycle,
  };
  if (state.failures) outcome.crashed = state.procs.filter((p) => p.status === CRASHED).map((p) => p.name);
  if (detail?.process !== undefined) outcome.process = detail.process;
  if (detail?.line !== undefined) outcome.line = detail.line;
  if (detail?.limit !== undefined) outcome.limit = detail.limit;
  if (detail?.code !== undefined) outcome.code = detail.code;
  if (detail?.params !== undefined) outcome.params = detail.params;
  return outcome;
}

/**
 * Which of completed, idle or deadlock a run that can go no further has reached. A crashed
 * process counts as ended; a server waiting in `recv from` a crashed process is blocked for good.
 */
export function naturalEnd(procs: Proc[]): OutcomeKind {
  let unfinished = 0;
  let servers = 0;
  for (const p of procs) {
    if (p.status === DONE || p.status === CRASHED) continue;
    unfinished++;
    const server = p.status === BLOCKED && (p.reason === 'recv' || p.reason === 'consume') && p.inLoop;
    if (server && !(p.peer >= 0 && procs[p.peer]?.status === CRASHED)) servers++;
  }
  if (unfinished === 0) return 'completed';
  return servers === unfinished ? 'idle' : 'deadlock';
}
