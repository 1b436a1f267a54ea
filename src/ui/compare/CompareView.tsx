import { useEffect, useMemo, useState } from 'react';
import type { Trace } from '../../engine/trace';
import { check } from '../../lang';
import { compareRuns, totalBlocked } from '../../playback/compare';
import { buildDiagram } from '../../playback/diagram';
import { computeMetrics } from '../../playback/metrics';
import { runInBrowser } from '../../runtime/browser';
import { builtin } from '../../scenarios';
import { useApp } from '../../store';
import { SpaceTimeDiagram } from '../diagram/SpaceTimeDiagram';
import { useStrings } from '../i18n';
import { MetricsView } from '../metrics/MetricsView';
import { titleOf } from '../titles';
import { useCompareClock } from './clock';
import { Icon } from '../controls/icons';

interface Side {
  id: string;
  title: string;
  trace: Trace;
}

/** Two built-in scenarios run side by side on one clock, with what the difference costs in one sentence. */
export function CompareView({ a, b }: { a: string; b: string }) {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const closeCompare = useApp((st) => st.closeCompare);
  const [sides, setSides] = useState<[Side, Side] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = async (id: string): Promise<Side> => {
      const source = builtin(id)?.source;
      const checked = source === undefined ? null : check(source);
      if (!checked?.ok) throw new Error(`${id} is not a runnable built-in scenario`);
      const { trace } = await runInBrowser(checked.scenario);
      return { id, title: titleOf(checked.scenario.titles, lang) ?? id, trace };
    };
    Promise.all([load(a), load(b)])
      .then((both) => live && setSides(both))
      .catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [a, b, lang]);

  const data = useMemo(
    () =>
      sides?.map((side) => ({
        ...side,
        diagram: buildDiagram(side.trace),
        metrics: computeMetrics(side.trace),
      })),
    [sides],
  );
  const end = data ? Math.max(data[0]!.metrics.makespan, data[1]!.metrics.makespan) : 0;
  const clock = useCompareClock(end);

  return (
    <main className="compare" aria-labelledby="compare-heading">
      <div className="compare-head">
        <h2 id="compare-heading">{s.compareTitle}</h2>
        <button type="button" onClick={closeCompare}>
          {s.backToStage}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {data && (
        <>
          <p className="compare-sentence" data-testid="compare-sentence">
            {compareRuns(data[0]!.metrics, data[1]!.metrics, { a: data[0]!.title, b: data[1]!.title }, lang)}
          </p>
          <div className="compare-clock" role="group" aria-label={s.timelinePosition}>
            <button type="button" onClick={clock.toggle} aria-label={clock.playing ? s.pause : s.play}>
              <Icon name={clock.playing ? 'pause' : 'play'} size={18} />
            </button>
            <input
              type="range"
              aria-label={s.timelinePosition}
              min={0}
              max={end}
              step={0.1}
              value={clock.t}
              onChange={(e) => clock.seek(Number(e.currentTarget.value))}
            />
            <output>{s.time(clock.t.toFixed(1).replace(/\.0$/, ''))}</output>
          </div>
          <div className="compare-sides">
            {data.map((side) => (
              <section
                key={side.id}
                className="panel compare-side"
                aria-label={side.title}
                data-testid={`compare-${side.id}`}
              >
                <h3>{side.title}</h3>
                <p className="compare-figures">
                  {s.makespan} {side.metrics.makespan} · {s.blockedTotal} {totalBlocked(side.metrics)}
                </p>
                <SpaceTimeDiagram
                  model={side.diagram}
                  cursor={clock.t}
                  lang={lang}
                  onSeekTime={clock.seek}
                  label={`${s.diagram}: ${side.title}`}
                  timeDomain={end}
                />
                <MetricsView metrics={side.metrics} scale={end} />
              </section>
            ))}
          </div>
        </>
      )}
    </main>
  );
}
