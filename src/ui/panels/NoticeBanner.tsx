import { useApp } from '../../store';
import { useStrings } from '../i18n';

/** Says why a link or a file could not be opened, and that nothing the user had was touched. */
export function NoticeBanner() {
  const s = useStrings();
  const notice = useApp((st) => st.notice);
  const setNotice = useApp((st) => st.setNotice);
  if (!notice) return null;
  const why =
    notice.message ??
    (notice.kind === 'link' ? s.linkProblem : s.fileProblem)[notice.reason] ??
    notice.detail;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <p>
        <strong>{notice.kind === 'link' ? s.linkNotOpened : s.fileNotOpened(notice.detail)}</strong> {why}{' '}
        {s.nothingLost}
      </p>
      <button type="button" onClick={() => setNotice(null)}>
        {s.dismiss}
      </button>
    </div>
  );
}
