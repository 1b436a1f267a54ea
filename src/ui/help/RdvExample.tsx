import type { ReactNode } from 'react';
import { useApp } from '../../store';
import type { HelpTab } from '../../store/view';
import { HELP_STRINGS } from './strings';
import { highlightRdv } from './highlight';
import { tryExample } from './tryExample';
import { Icon } from '../controls/icons';

/** An `.rdv` example from the documents: its code, what running it gives, and `Try it`. */
export function RdvExample({
  code,
  result,
  from,
}: {
  code: string;
  result: ReactNode;
  from: { tab: HelpTab; anchor: string | null };
}) {
  const s = HELP_STRINGS[useApp((st) => st.lang)];
  return (
    <figure className="help-example" data-testid="help-example">
      <pre className="help-code">
        <code>
          {highlightRdv(code).map((piece, k) =>
            piece.kind ? (
              <span key={k} className={`help-rdv-${piece.kind}`}>
                {piece.text}
              </span>
            ) : (
              piece.text
            ),
          )}
        </code>
      </pre>
      <figcaption className="help-example-foot">
        {result && (
          <p className="help-expected">
            <span className="help-expected-label">{s.expected}: </span>
            {result}
          </p>
        )}
        <button
          type="button"
          className="help-try"
          title={s.tryItLabel}
          onClick={() => tryExample(code.endsWith('\n') ? code : `${code}\n`, from)}
        >
          <Icon name="play" size="1em" /> {s.tryIt}
        </button>
      </figcaption>
    </figure>
  );
}
