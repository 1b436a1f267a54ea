import { renderDiagnostic } from '../../lang/diagnostics.render';
import { useApp } from '../../store';
import { useStrings } from '../i18n';
import { LearnMore } from '../problems/LearnMore';
import { PROBLEM_STRINGS } from '../problems/strings';

/** What the checker made of the scenario: its processes, queues, barriers and problems. */
export function CheckerPanel() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const p = PROBLEM_STRINGS[lang];
  const checked = useApp((st) => st.checked);
  const { scenario, diagnostics } = checked;
  return (
    <section className="panel checker" aria-labelledby="checker-heading">
      <h2 id="checker-heading">{s.checker}</h2>
      <dl className="summary">
        <dt>{s.processes}</dt>
        <dd data-testid="summary-processes">
          {scenario.processes
            .map((p) => (p.group ? `${p.name}[${p.group.first}..${p.group.last}]` : p.name))
            .join(', ') || '—'}
        </dd>
        <dt>{s.queues}</dt>
        <dd data-testid="summary-queues">
          {scenario.queues
            .map((q) => `${q.name} (${q.capacity === null ? s.unbounded : s.capacity(q.capacity)})`)
            .join(', ') || '—'}
        </dd>
        <dt>{s.barriers}</dt>
        <dd data-testid="summary-barriers">
          {scenario.barriers.map((b) => `${b.name} (${s.parties(b.parties)})`).join(', ') || '—'}
        </dd>
      </dl>
      <h3>{s.diagnostics}</h3>
      {diagnostics.length === 0 ? (
        <p className="ok">{s.noProblems}</p>
      ) : (
        <ul className="diagnostics" aria-label={s.diagnostics}>
          {diagnostics.map((d, k) => {
            const { message, hint } = renderDiagnostic(d, lang);
            return (
              <li key={k} className={d.severity} data-code={d.code}>
                <span className="where">
                  {d.span.line}:{d.span.col}
                </span>{' '}
                <span className="severity">{p.severity[d.severity]}</span> {message}
                {hint && <span className="hint"> — {hint}</span>}
                <LearnMore code={d.code} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
