import type { Outcome } from '../../engine/trace';
import { describeOutcome } from '../../playback/narration';
import { useApp } from '../../store';

const ICON: Record<Outcome['kind'], string> = {
  completed: '✓',
  idle: '☕',
  deadlock: '⛔',
  limit: '⏱',
  error: '✗',
};

/** A banner saying how the run ended, shown once playback reaches the end. */
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
    </div>
  );
}
