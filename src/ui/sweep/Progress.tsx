import type { Lang } from '../../lang/ast';
import type { Job } from './session';
import { cancelJob } from './session';
import type { SweepStrings } from './strings';

/** While a sweep runs: how far it is, and the button that stops every pending run. */
export function Progress({ job, s, lang }: { job: Job; s: SweepStrings; lang: Lang }) {
  if (job.status === 'running')
    return (
      <div className="sweep-progress">
        <progress
          max={job.total}
          value={job.done}
          aria-label={s.progress(job.done, job.total)}
          data-testid="sweep-progress"
        />
        <span aria-live="polite">{s.progress(job.done, job.total)}</span>
        <button type="button" className="sweep-cancel" onClick={cancelJob}>
          {s.cancel}
        </button>
      </div>
    );
  if (job.status === 'cancelled')
    return (
      <p className="sweep-note" role="status">
        {s.cancelled(job.done, job.total)}
      </p>
    );
  if (job.status === 'failed' && job.error)
    return (
      <p className="run-error" role="alert">
        {s.failed(job.error[lang])}
      </p>
    );
  return null;
}
