import { useMemo } from 'react';
import { applyKnob, maxGroupSize, readKnobs, type KnobChange } from '../../lang/knobs';
import { appStore, useApp } from '../../store';
import { useStrings } from '../i18n';

/** Rewrites the scenario text for one knob change; the text (and so the run) follows at once. */
function change(c: KnobChange): void {
  const { source, checked, edit } = appStore.getState();
  try {
    edit(applyKnob(source, checked.scenario, c));
  } catch {
    // Out of range or a line the checker could not read: the field keeps showing the text's value.
  }
}

function NumberKnob({
  label,
  value,
  min,
  max,
  onValue,
}: {
  label: string;
  value: number;
  min: number;
  max?: number;
  onValue(v: number): void;
}) {
  return (
    <label className="knob">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(e) => {
          const v = e.currentTarget.valueAsNumber;
          if (Number.isSafeInteger(v) && v >= min && (max === undefined || v <= max) && v !== value)
            onValue(v);
        }}
      />
    </label>
  );
}

/** Latency, jitter, seed and group sizes: a form that edits the scenario text and reads it back. */
export function Knobs() {
  const s = useStrings();
  const scenario = useApp((st) => st.checked.scenario);
  const knobs = useMemo(() => readKnobs(scenario), [scenario]);
  return (
    <section className="panel knobs" aria-labelledby="knobs-heading">
      <h2 id="knobs-heading">{s.knobs}</h2>
      <div className="knob-row">
        <NumberKnob
          label={s.latency}
          value={knobs.latency}
          min={0}
          onValue={(v) => change({ kind: 'latency', value: v })}
        />
        <NumberKnob
          label={s.jitter}
          value={knobs.jitter}
          min={0}
          onValue={(v) => change({ kind: 'jitter', value: v })}
        />
        <NumberKnob
          label={s.seed}
          value={knobs.seed}
          min={0}
          onValue={(v) => change({ kind: 'seed', value: v })}
        />
        {knobs.groups.map((g) => (
          <NumberKnob
            key={g.name}
            label={s.groupSize(g.name)}
            value={g.last - g.first + 1}
            min={1}
            max={maxGroupSize(scenario, g.name)}
            onValue={(v) => change({ kind: 'group', name: g.name, size: v })}
          />
        ))}
      </div>
    </section>
  );
}
