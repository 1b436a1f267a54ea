import { useApp } from '../store';
import { useStrings } from './i18n';
import { togglePresenter } from './presenter';
import { Icon } from './controls/icons';

/**
 * Enters or leaves presenter mode (also the P key). While the mode is on, the button says how to
 * leave it: a teacher who pressed P by chance must not be stuck.
 */
export function PresenterButton() {
  const s = useStrings();
  const presenter = useApp((st) => st.presenter);
  return (
    <button
      type="button"
      className={presenter ? 'header-button presenter-button on' : 'header-button presenter-button'}
      title={presenter ? s.leavePresenter : s.presenterHint}
      onClick={togglePresenter}
    >
      <Icon name={presenter ? 'shrink' : 'enlarge'} size={18} /> {presenter ? s.leavePresenter : s.presenter}
    </button>
  );
}
