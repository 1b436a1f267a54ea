import { useApp } from '../store';
import { useStrings } from './i18n';
import { togglePresenter } from './presenter';
import { Icon } from './controls/icons';

/** Enters or leaves presenter mode (also the P key). */
export function PresenterButton() {
  const s = useStrings();
  const presenter = useApp((st) => st.presenter);
  return (
    <button
      type="button"
      className="header-button"
      aria-pressed={presenter}
      title={s.presenterHint}
      onClick={togglePresenter}
    >
      <Icon name={presenter ? 'shrink' : 'enlarge'} size={18} /> {s.presenter}
    </button>
  );
}
