// What-if commands as plain functions: the card on the stage, the branch bar and the keyboard call these.

import { planIntervention, type Intervention, type Planned } from '../../playback/whatif';
import { appStore } from '../../store';
import { ordered } from '../../store/whatifTree';
import { clearPicks } from '../commands';

const state = () => appStore.getState();

/** What `what` would write at the step on screen, or why it cannot be done there. */
export function planNow(what: Intervention): Planned | null {
  const { trace, index } = state();
  return trace ? planIntervention(trace, index, what) : null;
}

/** Writes `what` into a new branch at the step on screen; the run is redone and the step kept. */
export function interveneNow(what: Intervention): Planned | null {
  const plan = planNow(what);
  if (plan?.ok) {
    state().intervene(plan.fault);
    clearPicks();
  }
  return plan;
}

/** Shows the branch before (-1) or after (+1) the one on screen, in the order the bar lists them. */
export function stepBranch(delta: -1 | 1): void {
  const tree = state().whatIf;
  if (!tree || tree.branches.length < 2) return;
  const list = ordered(tree);
  const at = list.findIndex((x) => x.branch.id === tree.current);
  const next = list[(at + delta + list.length) % list.length];
  if (next) state().showBranch(next.branch.id);
}

export function undoWhatIf(): void {
  state().undoWhatIf();
}

export function redoWhatIf(): void {
  state().redoWhatIf();
}
