import type { Outcome } from '../../engine/trace';
import { describeOutcome } from '../../playback/narration';
import { isRunErrorCode } from '../../lang/diagnostics.run';
import { useApp } from '../../store';
import { LearnMore } from '../problems/LearnMore';
import { Icon, type IconName } from '../controls/icons';
import { deliveriesIn } from '../explore/clock';

const ICON: Record<Outcome['kind'], IconName> = {
  completed: 'check',
  idle: 'cup',
  deadlock: 'noEntry',
  limit: 'stopwatch',
  error: 'cross',
};

/** A banner saying how the run ended, shown once playback reaches the end; a run-time error links to its explanation. */
export function OutcomeBanner({ outcome }: { outcome: Outcome }) {
  const lang = useApp((st) => st.lang);
  const explored = useApp((st) => st.explored !== null);
  const text = describeOutcome(outcome, lang);
  return (
    <div
      className={`outcome outcome-${outcome.kind}`}
      role="status"
      data-testid="outcome"
      data-kind={outcome.kind}
    >
      <span className="outcome-icon" aria-hidden="true">
        <Icon name={ICON[outcome.kind]} size="1em" />
      </span>
      <span>{explored ? deliveriesIn(text, lang) : text}</span>
      {outcome.kind === 'error' && isRunErrorCode(outcome.code) && <LearnMore code={outcome.code} />}
    </div>
  );
}
