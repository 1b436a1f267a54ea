import { GoalIcon, type GoalIconName } from './icons';
import { useGoalsStrings } from './strings';
import { useExploreGoals, useGoals, useRememberSolved } from './useGoals';
import './goals.css';

/**
 * The theatre's one line about the goals ("Goals: 2 of 3 met", or "Solved!"), seen by a class in
 * presenter mode too. It is the status region a screen reader hears after each run.
 */
export function GoalsLine() {
  const s = useGoalsStrings();
  const goals = useGoals();
  useRememberSolved(goals);
  useExploreGoals();
  const { view } = goals;
  if (view.kind === 'none') return null;
  let icon: GoalIconName;
  let text: string;
  let state: string;
  if (view.kind === 'checked') {
    state = view.solved ? 'solved' : view.exploring ? 'exploring' : 'open';
    icon = view.solved
      ? 'solved'
      : view.exploring
        ? 'pending'
        : view.met === view.results.length
          ? 'met'
          : 'notMet';
    text = view.solved
      ? s.solvedLong
      : view.exploring
        ? s.summaryExploring
        : s.summary(view.met, view.results.length);
  } else {
    state = view.kind;
    icon = view.kind === 'pending' ? 'pending' : 'errors';
    text = view.kind === 'pending' ? s.summaryPending : s.summaryErrors;
  }
  return (
    <p className={`goals-line goals-line-${state}`} role="status" data-testid="goals-line" data-state={state}>
      <GoalIcon name={icon} />
      {/* Keyed by state so that the solved moment plays its animation when it comes. */}
      <span key={state}>{text}</span>
    </p>
  );
}
