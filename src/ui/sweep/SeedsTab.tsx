// Many seeds: the same scenario run with 200 seeds. With jitter the seed decides each message's
// extra delay, so the runs differ: how many ended each way, a histogram of finish times, and a list
// to open any one of them (its seed is then written in the text, and so in the link).

import { useMemo, useState } from 'react';
import type { OutcomeKind } from '../../engine/trace';
import type { Lang } from '../../lang/ast';
import { useApp } from '../../store';
import { findKnob } from '../../sweep/knobs';
import { sweepPoints } from '../../sweep/points';
import { SweepError } from '../../sweep/errors';
import { titleOf } from '../titles';
import { histogramModel, KIND_COLOR, KIND_ORDER } from './chartModel';
import { rowsCsv } from './core';
import type { PointRow } from './rows';
import { downloadCsv, openPointText } from './openRun';
import { PointTable } from './PointTable';
import { Progress } from './Progress';
import { SEED_COUNT } from './ranges';
import { seedSummary } from '../../sweep/table';
import { startJob, useJob, useRunning } from './session';
import { SWEEP_STRINGS } from './strings';
import { UPlotChart } from './UPlotChart';

export function SeedsTab() {
  const lang = useApp((st) => st.lang);
  const s = SWEEP_STRINGS[lang];
  const source = useApp((st) => st.source);
  const checked = useApp((st) => st.checked);
  const job = useJob('seeds');
  const running = useRunning();
  const jitter = checked.scenario.jitter.value;
  const [first, setFirst] = useState('1');
  const from = Number(first);
  const firstOk = first.trim() !== '' && Number.isSafeInteger(from) && from >= 0;

  const run = () => {
    if (running || !checked.ok || !firstOk) return;
    const knob = findKnob(checked.scenario, 'seed');
    let points;
    try {
      points = sweepPoints(source, knob, { from, to: from + SEED_COUNT - 1, step: 1 });
    } catch (error) {
      if (error instanceof SweepError) return;
      throw error;
    }
    const both = (l: Lang) => titleOf(checked.scenario.titles, l) ?? '';
    void startJob({
      kind: 'seeds',
      knobId: 'seed',
      knobLabel: knob.label,
      title: { en: both('en'), ko: both('ko') },
      source,
      jitter,
      points,
    });
  };

  return (
    <>
      <p className={jitter > 0 ? 'sweep-note' : 'sweep-warning'} data-testid="seeds-jitter">
        {jitter > 0 ? s.withJitter(jitter) : s.noJitter}
      </p>
      <form
        className="sweep-form"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label className="sweep-field sweep-number">
          <span>{s.seedsFrom}</span>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={first}
            onChange={(e) => setFirst(e.currentTarget.value)}
            aria-invalid={!firstOk}
          />
        </label>
        <button
          type="submit"
          className="sweep-run primary"
          // Not `disabled`: the button keeps the focus while its sweep runs (a disabled one would drop it).
          aria-disabled={running || !checked.ok || !firstOk}
        >
          {s.runSeeds(SEED_COUNT)}
        </button>
      </form>
      {job && <Progress job={job} s={s} lang={lang} />}
      {job && job.rows.length > 0 && <SeedsResults rows={job.rows} title={job.title[lang] || s.title} />}
    </>
  );
}

function SeedsResults({ rows, title }: { rows: PointRow[]; title: string }) {
  const lang = useApp((st) => st.lang);
  const s = SWEEP_STRINGS[lang];
  const [only, setOnly] = useState<OutcomeKind | 'all'>('all');
  const [bin, setBin] = useState<number | null>(null);
  const summary = useMemo(() => seedSummary(rows), [rows]);
  // The kinds that happened, the trouble first.
  const counts = KIND_ORDER.flatMap((kind) => {
    const count = summary.outcomes.find((o) => o.kind === kind)?.count ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
  const bins = summary.bins;
  const model = useMemo(() => histogramModel(summary, s), [summary, s]);
  const inBin = bin === null ? null : bins[bin];
  const listed = rows.filter(
    (r) =>
      (only === 'all' || r.outcome === only) && (!inBin || (r.finish >= inBin.from && r.finish <= inBin.to)),
  );
  const said = counts.map((c) => s.kindCount(c.kind, c.count, rows.length)).join(lang === 'ko' ? ', ' : '; ');

  return (
    <section className="sweep-results" aria-label={model.title}>
      <ul className="seed-counts" data-testid="seed-counts">
        {counts.map((c) => (
          <li key={c.kind} className={`seed-count seed-${c.kind}`} data-kind={c.kind} data-count={c.count}>
            {/* The count is also the histogram's legend: its swatch is the colour of its band. */}
            <span className="seed-swatch" style={{ background: KIND_COLOR[c.kind] }} aria-hidden="true" />
            {s.kindCount(c.kind, c.count, rows.length)}
          </li>
        ))}
      </ul>
      <h3 className="sweep-chart-title">{model.title}</h3>
      <UPlotChart
        model={model}
        bars
        testId="seed-histogram"
        label={model.title}
        description={said}
        onPick={(k) => setBin(k === bin ? null : k)}
        tooltip={(k) => {
          const b = bins[k];
          if (!b) return null;
          return (
            <>
              <strong>
                {s.finishAxis}: {b.from === b.to ? b.from : `${b.from}–${b.to}`}
              </strong>
              <ul>
                {counts
                  .filter((c) => (b.byOutcome[c.kind] ?? 0) > 0)
                  .map((c) => (
                    <li key={c.kind}>
                      <span
                        className="sweep-swatch"
                        style={{ background: KIND_COLOR[c.kind] }}
                        aria-hidden="true"
                      />
                      {s.outcomes[c.kind]}: {b.byOutcome[c.kind]}
                    </li>
                  ))}
              </ul>
            </>
          );
        }}
      />
      <p className="sweep-note">{s.histogramHint}</p>
      <div className="sweep-exports">
        {inBin && (
          <p className="sweep-bin" role="status">
            {s.inBin(inBin.from, inBin.to)}{' '}
            <button type="button" onClick={() => setBin(null)}>
              {s.everyFinish}
            </button>
          </p>
        )}
        <label className="sweep-field">
          <span>{s.showOnly}</span>
          <select
            value={only}
            onChange={(e) => setOnly(e.currentTarget.value as OutcomeKind | 'all')}
            data-testid="seed-filter"
          >
            <option value="all">{s.all}</option>
            {counts.map((c) => (
              <option key={c.kind} value={c.kind}>
                {s.outcomes[c.kind]} ({c.count})
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => downloadCsv(rowsCsv(rows, 'seed'), `${title}-seeds`)}>
          {s.exportCsv}
        </button>
      </div>
      <PointTable
        s={s}
        testId="seed-table"
        caption={s.seedsCaption}
        knob={s.seed}
        rows={listed}
        barrierWait={false}
        openLabel={(r) => s.openSeed(r.value)}
        onOpen={(r) => openPointText(r.text)}
      />
    </section>
  );
}
