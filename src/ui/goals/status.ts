// What the goals panel can honestly say about the text on screen: verdicts only for a finished run
// of exactly that text; while it has errors, is being run or failed to run, the goals are listed
// without verdicts and the reason is given, so an old run's verdicts never pass as current.

import type { Trace } from '../../engine/trace';
import type { CheckResult, GoalLine, Lang, Scenario } from '../../lang/ast';
import { allMet, evaluateGoals, goalMembers, goalText, type GoalResult } from '../../playback/goals';
import { goalSentence } from '../../playback/goals.text';
import type { RunStatus } from '../../store/run';

export type GoalsView =
  /** The text on screen has no goals: no panel. */
  | { kind: 'none' }
  /** Verdicts of the finished run of the text on screen. */
  | { kind: 'checked'; results: GoalResult[]; met: number; solved: boolean }
  /** No verdicts yet: the text has errors, its run is under way (or about to be), or it failed. */
  | { kind: 'errors' | 'pending' | 'failed'; goals: { line: number; text: string }[] };

export interface GoalsInput {
  checked: CheckResult;
  /** The scenario the trace was run from; the same object as `checked.scenario` when it is current. */
  runScenario: Scenario | null;
  trace: Trace | null;
  runStatus: RunStatus;
}

export function goalsView({ checked, runScenario, trace, runStatus }: GoalsInput, lang: Lang): GoalsView {
  const scenario = checked.scenario;
  if (scenario.goals.length === 0) return { kind: 'none' };
  const listed = () => scenario.goals.map((g) => ({ line: g.span.line, text: ownWords(g, scenario, lang) }));
  if (!checked.ok) return { kind: 'errors', goals: listed() };
  const current = trace !== null && runScenario === scenario;
  if (current && runStatus === 'done') {
    const results = evaluateGoals(scenario, trace, lang);
    return {
      kind: 'checked',
      results,
      met: results.filter((r) => r.met).length,
      solved: allMet(results),
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
