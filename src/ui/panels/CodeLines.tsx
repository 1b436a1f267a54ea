import { useMemo, useRef } from 'react';
import type { CodeView } from './codeView';
import { useApp } from '../../store';
import { selectProcess } from '../commands';
import { useStrings } from '../i18n';
import { useFollow } from '../scroll';
import { Icon } from '../controls/icons';

/** The scenario's source, read-only, with a marker at each process's current line (as Python Tutor
 * shows it): what the source panel shows until the editor has loaded. */
export function CodeLines({ view }: { view: CodeView }) {
  const s = useStrings();
  const source = useApp((st) => st.source);
  const lines = useMemo(() => source.split(/\r\n|\r|\n/), [source]);
  const { markers, selectedLines, focusLine, selected } = view;
  const list = useRef<HTMLOListElement>(null);
  useFollow(
    list,
    (box) => (focusLine === null ? null : box.querySelector<HTMLElement>(`[data-line="${focusLine}"]`)),
    focusLine,
  );

  return (
    <>
      <ol className="code-lines" data-testid="code-panel" ref={list}>
        {lines.map((text, k) => {
          const line = k + 1;
          const here = markers.get(line);
          const inSelected = selectedLines !== null && line >= selectedLines.from && line <= selectedLines.to;
          const cls = [
            inSelected ? 'in-selected' : '',
            line === focusLine && selected !== null ? 'selected-line' : '',
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
                      <Icon name="caretLeft" size="1em" /> {name}
                    </button>
                  ))}
                  {here.length > 4 && <span className="marker more">+{here.length - 4}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
