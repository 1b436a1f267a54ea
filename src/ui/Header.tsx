import { useApp } from '../store';
import { useStrings } from './i18n';
import { ScenarioMenu } from './ScenarioMenu';
import { PresenterButton } from './PresenterButton';
import { HelpButton } from './help/HelpButton';
import { CourseButton } from './course';
import { releaseFocus } from './keyboard';
import { Logo } from './controls/icons';

/** The app's title bar: which scenario, which language. */
export function Header() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const setLang = useApp((st) => st.setLang);
  return (
    <header className="app-header">
      <h1>
        <Logo /> {s.appName}
      </h1>
      <p className="tagline">{s.tagline}</p>
      <label className="field" data-tour="menu">
        <span>{s.scenario}</span>
        <ScenarioMenu />
      </label>
      <label className="field">
        <span>{s.language}</span>
        <select
          aria-label={s.language}
          value={lang}
          onChange={(e) => {
            setLang(e.currentTarget.value === 'ko' ? 'ko' : 'en');
            releaseFocus(e.currentTarget);
          }}
        >
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </label>
      <CourseButton />
      <HelpButton />
      <PresenterButton />
    </header>
  );
}
