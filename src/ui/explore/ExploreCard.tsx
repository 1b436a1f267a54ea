import type { ExploreOutcome, ExploreResult } from '../../explore';
import type { OutcomeKind } from '../../engine/trace';
import { useApp } from '../../store';
import {
  APP_STATES,
  cancelExplore,
  closeExplore,
  makeWhatIf,
  showOutcome,
  startExplore,
  useExplore,
  type ExploreSession,
} from './session';
import { useExploreStrings, type ExploreStrings } from './strings';
import './explore.css';

/** The endings a class should hear about first. */
const RANK: Record<OutcomeKind, number> = { deadlock: 0, error: 1, limit: 2, idle: 3, completed: 4 };
const BAD = new Set<OutcomeKind>(['deadlock', 'error', 'limit']);

/** The search's card: the `--lose` choice, the progress while it runs, and the answer in plain words. */
export function ExploreCard() {
  const w = useExploreStrings();
  const session = useExplore((s) => s);
  const source = useApp((st) => st.source);
  const hasFaults = useApp((st) => st.checked.scenario.faults.length > 0);
  const stale = session.source !== null && session.source !== source;
  const running = session.status === 'running';

  return (
    <section className="panel explore-card" id="explore-card" aria-labelledby="explore-heading">
      <div className="explore-head">
        <h3 id="explore-heading">{w.heading}</h3>
        <label className="explore-lose">
          <span>{w.lose}</span>
          <select
            value={session.lose}
            onChange={(e) => startExplore(Number(e.currentTarget.value))}
            disabled={running}
          >
            {[0, 1, 2].map((k) => (
              <option key={k} value={k}>
                {w.loseOption(k)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="explore-close" onClick={closeExplore}>
          {w.close}
        </button>
      </div>
      {running && (
        <div className="explore-progress">
          <p>{w.searching}</p>
          <progress aria-label={w.progressLabel} max={APP_STATES} value={session.progress?.states ?? 0} />
          <p className="explore-figures" data-testid="explore-progress">
            {w.progress(session.progress?.states ?? 0, session.progress?.statesPerSecond ?? 0)}
          </p>
          <button type="button" onClick={cancelExplore}>
            {w.cancel}
          </button>
        </div>
      )}
      {session.status === 'failed' && (
        <p className="run-error" role="alert">
          {w.failed(session.error ?? '')}
        </p>
      )}
      <div role="status" aria-live="polite" data-testid="explore-result">
        {session.status === 'done' && session.result && (
          <Answer result={session.result} whatIfs={session.whatIfs} w={w} offer={!stale} />
        )}
      </div>
      {session.status === 'done' && hasFaults && <p className="explore-note">{w.ignoredFaults}</p>}
      {stale && session.status !== 'running' && (
        <p className="explore-note">
          {w.stale}{' '}
          <button type="button" onClick={() => startExplore()}>
            {w.searchAgain}
          </button>
        </p>
      )}
    </section>
  );
}

function Answer({
  result,
  whatIfs,
  w,
  offer,
}: {
  result: ExploreResult;
  whatIfs: ExploreSession['whatIfs'];
  w: ExploreStrings;
  offer: boolean;
}) {
  const found = result.outcomes
    .map((outcome, k) => ({ outcome, k }))
    .sort((a, b) => RANK[a.outcome.kind] - RANK[b.outcome.kind]);
  const only = result.complete && found.length === 1 ? found[0] : undefined;
  const actions = (outcome: ExploreOutcome, k: number) =>
    offer && (
      <span className="explore-actions">
        <button type="button" onClick={() => showOutcome(k)}>
          {w.showIt}
        </button>
        {(whatIfs[k]?.length ?? 0) > 0 && (
          <button type="button" onClick={() => makeWhatIf(k)} data-kind={outcome.kind}>
            {w.makeWhatIf}
          </button>
        )}
      </span>
    );
  return (
    <>
      {only ? (
        <>
          <p className={BAD.has(only.outcome.kind) ? 'explore-verdict bad' : 'explore-verdict good'}>
            <strong>{w.always(only.outcome.kind, result.states)}</strong>
          </p>
          <p className="explore-row">
            <span>{w.shortestIs(only.outcome.shortest)}</span> {actions(only.outcome, only.k)}
          </p>
        </>
      ) : (
        <ul className="explore-list">
          {found.map(({ outcome, k }) => (
            <li
              key={outcome.kind}
              className={BAD.has(outcome.kind) ? 'bad' : 'good'}
              data-kind={outcome.kind}
            >
              <span className="explore-verdict">{w.can(outcome.kind, outcome.shortest)}</span>{' '}
              {actions(outcome, k)}
            </li>
          ))}
        </ul>
      )}
      {found.length === 0 && <p>{w.nothingFound}</p>}
      {!only && result.complete && <p className="explore-note">{w.allExplored(result.states)}</p>}
      {!result.complete && (
        <p className="explore-incomplete">
          {result.cancelled ? w.cancelled(result.states) : w.budget(APP_STATES)}
        </p>
      )}
    </>
  );
}
