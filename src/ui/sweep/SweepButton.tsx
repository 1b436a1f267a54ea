import { useApp } from '../../store';
import './button.css';
import { openSweep } from './open';

/** Its own two words, so the first screen does not carry the panel's strings. */
const LABEL = { en: 'Sweep…', ko: '스윕…' } as const;
const HINT = {
  en: 'Run the scenario for many values of a knob, or many seeds, and plot the results',
  ko: '값이나 시드를 바꿔 가며 여러 번 실행하고 결과를 차트로 봅니다',
} as const;

/** Opens the sweep panel (loaded on demand). */
export function SweepButton() {
  const lang = useApp((st) => st.lang);
  const ok = useApp((st) => st.checked.ok);
  const imported = useApp((st) => st.imported !== null);
  if (imported) return null;
  return (
    <button
      type="button"
      className="sweep-button"
      disabled={!ok}
      title={HINT[lang]}
      onClick={() => openSweep('sweep')}
    >
      {LABEL[lang]}
    </button>
  );
}
