// Export Mermaid…: which part of the run goes into the diagram (loaded when opened). The choices
// follow the playhead: the whole run, the run so far, from the last question to the next one, or
// any two event positions; the one a teacher paused mid-lesson most likely wants comes preselected.
import { useEffect, useRef, useState } from 'react';
import { clampRange, mermaidRanges, toMermaid, type MermaidRangeKind } from '../../interchange';
import { appStore, useApp } from '../../store';
import { titleOf } from '../titles';
import { download, fileNameFor } from './save';
import { useFileWords } from './strings';
import './files.css';

type Choice = MermaidRangeKind | 'custom';

export default function MermaidExport({ onClose }: { onClose: () => void }) {
  const w = useFileWords();
  const trace = useApp((st) => st.trace);
  // The ranges of the moment the panel opened: playing on does not move the teacher's choice.
  const [{ ranges, preferred }] = useState(() =>
    mermaidRanges(appStore.getState().trace?.events ?? [], appStore.getState().index),
  );
  const first = ranges.find((r) => r.kind === preferred) ?? ranges[0];
  const [choice, setChoice] = useState<Choice>(preferred);
  const [from, setFrom] = useState(first?.from ?? 0);
  const [to, setTo] = useState(first?.to ?? 0);
  const firstInput = useRef<HTMLInputElement>(null);
  useEffect(() => firstInput.current?.focus(), []);
  if (!trace) return null;
  const n = trace.events.length;

  const label = (kind: MermaidRangeKind, a: number, b: number): string =>
    kind === 'whole' ? w.mermaidWhole(b) : kind === 'so-far' ? w.mermaidSoFar(b) : w.mermaidCheckpoints(a, b);

  const save = () => {
    const { lang, checked, imported } = appStore.getState();
    const range = clampRange(n, from, to);
    const whole = range.from === 0 && range.to === n;
    const name = fileNameFor(
      imported ? trace.scenario.title : (titleOf(checked.scenario.titles, lang) ?? trace.scenario.title),
      whole ? 'mmd' : `events-${range.from}-${range.to}.mmd`,
    );
    download(name, toMermaid(trace, { ...range, lang }));
    onClose();
  };

  return (
    <form
      className="mermaid-export"
      aria-label={w.mermaidRange}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <fieldset>
        <legend>{w.mermaidRange}</legend>
        {ranges.map((r, k) => (
          <label key={r.kind}>
            <input
              ref={k === 0 ? firstInput : undefined}
              type="radio"
              name="mermaid-range"
              checked={choice === r.kind}
              onChange={() => {
                setChoice(r.kind);
                setFrom(r.from);
                setTo(r.to);
              }}
            />
            {label(r.kind, r.from, r.to)}
          </label>
        ))}
        <label>
          <input
            type="radio"
            name="mermaid-range"
            checked={choice === 'custom'}
            onChange={() => setChoice('custom')}
          />
          {w.mermaidCustom}
        </label>
        <span className="mermaid-steps">
          <label>
            {w.mermaidFrom}{' '}
            <input
              type="number"
              min={0}
              max={n}
              value={from}
              onChange={(e) => {
                setChoice('custom');
                setFrom(e.currentTarget.valueAsNumber);
              }}
            />
          </label>
          <label>
            {w.mermaidTo}{' '}
            <input
              type="number"
              min={0}
              max={n}
              value={to}
              onChange={(e) => {
                setChoice('custom');
                setTo(e.currentTarget.valueAsNumber);
              }}
            />
          </label>
        </span>
      </fieldset>
      <div className="mermaid-actions">
        <button type="submit">{w.mermaidSave}</button>
        <button type="button" onClick={onClose}>
          {w.cancel}
        </button>
      </div>
    </form>
  );
}
