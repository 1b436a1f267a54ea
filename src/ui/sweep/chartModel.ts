// The sweep's rows and the seeds' histogram as chart models, in the panel's language. Pure.

import type { OutcomeKind } from '../../engine/trace';
import type { SeedSummary } from '../../sweep/table';
import { styleOf, type ChartModel, type ChartSeries } from './model';
import type { PointRow } from './rows';
import type { SweepStrings } from './strings';

/** Ids of the four series that sum up a run; per-process series are `blocked:NAME`. */
export const MAIN_SERIES = ['finish', 'blocked', 'barrier', 'sent'] as const;

/** The processes that have a blocked time in some row, in the order they first appear. */
export function processNames(rows: readonly PointRow[]): string[] {
  const names = new Set<string>();
  for (const r of rows) for (const b of r.blocked) names.add(b.process);
  return [...names];
}

/** The sweep chart: finish time, blocked time, barrier wait (ticks) and messages sent against the knob. */
export function sweepChartModel(
  rows: readonly PointRow[],
  knob: string,
  scenario: string,
  s: SweepStrings,
): ChartModel {
  const main: Omit<ChartSeries, 'color' | 'dash' | 'marker'>[] = [
    { id: 'finish', label: s.finish, unit: 'ticks', values: rows.map((r) => r.finish) },
    { id: 'blocked', label: s.blocked, unit: 'ticks', values: rows.map((r) => r.blockedTotal) },
    { id: 'barrier', label: s.barrierWait, unit: 'ticks', values: rows.map((r) => r.barrierWait) },
    { id: 'sent', label: s.sent, unit: 'messages', values: rows.map((r) => r.sent) },
  ];
  const each = processNames(rows).map((name) => ({
    id: `blocked:${name}`,
    label: s.processBlocked(name),
    unit: 'ticks' as const,
    values: rows.map((r) => r.blocked.find((b) => b.process === name)?.ticks ?? null),
  }));
  return {
    title: s.chartTitle(knob, scenario, rows[0]?.value ?? 0, rows[rows.length - 1]?.value ?? 0),
    xLabel: knob,
    yLabels: { ticks: s.ticksAxis, messages: s.messagesAxis },
    x: rows.map((r) => r.value),
    series: [...main, ...each].map((series, k) => ({ ...series, ...styleOf(k) })),
  };
}

/** The colour of each outcome in the histogram: trouble in vermillion, a clean end in blue. */
export const KIND_COLOR: Record<OutcomeKind, string> = {
  deadlock: '#D55E00',
  error: '#CC79A7',
  limit: '#E69F00',
  idle: '#009E73',
  completed: '#0072B2',
};

/** The kinds a histogram stacks, from the bottom: the trouble first. */
export const KIND_ORDER: readonly OutcomeKind[] = ['deadlock', 'error', 'limit', 'idle', 'completed'];

/**
 * The histogram of finish times as bars stacked by outcome. uPlot draws bars, not stacks, so each
 * series is the running total up to its kind, drawn tallest first: each kind shows as its band.
 */
export function histogramModel(summary: SeedSummary, s: SweepStrings): ChartModel {
  const kinds = KIND_ORDER.filter((k) => summary.bins.some((b) => (b.byOutcome[k] ?? 0) > 0));
  const stacked = kinds.map((kind, j) => ({
    id: kind,
    label: s.outcomes[kind],
    unit: 'ticks' as const,
    values: summary.bins.map((b) => kinds.slice(0, j + 1).reduce((sum, k) => sum + (b.byOutcome[k] ?? 0), 0)),
    color: KIND_COLOR[kind],
    dash: [],
    marker: 'square' as const,
  }));
  return {
    title: s.histogramTitle(summary.total),
    xLabel: s.finishAxis,
    yLabels: { ticks: s.runsAxis, messages: s.runsAxis },
    x: summary.bins.map((b) => (b.from + b.to) / 2),
    series: stacked.reverse(),
  };
}
