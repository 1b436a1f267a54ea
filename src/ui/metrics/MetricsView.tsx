import type { BlockReason } from '../../engine/trace';
import type { RunMetrics } from '../../playback/diagramModel';
import { useStrings } from '../i18n';
import { MESSAGE_KINDS } from '../stage/kinds';

const REASONS: BlockReason[] = ['recv', 'ssend', 'call', 'publish', 'consume', 'barrier'];
/** Reason colors (shared with the diagram's waits through CSS classes `wait-<reason>`). */
export const REASON_COLOR: Record<BlockReason, string> = {
  recv: '#b5410a',
  ssend: '#d55e00',
  call: '#a4477f',
  publish: '#3a6f9a',
  consume: '#2b7a78',
  barrier: '#8c6d00',
};

/** Where each process's time went (busy, blocked by reason, idle), and what the run cost. */
export function MetricsView({ metrics, scale }: { metrics: RunMetrics; scale?: number }) {
  const s = useStrings();
  const span = scale ?? Math.max(1, metrics.makespan);
  const pct = (v: number) => `${(100 * v) / span}%`;
  return (
    <div className="metrics" data-testid="metrics">
      <p className="makespan">
        {s.makespan}: <strong data-testid="makespan">{metrics.makespan}</strong> {s.ticks}
      </p>
      <ul className="time-bars" aria-label={s.timeSpent}>
        {/* What the three figures after each bar are. */}
        <li className="time-bars-head" aria-hidden="true">
          {s.busyBlockedIdle}
        </li>
        {metrics.processes.map((p) => {
          const parts = [
            `${s.busy} ${p.busy}`,
            ...REASONS.filter((r) => p.blocked[r] > 0).map((r) => `${s.blockedBy[r]} ${p.blocked[r]}`),
            `${s.idle} ${p.idle}`,
          ];
          return (
            <li key={p.name} aria-label={`${p.name}: ${parts.join(', ')}`}>
              <span className="bar-name">{p.name}</span>
              <span className="bar" aria-hidden="true">
                <span className="seg busy" style={{ width: pct(p.busy) }} title={`${s.busy}: ${p.busy}`} />
                {REASONS.map((r) =>
                  p.blocked[r] > 0 ? (
                    <span
                      key={r}
                      className={`seg blocked wait-${r}`}
                      style={{
                        width: pct(p.blocked[r]),
                        background: `repeating-linear-gradient(45deg, ${REASON_COLOR[r]} 0 4px, #fff 4px 6px)`,
                      }}
                      title={`${s.blockedBy[r]}: ${p.blocked[r]}`}
                    />
                  ) : null,
                )}
                <span className="seg idle" style={{ width: pct(p.idle) }} title={`${s.idle}: ${p.idle}`} />
              </span>
              <span className="bar-numbers" title={s.busyBlockedIdle}>
                {p.busy} / {p.blockedTotal} / {p.idle}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="bar-legend" aria-hidden="true">
        <span className="seg busy" /> {s.busy} <span className="seg idle" /> {s.idle}{' '}
        {REASONS.map((r) => (
          <span key={r} className="legend-reason">
            <span
              className="seg"
              style={{
                background: `repeating-linear-gradient(45deg, ${REASON_COLOR[r]} 0 4px, #fff 4px 6px)`,
              }}
            />{' '}
            {s.blockedBy[r]}
          </span>
        ))}
      </p>
      <dl className="summary">
        <dt>{s.messagesByKind}</dt>
        <dd>
          {MESSAGE_KINDS.filter((k) => metrics.messages[k] > 0)
            .map((k) => `${s.kinds[k]} ${metrics.messages[k]}`)
            .join(' · ') || '—'}
        </dd>
        {metrics.queues.length > 0 && (
          <>
            <dt>{s.deepestQueue}</dt>
            <dd>{metrics.queues.map((q) => `${q.name} ${q.deepest}`).join(' · ')}</dd>
          </>
        )}
      </dl>
      {metrics.barrierWaits.length > 0 && (
        <>
          <h3>{s.barrierWaits}</h3>
          <ul className="barrier-waits" data-testid="barrier-waits">
            {metrics.barrierWaits.map((g) => (
              <li key={`${g.barrier}/${g.generation}`}>
                <strong>
                  {g.barrier} #{g.generation}
                </strong>
                : {g.waits.map((w) => `${w.process} ${w.wait}`).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
