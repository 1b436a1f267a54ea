// The sweeps the panel has run: one knob sweep and one many-seeds run are kept (closing the panel
// keeps them, so a teacher can open a point, look, and come back), and at most one runs at a time.
// Every point runs on the Web Workers; Cancel aborts the signal every pending run listens to.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Lang } from '../../lang/ast';
import { rowsOfSweep } from './core';
import type { PointRow } from './rows';
import { sweepConcurrency, workerRunOne } from './runPoint';

export type JobKind = 'sweep' | 'seeds';
export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface Job {
  kind: JobKind;
  /** The knob swept (`seed` for many seeds), its label in both languages. */
  knobId: string;
  knobLabel: Record<Lang, string>;
  /** The scenario's title in both languages when it was run, for the chart's title. */
  title: Record<Lang, string>;
  /** The text the points were made from. */
  source: string;
  jitter: number;
  total: number;
  done: number;
  /** The finished points, in the knob's order (all of them once `done`). */
  rows: PointRow[];
  status: JobStatus;
  /** Why it failed, in both languages. */
  error: Record<Lang, string> | null;
}

export interface StartJob {
  kind: JobKind;
  knobId: string;
  knobLabel: Record<Lang, string>;
  title: Record<Lang, string>;
  source: string;
  jitter: number;
  points: readonly { value: number; text: string }[];
}

interface Session {
  sweep: Job | null;
  seeds: Job | null;
}

export const sessionStore = createStore<Session>()(() => ({ sweep: null, seeds: null }));
let controller: AbortController | null = null;
/** How often finished rows reach the screen while a sweep runs. */
const FLUSH_MS = 250;

export function useJob(kind: JobKind): Job | null {
  return useStore(sessionStore, (s) => s[kind]);
}

/** Whether any sweep is running now. */
export function useRunning(): boolean {
  return useStore(sessionStore, (s) => s.sweep?.status === 'running' || s.seeds?.status === 'running');
}

function update(kind: JobKind, change: (job: Job) => Partial<Job>): void {
  const job = sessionStore.getState()[kind];
  if (job) sessionStore.setState({ [kind]: { ...job, ...change(job) } });
}

/** Runs every point of `start` (cancelling whatever ran before); resolves when it ends, however. */
export async function startJob(start: StartJob): Promise<void> {
  controller?.abort();
  const mine = new AbortController();
  controller = mine;
  const { kind } = start;
  sessionStore.setState({
    [kind]: {
      kind,
      knobId: start.knobId,
      knobLabel: start.knobLabel,
      title: start.title,
      source: start.source,
      jitter: start.jitter,
      total: start.points.length,
      done: 0,
      rows: [],
      status: 'running',
      error: null,
    },
  });
  // Rows arriving together are shown together: the chart and the table redraw a few times a
  // second, not once per run (200 redraws would slow the runs they report on).
  let pending: PointRow[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const rows = pending;
    pending = [];
    if (rows.length)
      update(kind, (job) => ({
        done: job.done + rows.length,
        rows: [...job.rows, ...rows].sort((a, b) => a.value - b.value),
      }));
  };
  try {
    await rowsOfSweep(start.points, workerRunOne, {
      concurrency: sweepConcurrency(),
      signal: mine.signal,
      onRow: (row) => {
        pending.push(row);
        timer ??= setTimeout(flush, FLUSH_MS);
      },
    });
    clearTimeout(timer);
    flush();
    if (!mine.signal.aborted) update(kind, () => ({ status: 'done' }));
  } catch (error) {
    clearTimeout(timer);
    flush();
    if (mine.signal.aborted) update(kind, () => ({ status: 'cancelled' }));
    else {
      const text = error instanceof Error ? error.message : String(error);
      update(kind, () => ({ status: 'failed', error: { en: text, ko: text } }));
    }
  } finally {
    if (controller === mine) controller = null;
  }
}

/** Stops the sweep that is running: every pending run is aborted and its workers stopped. */
export function cancelJob(): void {
  controller?.abort();
}
