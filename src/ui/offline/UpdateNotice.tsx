import { useState, useSyncExternalStore } from 'react';
import { useApp } from '../../store';
import { applyUpdate, onUpdate, updateState } from './register';
import { OFFLINE_STRINGS } from './strings';
import './offline.css';

/** Offers to switch to a newer version of the app once it is installed; never switches by itself. */
export function UpdateNotice() {
  const lang = useApp((s) => s.lang);
  const state = useSyncExternalStore(onUpdate, updateState, () => 'none' as const);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (state === 'none' || dismissed === state) return null;
  const s = OFFLINE_STRINGS[lang];
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <p>{state === 'waiting' ? s.waiting : s.active}</p>
      <div className="update-actions">
        <button type="button" className="update-reload" onClick={applyUpdate}>
          {s.reload}
        </button>
        <button type="button" onClick={() => setDismissed(state)}>
          {s.later}
        </button>
      </div>
    </div>
  );
}
