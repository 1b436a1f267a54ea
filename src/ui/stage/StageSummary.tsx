import { useState } from 'react';
import type { ProcessView, ProcStatus } from '../../playback/world';
import { selectProcess } from '../commands';
import { useStrings } from '../i18n';
import { DOT_R } from './lod';
import { dotShape } from './ProcessDot';
import { useStageStrings } from './strings';

/** The states counted, blocked first: who waits is what a crowded stage must tell at a glance. */
const ORDER: readonly ProcStatus[] = ['blocked', 'crashed', 'error', 'running', 'computing', 'ready', 'done'];

interface Props {
  processes: readonly ProcessView[];
  selected: string | null;
  /** What a process is doing, in words ("waiting for a message from P4"). */
  captionOf(p: ProcessView): string;
}

/**
 * Over a crowded stage's top-left corner: how many processes are in each state, with the dot's
 * shape beside each count, and a list that opens to name every process that waits and why; each
 * entry selects its process, as a click on its dot would (the keyboard's way to the dots).
 */
export function StageSummary({ processes, selected, captionOf }: Props) {
  const s = useStrings();
  const ss = useStageStrings();
  const [open, setOpen] = useState(false);
  const counts = new Map<ProcStatus, number>();
  for (const p of processes) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const waiting = processes.filter((p) => p.status === 'blocked');
  return (
    <div className="stage-summary" data-testid="stage-summary">
      <ul className="stage-counts" aria-label={ss.byState}>
        {ORDER.filter((status) => counts.has(status)).map((status) => (
          <li key={status} data-status={status} data-count={counts.get(status)}>
            <svg
              width="18"
              height="18"
              viewBox={`${-DOT_R * 1.5} ${-DOT_R * 1.5} ${DOT_R * 3} ${DOT_R * 3}`}
              aria-hidden="true"
            >
              <g className={`process dot status-${status}`}>
                <path className="dot-shape" d={dotShape(status)} />
              </g>
            </svg>
            {counts.get(status)} {s.status[status]}
          </li>
        ))}
      </ul>
      {waiting.length > 0 && (
        <details
          className="stage-waiters"
          open={open}
          onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>{ss.whoWaits(waiting.length)}</summary>
          {open && (
            <ul>
              {waiting.map((p) => (
                <li key={p.name}>
                  <button
                    type="button"
                    aria-pressed={selected === p.name}
                    onClick={() => selectProcess(selected === p.name ? null : p.name)}
                  >
                    <strong>{p.name}</strong> {captionOf(p)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}
