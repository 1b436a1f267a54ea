import { useMemo } from 'react';
import { computeMetrics } from '../../playback/metrics';
import { useApp } from '../../store';
import { useStrings } from '../i18n';
import { MetricsView } from '../metrics/MetricsView';

/** Where the run's time went, for the whole run. */
export function MetricsPanel() {
  const s = useStrings();
  const trace = useApp((st) => st.trace);
  const metrics = useMemo(() => (trace ? computeMetrics(trace) : null), [trace]);
  if (!metrics) return null;
  return (
    <section className="panel metrics-panel" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">{s.metrics}</h2>
      <MetricsView metrics={metrics} />
    </section>
  );
}
