// The knob tab: pick a knob and a range, run every point, and read the results.

import { useMemo, useState } from 'react';
import type { Lang } from '../../lang/ast';
import { useApp } from '../../store';
import { sweepKnobs, type SweepKnob } from '../../sweep/knobs';
import { rangeCount, sweepPoints, type SweepRange } from '../../sweep/points';
import { SweepError } from '../../sweep/errors';
import { titleOf } from '../titles';
import { defaultRange } from './ranges';
import { Progress } from './Progress';
import { startJob, useJob, useRunning } from './session';
import { SWEEP_STRINGS } from './strings';
import { SweepResults } from './SweepResults';

/** The most points the panel runs at once (the core allows more, for the command line). */
export const PANEL_MAX_POINTS = 200;

type Fields = { knob: string; from: string; to: string; step: string };

const fieldsOf = (knob: SweepKnob): Fields => {
  const r = defaultRange(knob);
  return { knob: knob.id, from: String(r.from), to: String(r.to), step: String(r.step) };
};

/** The range the fields say, or why they say none. */
function readRange(f: Fields): SweepRange | null {
  const [from, to, step] = [f.from, f.to, f.step].map((x) => (x.trim() === '' ? NaN : Number(x)));
  if (![from, to, step].every((v) => Number.isSafeInteger(v)) || from! > to! || step! < 1 || from! < 0)
    return null;
  return { from: from!, to: to!, step: step! };
}

interface Plan {
  points: { value: number; text: string }[];
  problem: string | null;
  count: number;
}

/** The points the fields ask for, or why there are none (each point's text is checked). */
function planOf(source: string, knob: SweepKnob | undefined, fields: Fields | null, lang: Lang): Plan {
  const s = SWEEP_STRINGS[lang];
  const range = fields && readRange(fields);
  if (!knob || !range) return { points: [], problem: s.badRange, count: 0 };
  const count = rangeCount(range);
  if (count > PANEL_MAX_POINTS) return { points: [], problem: s.tooMany(PANEL_MAX_POINTS), count };
  try {
    return { points: sweepPoints(source, knob, range), problem: null, count };
  } catch (error) {
    return { points: [], problem: error instanceof SweepError ? error.text(lang) : String(error), count };
  }
}

export function SweepForm() {
  const lang = useApp((st) => st.lang);
  const s = SWEEP_STRINGS[lang];
  const source = useApp((st) => st.source);
  const checked = useApp((st) => st.checked);
  const job = useJob('sweep');
  const running = useRunning();
  const knobs = useMemo(() => (checked.ok ? sweepKnobs(checked.scenario) : []), [checked]);
  // The last sweep's knob when it is still there, else the first group (the knob of a curve), else the first.
  const initial =
    knobs.find((k) => k.id === job?.knobId) ?? knobs.find((k) => k.kind === 'group') ?? knobs[0];
  const [fields, setFields] = useState<Fields | null>(initial ? fieldsOf(initial) : null);
  const knob = knobs.find((k) => k.id === fields?.knob) ?? initial;

  const plan = useMemo(() => planOf(source, knob, fields, lang), [source, knob, fields, lang]);
  if (!knob || !fields) return <p className="sweep-note">{s.noKnobs}</p>;
  const { points, problem, count } = plan;

  const run = () => {
    if (running || problem || points.length === 0) return;
    const both = (l: Lang) => titleOf(checked.scenario.titles, l) ?? '';
    void startJob({
      kind: 'sweep',
      knobId: knob.id,
      knobLabel: knob.label,
      title: { en: both('en'), ko: both('ko') },
      source,
      jitter: checked.scenario.jitter.value,
      points,
    });
  };

  const set = (key: keyof Fields) => (e: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [key]: e.currentTarget.value });

  return (
    <>
      <form
        className="sweep-form"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label className="sweep-field">
          <span>{s.knob}</span>
          <select
            value={knob.id}
            data-testid="sweep-knob"
            onChange={(e) => {
              const k = knobs.find((x) => x.id === e.currentTarget.value);
              if (k) setFields(fieldsOf(k));
            }}
          >
            {knobs.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label[lang]} ({k.value})
              </option>
            ))}
          </select>
        </label>
        {(['from', 'to', 'step'] as const).map((key) => (
          <label className="sweep-field sweep-number" key={key}>
            <span>{s[key]}</span>
            <input
              type="number"
              inputMode="numeric"
              min={key === 'step' ? 1 : knob.min}
              max={key === 'step' ? undefined : Math.min(knob.max, 1_000_000)}
              step={1}
              value={fields[key]}
              onChange={set(key)}
              data-testid={`sweep-${key}`}
              aria-invalid={problem !== null}
              aria-describedby="sweep-range-note"
            />
          </label>
        ))}
        <button
          type="submit"
          className="sweep-run primary"
          // Not `disabled`: the button keeps the focus while its sweep runs (a disabled one would drop it).
          aria-disabled={running || problem !== null}
        >
          {s.run}
        </button>
        <p id="sweep-range-note" className={problem ? 'sweep-problem' : 'sweep-note'} role="status">
          {problem ?? s.pointCount(count)}
        </p>
      </form>
      {job && <Progress job={job} s={s} lang={lang} />}
      {job && job.rows.length > 0 && <SweepResults job={job} />}
    </>
  );
}
