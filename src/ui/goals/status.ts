// What the goals panel can honestly say about the text on screen: verdicts only for a finished run
// of exactly that text; while it has errors, is being run or failed to run, the goals are listed
// without verdicts and the reason is given, so an old run's verdicts never pass as current.

import type { OutcomeKind, Trace } from '../../engine/trace';
import type { ExploreResult } from '../../explore';
import type { CheckResult, GoalLine, Lang, Scenario } from '../../lang/ast';
import { evaluateGoals, goalMembers, goalText, type GoalResult } from '../../playback/goals';
import { goalSentence } from '../../playback/goals.text';
import type { RunStatus } from '../../store/run';

/** One goal's verdict in the panel. */
export interface GoalVerdict extends Omit<GoalResult, 'met'> {
  /** Null while every order is still being explored for it (`never`/`can`). */
  met: boolean | null;
  /** For `never`/`can`: the run that shows what the goal is about (a `never` goal broken, a `can`
   *  goal met), found with this many lost messages; null when there is none to show. */
  show: { lose: number; kind: OutcomeKind } | null;
}

/** What exploring every order has found for the text on screen (null: nothing for this text). */
export interface OrdersInput {
  status: 'idle' | 'running' | 'done' | 'failed';
  results: Readonly<Record<number, ExploreResult>>;
}

export type GoalsView =
  /** The text on screen has no goals: no panel. */
  | { kind: 'none' }
  /** Verdicts of the finished run of the text on screen. */
  | {
      kind: 'checked';
      results: GoalVerdict[];
      met: number;
      solved: boolean;
      /** Every order is still being explored for some goal. */
      exploring: boolean;
      /** A search stopped before the end (its budget ran out, or it was stopped): no `never` is proven. */
      incomplete: 'budget' | 'cancelled' | null;
    }
  /** No verdicts yet: the text has errors, its run is under way (or about to be), or it failed. */
  | { kind: 'errors' | 'pending' | 'failed'; goals: { line: number; text: string }[] };

export interface GoalsInput {
  checked: CheckResult;
  /** The scenario the trace was run from; the same object as `checked.scenario` when it is current. */
  runScenario: Scenario | null;
  trace: Trace | null;
  runStatus: RunStatus;
  /** For `never`/`can` goals: the searches of this text (null or absent: none yet). */
  orders?: OrdersInput | null;
}

export function goalsView(
  { checked, runScenario, trace, runStatus, orders = null }: GoalsInput,
  lang: Lang,
): GoalsView {
  const scenario = checked.scenario;
  if (scenario.goals.length === 0) return { kind: 'none' };
  const listed = () => scenario.goals.map((g) => ({ line: g.span.line, text: ownWords(g, scenario, lang) }));
  if (!checked.ok) return { kind: 'errors', goals: listed() };
  const current = trace !== null && runScenario === scenario;
  if (current && runStatus === 'done') {
    const found = (lose: number | undefined) => orders?.results[lose ?? 0] ?? null;
    const exploring = orders !== null && (orders.status === 'running' || orders.status === 'idle');
    const results: GoalVerdict[] = evaluateGoals(scenario, trace, lang, found).map((r, k) => {
      const goal = scenario.goals[k];
      if (goal?.kind !== 'never' && goal?.kind !== 'can') return { ...r, show: null };
      const lose = goal.lose ?? 0;
      const result = found(lose);
      if (result === null) return { ...r, met: exploring ? null : false, show: null };
      const reached = result.outcomes.some((o) => o.kind === goal.outcome);
      return { ...r, show: reached ? { lose, kind: goal.outcome } : null };
    });
    const searched = Object.values(orders?.results ?? {});
    const incomplete = searched.some((r) => r.cancelled === true)
      ? 'cancelled'
      : searched.some((r) => !r.complete)
        ? 'budget'
        : null;
    return {
      kind: 'checked',
      results,
      met: results.filter((r) => r.met === true).length,
      solved: results.length > 0 && results.every((r) => r.met === true),
      exploring: results.some((r) => r.met === null),
      incomplete,
    };
  }
  return { kind: runStatus === 'failed' ? 'failed' : 'pending', goals: listed() };
}

/** A goal's words before it has a verdict: as `evaluateGoals` would give them. */
function ownWords(goal: GoalLine, scenario: Scenario, lang: Lang): string {
  const group =
    (goal.kind === 'blocked' || goal.kind === 'delivered') &&
    goal.target.index === null &&
    scenario.processes.find((p) => p.name === goal.target.name)?.group;
  return goalText(goal, lang) ?? goalSentence(goal, group ? goalMembers(goal, scenario).length : null, lang);
}
