import { useApp } from '../../store';
import { openReference } from './openReference';
import { PROBLEM_STRINGS } from './strings';
import './problems.css';

/** "Learn more" / "설명 보기": opens the reference at the entry for `code`. */
export function LearnMore({ code }: { code: string }) {
  const s = PROBLEM_STRINGS[useApp((st) => st.lang)];
  return (
    <button
      type="button"
      className="learn-more"
      aria-label={s.learnMoreAbout(code)}
      title={s.learnMoreTitle}
      data-code={code}
      onClick={() => openReference(code)}
    >
      {s.learnMore}
    </button>
  );
}
