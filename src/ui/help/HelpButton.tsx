import { useApp } from '../../store';
import { toggleHelp } from './commands';
import { ENTRY_STRINGS } from './entryStrings';

/** The header's Help button: opens the help, or closes it (the `?` key does the same). */
export function HelpButton() {
  const lang = useApp((s) => s.lang);
  const open = useApp((s) => s.help !== null);
  const s = ENTRY_STRINGS[lang];
  return (
    <button
      type="button"
      className="header-button help-button"
      title={s.helpHint}
      aria-expanded={open}
      aria-keyshortcuts="?"
      onClick={toggleHelp}
    >
      <span aria-hidden="true" className="help-button-mark">
        ?
      </span>
      {s.help}
    </button>
  );
}
