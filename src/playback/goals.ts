// Goals (SPEC §7): each `goal` line of a scenario checked against the trace of its run. A pure
// function of the scenario and the trace, like the metrics; the run itself never sees the goals.
// `goal never KIND` and `goal can KIND` (SPEC §8) are checked against what exploring every order
// found, which the caller passes in (the CLI explores; playback stays cheap and never searches).

import type { OutcomeKind, Trace } from '../engine/trace';
import type { GoalLine, GoalOp, Lang, Scenario } from '../lang/ast';
import { goalDetail, goalSentence, type Measured } from './goals.text';

/** One goal's verdict, as the CLI's JSON trace carries it (`goals: [{line, text, met, detail}]`). */
export interface GoalResult {
  /** The 1-based source line of the goal. */
  line: number;
  /** The goal's own words in the chosen language, else its first words, else a sentence of the tool. */
  text: string;
  met: boolean;
  /** What was measured, e.g. "Client was blocked 9 ticks; the goal allows 4". */
  detail: string;
}

/** What exploring every order found (SPEC §8): an explore result (`explore/index.ts`) is one. */
export interface OrdersExplored {
  states: number;
  complete: boolean;
  outcomes: readonly { kind: OutcomeKind; shortest: number }[];
}

/**
 * What exploring found for each count of lost messages a goal asks for (`goal never KIND lose N`;
 * `undefined` for a goal that names none, which the caller reads as its default, e.g. `--lose`).
 */
export type OrdersByLoss = (lose: number | undefined) => OrdersExplored | null | undefined;

/** Whether the scenario has goals that need every order explored (`never`, `can`). */
export function needsOrders(scenario: Scenario): boolean {
  return scenario.goals.some((g) => g.kind === 'never' || g.kind === 'can');
}

/**
 * The counts of lost messages to explore for the scenario's `never`/`can` goals, each once and in
 * increasing order: a goal's own `lose N`, else `base` (the command line's `--lose`, 0 in the app).
 */
export function lossesToExplore(scenario: Scenario, base = 0): number[] {
  const counts = new Set<number>();
  for (const g of scenario.goals) if (g.kind === 'never' || g.kind === 'can') counts.add(g.lose ?? base);
  return [...counts].sort((a, b) => a - b);
}

/**
 * Every goal of `scenario`, in source order, checked against `trace` (a run of that scenario),
 * and the `never`/`can` goals against `orders` (not met, "not explored", without it): one search
 * for every goal, or per count of lost messages (`OrdersByLoss`).
 * `lang` picks the goal's own words and the language of the tool's sentences and details; without
 * it the goal's first words are used and the tool writes English.
 */
export function evaluateGoals(
  scenario: Scenario,
  trace: Trace,
  lang?: Lang,
  orders?: OrdersExplored | OrdersByLoss | null,
): GoalResult[] {
  const blocked = blockedTimes(trace);
  const taken = takenCounts(trace);
  const write: Lang = lang ?? 'en';
  return scenario.goals.map((goal) => {
    const explored =
      typeof orders === 'function'
        ? (orders(goal.kind === 'never' || goal.kind === 'can' ? goal.lose : undefined) ?? null)
        : (orders ?? null);
    const measured = measure(goal, scenario, trace, blocked, taken, explored);
    const members = memberCount(goal, scenario);
    return {
      line: goal.span.line,
      text: goalText(goal, lang) ?? goalSentence(goal, members, write),
      met: measured.met,
      detail: goalDetail(goal, measured, members, write),
    };
  });
}

/** True when the scenario has goals and the run meets every one. */
export function allMet(results: readonly GoalResult[]): boolean {
  return results.length > 0 && results.every((r) => r.met);
}

/** The goal's own words: in `lang` when given, else the first given; null when it has none. */
export function goalText(goal: GoalLine, lang?: Lang): string | null {
  const own = lang === undefined ? undefined : goal.texts.find((t) => t.lang === lang);
  return (own ?? goal.texts[0])?.text ?? null;
}

/** Whether `value OP bound` holds. */
export function compareGoal(value: number, op: GoalOp, bound: number): boolean {
  switch (op) {
    case '<=':
      return value <= bound;
    case '<':
      return value < bound;
    case '>=':
      return value >= bound;
    case '>':
      return value > bound;
    case '==':
      return value === bound;
  }
}

/**
 * The processes a `blocked` or `delivered` goal measures: one process, one member, or every
 * member of a group (their numbers add up).
 */
export function goalMembers(goal: GoalLine, scenario: Scenario): string[] {
  if (goal.kind !== 'blocked' && goal.kind !== 'delivered') return [];
  const { name, index } = goal.target;
  if (index !== null) return [`${name}[${index}]`];
  const decl = scenario.processes.findIndex((p) => p.name === name);
  return scenario.instances.filter((inst) => inst.decl === decl).map((inst) => inst.name);
}

/** How many processes a goal measures when it names a whole group (null for one process). */
function memberCount(goal: GoalLine, scenario: Scenario): number | null {
  if ((goal.kind !== 'blocked' && goal.kind !== 'delivered') || goal.target.index !== null) return null;
  const decl = scenario.processes.find((p) => p.name === goal.target.name);
  return decl?.group ? goalMembers(goal, scenario).length : null;
}

function measure(
  goal: GoalLine,
  scenario: Scenario,
  trace: Trace,
  blocked: ReadonlyMap<string, number>,
  taken: ReadonlyMap<string, number>,
  orders: OrdersExplored | null,
): Measured {
  const { outcome } = trace;
  switch (goal.kind) {
    case 'never':
    case 'can': {
      const found = orders?.outcomes.find((o) => o.kind === goal.outcome);
      const reach = orders && {
        states: orders.states,
        complete: orders.complete,
        shortest: found === undefined ? null : found.shortest,
      };
      // `never` is proved only by a complete search; `can` by any run that gets there.
      const met = reach
        ? goal.kind === 'can'
          ? found !== undefined
          : reach.complete && found === undefined
        : false;
      return { met, value: outcome.time, outcome: outcome.kind, orders: reach };
    }
    case 'outcome':
      return { met: outcome.kind === goal.outcome, value: outcome.time, outcome: outcome.kind };
    case 'time':
      return {
        met: compareGoal(outcome.time, goal.op, goal.value),
        value: outcome.time,
        outcome: outcome.kind,
      };
    case 'blocked':
    case 'delivered': {
      const per = goal.kind === 'blocked' ? blocked : taken;
      const value = goalMembers(goal, scenario).reduce((sum, p) => sum + (per.get(p) ?? 0), 0);
      return { met: compareGoal(value, goal.op, goal.value), value, outcome: outcome.kind };
    }
  }
}

/**
 * Ticks each process spent blocked: from each `proc.block` to the `proc.unblock`, `proc.timeout`
 * or `proc.crash` that ends it, or to `outcome.time` when it is still blocked at the end.
 */
export function blockedTimes(trace: Trace): Map<string, number> {
  const total = new Map<string, number>();
  const since = new Map<string, number>();
  const add = (p: string, ticks: number) => total.set(p, (total.get(p) ?? 0) + ticks);
  for (const e of trace.events) {
    if (e.type === 'proc.block') {
      if (!since.has(e.process)) since.set(e.process, e.t);
    } else if (e.type === 'proc.unblock' || e.type === 'proc.timeout' || e.type === 'proc.crash') {
      const from = since.get(e.process);
      if (from === undefined) continue;
      add(e.process, e.t - from);
      since.delete(e.process);
    }
  }
  for (const [p, from] of since) add(p, Math.max(0, trace.outcome.time - from));
  return total;
}

/** Messages each process took: its `msg.recv` events. */
export function takenCounts(trace: Trace): Map<string, number> {
  const count = new Map<string, number>();
  for (const e of trace.events)
    if (e.type === 'msg.recv') count.set(e.process, (count.get(e.process) ?? 0) + 1);
  return count;
}
