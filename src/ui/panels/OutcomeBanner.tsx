import type { Outcome } from '../../engine/trace';
import { describeOutcome } from '../../playback/narration';
import { isRunErrorCode } from '../../lang/diagnostics.run';
import { useApp } from '../../store';
import { LearnMore } from '../problems/LearnMore';

const ICON: Record<Outcome['kind'], string> = {
  completed: '✓',
  idle: '☕',
  deadlock: '⛔',
  limit: '⏱',
  error: '✗',
};

/** A banner saying how the run ended, shown once playback reaches the end; a run-time error links to its explanation. */
export function OutcomeBanner({ outcome }: { outcome: Outcome }) {
  const lang = useApp((st) => st.lang);
  return (
    <div
      className={`outcome outcome-${outcome.kind}`}
      role="status"
      data-testid="outcome"
      data-kind={outcome.kind}
    >
      <span className="outcome-icon" aria-hidden="true">
        {ICON[outcome.kind]}
      </span>
      <span>{describeOutcome(outcome, lang)}</span>
      {outcome.kind === 'error' && isRunErrorCode(outcome.code) && <LearnMore code={outcome.code} />}
    </div>
  );
}
