import { useApp } from '../../store';
import { rerun } from '../runner';

const WORDS = {
  en: {
    playing: (name: string) => `Playing the trace from ${name}`,
    readOnly: 'Read-only: there is no scenario text behind it, so the code is hidden. Your scenario is kept.',
    back: 'Back to my scenario',
  },
  ko: {
    playing: (name: string) => `${name}의 트레이스를 재생하는 중`,
    readOnly:
      '읽기 전용입니다. 이 트레이스에는 시나리오 글이 없어서 코드를 숨겼습니다. 내 시나리오는 그대로 있습니다.',
    back: '내 시나리오로 돌아가기',
  },
} as const;

/** While a trace read from a file plays: says so, and leads back to the user's own scenario. */
export function ImportedBanner() {
  const imported = useApp((st) => st.imported);
  const lang = useApp((st) => st.lang);
  if (!imported) return null;
  const w = WORDS[lang];
  return (
    <div className="notice imported" role="status" data-testid="imported">
      <p>
        <strong>{w.playing(imported.name)}</strong> {w.readOnly}
      </p>
      <button type="button" onClick={rerun}>
        {w.back}
      </button>
    </div>
  );
}
