import { useMemo, useRef } from 'react';
import type { World } from '../../playback/world';
import { useApp } from '../../store';
import { selectProcess } from '../commands';
import { useStrings } from '../i18n';
import { useFollow } from '../scroll';

/** The scenario's source with a marker at each process's current line, as Python Tutor shows it. */
export function CodePanel({ world }: { world: World | null }) {
  const s = useStrings();
  const source = useApp((st) => st.source);
  const scenario = useApp((st) => st.runScenario);
  const selected = useApp((st) => st.selected);
  const lines = useMemo(() => source.split(/\r\n|\r|\n/), [source]);

  const markers = new Map<number, string[]>();
  for (const p of world?.processes ?? []) {
    if (p.line === null || p.status === 'done') continue;
    markers.set(p.line, [...(markers.get(p.line) ?? []), p.name]);
  }
  const inst = scenario?.instances.find((i) => i.name === selected);
  const decl = inst ? scenario?.processes[inst.decl] : undefined;
  const selectedLine = selected ? (world?.processes.find((p) => p.name === selected)?.line ?? null) : null;
  // Follow the selected process, else the one that acted last.
  const actor = world?.processes.find((p) => p.name === world.running) ?? null;
  const focusLine = selectedLine ?? actor?.line ?? null;
  const list = useRef<HTMLOListElement>(null);
  useFollow(
    list,
    (box) => (focusLine === null ? null : box.querySelector<HTMLElement>(`[data-line="${focusLine}"]`)),
    focusLine,
  );

  return (
    <section className="panel code" aria-labelledby="code-heading">
      <h2 id="code-heading">{s.source}</h2>
      <ol className="code-lines" data-testid="code-panel" ref={list}>
        {lines.map((text, k) => {
          const line = k + 1;
          const here = markers.get(line);
          const inSelected = decl !== undefined && line >= decl.span.line && line <= decl.span.endLine;
          const cls = [
            inSelected ? 'in-selected' : '',
            line === selectedLine ? 'selected-line' : '',
            here ? 'has-marker' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={k} className={cls} data-line={line}>
              <span className="gutter" aria-hidden="true">
                {line}
              </span>
              <code>{text || ' '}</code>
              {here && (
                <span className="markers">
                  {here.slice(0, 4).map((name) => (
                    <button
                      key={name}
                      type="button"
                      className={`marker${name === selected ? ' selected' : ''}`}
                      onClick={() => selectProcess(name === selected ? null : name)}
                      aria-label={s.selectProcess(name)}
                    >
                      ◀ {name}
                    </button>
                  ))}
                  {here.length > 4 && <span className="marker more">+{here.length - 4}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
