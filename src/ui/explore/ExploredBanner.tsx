import { appStore, useApp } from '../../store';
import { forcingLines, useOrders } from '../goals/orders';
import { rerun } from '../runner';
import { makeWhatIf, useExplore } from './session';
import { useExploreStrings } from './strings';
import './explore.css';

/**
 * While a run the explorer found plays: says it is one order of many, that its clock counts
 * deliveries, and leads back to the timed run (and, where it can, to a what-if that forces it).
 */
export function ExploredBanner() {
  const w = useExploreStrings();
  const explored = useApp((st) => st.explored);
  // The run on the stage is the very one a search found: this card's, or a goal's (goals panel).
  const run = useApp((st) => st.trace);
  const k = useExplore((s) => s.result?.outcomes.findIndex((o) => o.run === run) ?? -1);
  const canForce = useExplore((s) => (s.whatIfs[k]?.length ?? 0) > 0);
  const goalLines = useOrders((s) => (k < 0 ? forcingLines(s, run) : null));
  const forceGoalRun = () => {
    for (const line of goalLines ?? []) appStore.getState().intervene(line);
  };
  if (!explored) return null;
  return (
    <div className="notice explored" role="status" data-testid="explored">
      <p>
        <strong>{w.playing(explored.kind, explored.shortest)}</strong> {w.clockNote}
      </p>
      <span className="explore-actions">
        {canForce && (
          <button type="button" onClick={() => makeWhatIf(k)}>
            {w.makeWhatIf}
          </button>
        )}
        {!canForce && (goalLines?.length ?? 0) > 0 && (
          <button type="button" onClick={forceGoalRun}>
            {w.makeWhatIf}
          </button>
        )}
        <button type="button" onClick={rerun}>
          {w.back}
        </button>
      </span>
    </div>
  );
}
