// The sweep panel: a sheet over the app with two tabs, a knob swept over a range and many seeds.
// Loaded on demand with uPlot. Keys pressed inside it stay in it (Space does not play the stage);
// Esc closes it and focus goes back to the button that opened it.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useApp } from '../../store';
import { closeSweep, openSweep, type SweepTab } from './open';
import { SeedsTab } from './SeedsTab';
import { SweepForm } from './SweepForm';
import { SWEEP_STRINGS } from './strings';
import './sweep.css';

const TABS: readonly SweepTab[] = ['sweep', 'seeds'];

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), summary, [tabindex="0"]';

/** The sheet is modal: Tab past its last control comes back to its first, and Shift+Tab the other way. */
function keepTabInside(e: KeyboardEvent<HTMLDivElement>, box: HTMLElement): void {
  const all = Array.from(box.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.offsetParent !== null,
  );
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

export function SweepPanel({ tab }: { tab: SweepTab }) {
  const lang = useApp((st) => st.lang);
  const s = SWEEP_STRINGS[lang];
  const sheet = useRef<HTMLDivElement>(null);
  const tabs = useRef(new Map<SweepTab, HTMLButtonElement>());

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    tabs.current.get(tab)?.focus();
    return () => {
      const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>('.sweep-button');
      target?.focus();
    };
    // Focus moves in once, when the panel opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Esc closes the panel wherever the focus is (on the page behind, after a click on the backdrop).
  useEffect(() => {
    const onEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      closeSweep();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, []);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeSweep();
    }
    if (e.key === 'Tab' && sheet.current) keepTabInside(e, sheet.current);
    e.stopPropagation();
  };

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = TABS.indexOf(tab);
    const to = e.key === 'ArrowRight' || e.key === 'ArrowLeft' ? TABS[(k + 1) % TABS.length] : undefined;
    if (!to) return;
    e.preventDefault();
    openSweep(to);
    tabs.current.get(to)?.focus();
  };

  return (
    <div className="sweep-backdrop">
      <div
        className="sweep-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sweep-title"
        data-testid="sweep-panel"
        ref={sheet}
        onKeyDown={onKey}
      >
        <div className="sweep-head">
          <h2 id="sweep-title">{s.title}</h2>
          <div className="sweep-tabs" role="tablist" aria-label={s.title} onKeyDown={onTabKey}>
            {TABS.map((t) => (
              <button
                key={t}
                ref={(el) => {
                  if (el) tabs.current.set(t, el);
                  else tabs.current.delete(t);
                }}
                type="button"
                role="tab"
                id={`sweep-tab-${t}`}
                aria-selected={t === tab}
                aria-controls="sweep-tabpanel"
                tabIndex={t === tab ? 0 : -1}
                onClick={() => openSweep(t)}
              >
                {t === 'sweep' ? s.sweepTab : s.seedsTab}
              </button>
            ))}
          </div>
          <button type="button" className="sweep-close" onClick={closeSweep}>
            {s.close}
          </button>
        </div>
        <div id="sweep-tabpanel" className="sweep-body" role="tabpanel" aria-labelledby={`sweep-tab-${tab}`}>
          {tab === 'sweep' ? <SweepForm /> : <SeedsTab />}
        </div>
      </div>
    </div>
  );
}
