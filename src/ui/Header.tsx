import { BUILTINS } from '../scenarios';
import { check } from '../lang';
import { useApp } from '../store';
import { useStrings } from './i18n';
import { titleOf } from './titles';

const builtinTitles = BUILTINS.map((b) => ({ id: b.id, titles: check(b.source).scenario.titles }));

/** The app's title bar: which scenario, which language. */
export function Header() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const builtinId = useApp((st) => st.builtinId);
  const loadBuiltin = useApp((st) => st.loadBuiltin);
  const setLang = useApp((st) => st.setLang);
  return (
    <header className="app-header">
      <h1>
        <span className="logo" aria-hidden="true">
          ●→●
        </span>{' '}
        {s.appName}
      </h1>
      <p className="tagline">{s.tagline}</p>
      <label className="field">
        <span>{s.scenario}</span>
        <select
          aria-label={s.scenario}
          value={builtinId ?? ''}
          onChange={(e) => loadBuiltin(e.currentTarget.value)}
        >
          {builtinId === null && <option value="">—</option>}
          {builtinTitles.map((b) => (
            <option key={b.id} value={b.id}>
              {titleOf(b.titles, lang) ?? b.id}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{s.language}</span>
        <select
          aria-label={s.language}
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value === 'ko' ? 'ko' : 'en')}
        >
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </label>
    </header>
  );
}
