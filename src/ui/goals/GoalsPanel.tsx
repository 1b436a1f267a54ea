import { useSyncExternalStore } from 'react';
import type { Exercise } from '../../scenarios/exercises';
import { appStore, useApp } from '../../store';
import { solvedStore } from '../../store/solved';
import { RichText } from '../RichText';
import { canStartOver, showGoalRun, startOver } from './commands';
import { GoalIcon } from './icons';
import { APP_STATES } from '../explore/state';
import { stopExploringGoals, useOrders } from './orders';
import { useGoalsStrings, type GoalsStrings } from './strings';
import type { GoalVerdict } from './status';
import { useGoals } from './useGoals';
import './goals.css';

/**
 * The goals of the scenario on screen, each with its verdict for the current run and what was
 * measured; for an exercise also Start over and its hints.
 */
export function GoalsPanel() {
  const s = useGoalsStrings();
  const source = useApp((st) => st.source);
  const { view, exercise, solvedBefore } = useGoals();
  if (view.kind === 'none') return null;
  const solved = view.kind === 'checked' && view.solved;
  const items: GoalVerdict[] =
    view.kind === 'checked'
      ? view.results
      : view.goals.map((g) => ({ ...g, met: null, detail: '', show: null }));
  const note = view.kind === 'checked' ? null : s[view.kind];
  return (
    <section
      className={`panel goals-panel${solved ? ' solved' : ''}`}
      aria-labelledby="goals-heading"
      data-testid="goals-panel"
    >
      <div className="goals-head">
        <h2 id="goals-heading">{s.goals}</h2>
        {solvedBefore && !solved && (
          <span className="goals-badge" data-testid="solved-before">
            <GoalIcon name="solved" size="1em" /> {s.solvedBefore}
          </span>
        )}
        {exercise && (
          <button
            type="button"
            className="goals-start-over"
            title={s.startOverHelp}
            disabled={!canStartOver(source, exercise)}
            onClick={() => startOver(appStore, exercise)}
          >
            {s.startOver}
          </button>
        )}
      </div>
      {solved && (
        <p className="goals-solved" data-testid="goals-solved">
          <GoalIcon name="solved" size="1.4em" />
          <span>{s.solvedLong}</span>
        </p>
      )}
      {note && (
        <p className={`goals-note goals-note-${view.kind}`} data-testid="goals-note">
          {note}
        </p>
      )}
      {view.kind === 'checked' && view.exploring && <Exploring s={s} />}
      {view.kind === 'checked' && !view.exploring && view.incomplete && (
        <p className="goals-note goals-note-incomplete" data-testid="goals-incomplete">
          {view.incomplete === 'budget' ? s.budget(APP_STATES) : s.cancelled}
        </p>
      )}
      <ul className="goals-list">
        {items.map((g) => {
          const exploring = view.kind === 'checked' && g.met === null;
          const state = exploring ? 'exploring' : g.met === null ? 'unknown' : g.met ? 'met' : 'not-met';
          return (
            <li key={g.line} className={`goal goal-${state}`} data-testid="goal" data-state={state}>
              <GoalIcon name={g.met === null ? 'pending' : g.met ? 'met' : 'notMet'} size="1.5em" />
              <div className="goal-body">
                <span className="goal-text">
                  <RichText text={g.text} />
                </span>
                {g.met !== null && (
                  <span className="goal-verdict">
                    <strong>{g.met ? s.met : s.notMet}</strong>: {g.detail}
                  </span>
                )}
                {exploring && <span className="goal-verdict">{s.exploring}</span>}
                {g.show && (
                  <button
                    type="button"
                    className="goal-show"
                    title={s.showItHelp}
                    onClick={() => g.show && showGoalRun(appStore, g.show.lose, g.show.kind)}
                  >
                    {s.showIt}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {exercise && <Hints key={exercise.id} exercise={exercise} />}
    </section>
  );
}

/** While every order is explored: how far the search has got, and a way to stop it. */
function Exploring({ s }: { s: GoalsStrings }) {
  const progress = useOrders((o) => o.progress);
  const lose = useOrders((o) => o.lose);
  return (
    <div className="goals-exploring" data-testid="goals-exploring">
      <p>
        <GoalIcon name="pending" /> {s.exploring}
      </p>
      <progress aria-label={s.exploringLabel} max={APP_STATES} value={progress?.states ?? 0} />
      <p className="goals-exploring-figures">
        {/* No figures until the search has reported some (it waits for the typing to pause). */}
        {progress && `${s.exploringProgress(progress.states, progress.statesPerSecond, lose)} `}
        <button type="button" onClick={stopExploringGoals}>
          {s.stop}
        </button>
      </p>
    </div>
  );
}

/** An exercise's hints, revealed one at a time (like a checkpoint's answer); remembered across visits. */
function Hints({ exercise }: { exercise: Exercise }) {
  const s = useGoalsStrings();
  const lang = useApp((st) => st.lang);
  const hints = exercise.hints[lang];
  const revealed = useSyncExternalStore(solvedStore.subscribe, () => solvedStore.hints(exercise.id));
  const shown = Math.min(revealed, hints.length);
  if (hints.length === 0) return null;
  return (
    <div className="goals-hints">
      {/* A revealed hint is read out; the button's new count is not. */}
      <div aria-live="polite">
        {shown > 0 && (
          <ol className="goals-hint-list" aria-label={s.hints}>
            {hints.slice(0, shown).map((h, k) => (
              <li key={k} data-testid="goal-hint">
                <strong>{s.hint(k + 1)}:</strong> <RichText text={h} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {shown < hints.length && (
        <button type="button" className="goals-show-hint" onClick={() => solvedStore.revealHint(exercise.id)}>
          {s.showHint(shown + 1, hints.length)}
        </button>
      )}
    </div>
  );
}
