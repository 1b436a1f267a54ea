import { builtinTitles, pairOf } from '../scenarios';
import { useApp } from '../store';
import { openBuiltinCompare } from './compare/sides';
import { useStrings } from './i18n';
import { titleOf } from './titles';

/** For a built-in that has a twin (RPC vs queue, send vs ssend…), opens the two side by side. */
export function CompareButton() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const origin = useApp((st) => st.origin);
  const pair = origin.kind === 'builtin' ? pairOf(origin.id) : undefined;
  if (!pair || origin.kind !== 'builtin') return null;
  const other = pair[0] === origin.id ? pair[1] : pair[0];
  const otherTitle = titleOf(builtinTitles(other) ?? [], lang) ?? other;
  return (
    <button
      type="button"
      className="compare-button"
      onClick={() => void openBuiltinCompare(pair[0], pair[1])}
    >
      {s.compareWith(otherTitle)}
    </button>
  );
}
