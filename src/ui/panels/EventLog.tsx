import { useRef, type KeyboardEvent } from 'react';
import { sentenceAt } from '../../playback/log';
import { writtenFor } from '../../playback/narration';
import { useApp } from '../../store';
import { seek } from '../commands';
import { useStrings } from '../i18n';
import { useFollow } from '../scroll';

/** Entries shown before the playhead, and after it (greyed: what comes next). */
const BEHIND = 40;
const AHEAD = 6;

/** The events around the playhead; clicking one moves playback to just after it. */
export function EventLog() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const trace = useApp((st) => st.trace);
  const playback = useApp((st) => st.playback);
  // A run the explorer found counts deliveries, not ticks.
  const clock = useApp((st) => (st.explored ? 'deliveries' : 'ticks'));
  const index = useApp((st) => st.index);
  const current = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Keep the current entry in view by scrolling the list alone, never the page.
  useFollow(list, () => current.current, index);
  if (!trace || !playback) return null;
  const from = Math.max(0, index - BEHIND);
  const to = Math.min(trace.events.length, index + AHEAD);
  const shown: number[] = [];
  for (let k = from; k < to; k++) if (writtenFor(trace.events[k]!, lang)) shown.push(k);
  // One Tab stop for the whole log (the latest applied entry, else the first); ↑/↓ move between entries.
  const tabStop = shown.filter((k) => k < index).pop() ?? shown[0];
  const rows = [];
  for (const k of shown) {
    const applied = k < index;
    rows.push(
      <li
        key={k}
        value={k + 1}
        ref={k === index - 1 ? current : undefined}
        className={k === index - 1 ? 'current' : applied ? 'past' : 'future'}
      >
        <button type="button" tabIndex={k === tabStop ? 0 : -1} onClick={() => seek(k + 1)}>
          {sentenceAt(playback, k, lang, clock)}
        </button>
      </li>,
    );
  }
  return (
    <section className="panel log" aria-labelledby="log-heading">
      <h2 id="log-heading">{s.eventLog}</h2>
      <ol className="event-log" start={from + 1} data-testid="event-log" ref={list} onKeyDown={moveFocus}>
        {rows}
      </ol>
    </section>
  );
}

/** ↑/↓ move the focus between entries without moving the playhead. */
function moveFocus(e: KeyboardEvent<HTMLOListElement>): void {
  const step = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
  if (step === 0) return;
  const buttons = [...e.currentTarget.querySelectorAll('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + step))];
  if (at < 0 || !next) return;
  e.preventDefault();
  next.focus();
}
