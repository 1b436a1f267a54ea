// A sweep's results: the chart with its series toggles, the exports, and the table of every run,
// each of which opens on the stage.

import { useMemo, useState } from 'react';
import { useApp } from '../../store';
import { MAIN_SERIES, processNames, sweepChartModel } from './chartModel';
import { rowsCsv } from './core';
import type { ChartModel } from './model';
import { downloadCsv, downloadPng, downloadSvg, openPointText } from './openRun';
import type { Job } from './session';
import { PointTable } from './PointTable';
import { SWEEP_STRINGS } from './strings';
import { UPlotChart } from './UPlotChart';

/** The series shown at first: the finish time, and each other sum that is not zero everywhere. */
function firstShown(model: ChartModel): Set<string> {
  return new Set(
    model.series
      .filter(
        (x) =>
          x.id === 'finish' ||
          ((MAIN_SERIES as readonly string[]).includes(x.id) && x.values.some((v) => (v ?? 0) > 0)),
      )
      .map((x) => x.id),
  );
}

export function SweepResults({ job }: { job: Job }) {
  const lang = useApp((st) => st.lang);
  const s = SWEEP_STRINGS[lang];
  const knob = job.knobLabel[lang];
  const title = job.title[lang] || s.title;
  const model = useMemo(() => sweepChartModel(job.rows, knob, title, s), [job.rows, knob, title, s]);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  // Until the user toggles a series, the defaults follow the rows as they arrive.
  const shown = useMemo(() => chosen ?? firstShown(model), [chosen, model]);
  const toggle = (id: string) => {
    const next = new Set(shown);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const rows = job.rows;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const names = processNames(rows);
  const main = model.series.filter((x) => !x.id.startsWith('blocked:'));
  const each = model.series.filter((x) => x.id.startsWith('blocked:'));

  const toggleBox = ({ id, label, color }: { id: string; label: string; color: string }) => (
    <label key={id} className="sweep-toggle">
      <input type="checkbox" checked={shown.has(id)} onChange={() => toggle(id)} data-series={id} />
      <span className="sweep-swatch" style={{ background: color }} aria-hidden="true" />
      {label}
    </label>
  );

  return (
    <section className="sweep-results" aria-label={model.title}>
      <h3 className="sweep-chart-title">{model.title}</h3>
      <fieldset className="sweep-toggles">
        <legend className="visually-hidden">{s.seriesToggles}</legend>
        {main.map(toggleBox)}
        {names.length > 0 && (
          <details className="sweep-each">
            <summary>{s.perProcess}</summary>
            {each.map(toggleBox)}
          </details>
        )}
      </fieldset>
      <UPlotChart
        model={model}
        shown={shown}
        testId="sweep-chart"
        label={model.title}
        description={
          first && last ? s.chartSummary(knob, first.value, last.value, first.finish, last.finish) : ''
        }
        onPick={(k) => {
          const row = rows[k];
          if (row) openPointText(row.text);
        }}
        tooltip={(k) => {
          const row = rows[k];
          if (!row) return null;
          return (
            <>
              <strong>
                {knob} = {row.value}
              </strong>{' '}
              · {s.outcomes[row.outcome]}
              <ul>
                {model.series
                  .filter((x) => shown.has(x.id))
                  .map((x) => (
                    <li key={x.id}>
                      <span className="sweep-swatch" style={{ background: x.color }} aria-hidden="true" />
                      {x.label}: {x.values[k] ?? '—'}
                    </li>
                  ))}
              </ul>
            </>
          );
        }}
      />
      <p className="sweep-note">{s.chartHint}</p>
      <div className="sweep-exports">
        <button type="button" onClick={() => downloadCsv(rowsCsv(rows, knob), `${title}-${knob}`)}>
          {s.exportCsv}
        </button>
        <button type="button" onClick={() => downloadSvg(model, shown, `${title}-${knob}`)}>
          {s.exportSvg}
        </button>
        <button type="button" onClick={() => void downloadPng(model, shown, `${title}-${knob}`)}>
          {s.exportPng}
        </button>
      </div>
      <PointTable
        s={s}
        testId="sweep-table"
        caption={s.tableCaption}
        knob={knob}
        rows={rows}
        barrierWait
        openLabel={(r) => s.openPoint(knob, r.value)}
        onOpen={(r) => openPointText(r.text)}
      />
    </section>
  );
}
