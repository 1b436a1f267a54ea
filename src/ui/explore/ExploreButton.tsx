import { useApp } from '../../store';
import { EVERY_ORDER } from './clock';
import { useExplore } from './state';

/** Loads the search's commands on the first press. */
const start = () => void import('./session').then((m) => m.startExplore());

/** `Every order`: explores the text on screen in a Web Worker and opens the card with the answer. */
export function ExploreButton() {
  const lang = useApp((st) => st.lang);
  const ok = useApp((st) => st.checked.ok);
  const running = useExplore((s) => s.status === 'running');
  const open = useExplore((s) => s.open);
  return (
    <button
      type="button"
      className="compare-button explore-button"
      onClick={start}
      disabled={!ok || running}
      aria-expanded={open}
      aria-controls={open ? 'explore-card' : undefined}
    >
      {EVERY_ORDER[lang]}
    </button>
  );
}
