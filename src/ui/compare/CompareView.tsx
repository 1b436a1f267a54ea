import { useEffect, useMemo, useState } from 'react';
import {
  compareOutcomes,
  compareRuns,
  firstDifference,
  sameUntil,
  totalBlocked,
} from '../../playback/compare';
import { buildDiagram } from '../../playback/diagram';
import { computeMetrics } from '../../playback/metrics';
import { useApp } from '../../store';
import type { CompareSide } from '../../store/view';
import { SpaceTimeDiagram } from '../diagram/SpaceTimeDiagram';
import { useStrings } from '../i18n';
import { MetricsView } from '../metrics/MetricsView';
import { useCompareClock } from './clock';
import { Icon } from '../controls/icons';
import { runSide, sideProblem, type SideRun } from './load';
import { sideTitle } from './sides';
import { COMPARE_STRINGS } from './strings';
import './compare.css';

/**
 * Two scenario texts run side by side on one clock: where the runs part, and what the difference
 * costs in one sentence. A side that does not check or run says so in its own half.
 */
export function CompareView({ a, b }: { a: CompareSide; b: CompareSide }) {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const closeCompare = useApp((st) => st.closeCompare);
  // The runs of the texts they were made from: other texts show as running until theirs are done.
  const [loaded, setLoaded] = useState<{
    sources: readonly [string, string];
    runs: readonly [SideRun, SideRun];
  }>();
  const runs = loaded?.sources[0] === a.source && loaded.sources[1] === b.source ? loaded.runs : null;

  // Titles follow the language switch; the runs do not depend on it.
  useEffect(() => {
    let live = true;
    const sources = [a.source, b.source] as const;
    void Promise.all([runSide(a.source), runSide(b.source)]).then(
      (both) => live && setLoaded({ sources, runs: both }),
    );
    return () => {
      live = false;
    };
  }, [a.source, b.source]);

  const titles = useMemo(() => [sideTitle(a, lang), sideTitle(b, lang)] as const, [a, b, lang]);
  const data = useMemo(
    () =>
      runs?.map((run) =>
        run.kind === 'ran'
          ? { trace: run.trace, diagram: buildDiagram(run.trace), metrics: computeMetrics(run.trace) }
          : null,
      ),
    [runs],
  );
  const [left, right] = data ?? [null, null];
  const end = Math.max(left?.metrics.makespan ?? 0, right?.metrics.makespan ?? 0);
  const clock = useCompareClock(end);
  const parted = useMemo(
    () => (left && right ? firstDifference(left.trace, right.trace) : undefined),
    [left, right],
  );

  return (
    <main className="compare" aria-labelledby="compare-heading">
      <div className="compare-head">
        <h2 id="compare-heading">{s.compareTitle}</h2>
        {parted !== undefined && (
          <p className="compare-same-until" data-testid="compare-same-until">
            {sameUntil(parted, lang)}
          </p>
        )}
        <button type="button" onClick={closeCompare}>
          {s.backToStage}
        </button>
      </div>
      {left && right && (
        <p className="compare-sentence" data-testid="compare-sentence">
          {compareOutcomes(left.trace.outcome, right.trace.outcome, { a: titles[0], b: titles[1] }, lang) ??
            compareRuns(left.metrics, right.metrics, { a: titles[0], b: titles[1] }, lang)}
        </p>
      )}
      {(left || right) && (
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
      )}
      <div className="compare-sides">
        {[a, b].map((side, k) => {
          const title = titles[k]!;
          const shown = data?.[k];
          const run = runs?.[k];
          return (
            // Both halves may carry the same key (a text beside itself): the position tells them apart.
            <section
              key={`${k}-${side.key}`}
              className="panel compare-side"
              aria-label={title}
              data-testid={`compare-${side.key}`}
            >
              <h3>{title}</h3>
              {!run && <p className="compare-running">{COMPARE_STRINGS[lang].running}</p>}
              {run && !shown && (
                <p className="compare-problem" role="alert">
                  {sideProblem(run, lang)}
                </p>
              )}
              {shown && (
                <>
                  <p className="compare-figures">
                    {s.makespan} {shown.metrics.makespan} · {s.blockedTotal} {totalBlocked(shown.metrics)}
                  </p>
                  <SpaceTimeDiagram
                    model={shown.diagram}
                    cursor={clock.t}
                    lang={lang}
                    onSeekTime={clock.seek}
                    label={`${s.diagram}: ${title}`}
                    timeDomain={end}
                  />
                  <MetricsView metrics={shown.metrics} scale={end} />
                </>
              )}
            </section>
          );
        })}
      </div>
    </main>
  );
}
