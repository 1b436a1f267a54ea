import { checkpointBefore, pickAsk } from '../../playback/checkpoints';
import { useApp } from '../../store';
import { reveal } from '../commands';
import { useStrings } from '../i18n';
import { RichText } from '../RichText';

/**
 * Predict, then reveal: at an `ask` checkpoint the play stops and the question is shown; Reveal
 * (or Enter, or Play) shows the answer and plays on. The answer stays until the next checkpoint.
 */
export function CheckpointCard() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const trace = useApp((st) => st.trace);
  const index = useApp((st) => st.index);
  const revealed = useApp((st) => st.revealed);
  const answerHidden = useApp((st) => st.answerHidden);
  const hideAnswer = useApp((st) => st.hideAnswer);
  const c = trace ? checkpointBefore(trace.events, index) : null;
  if (!c) return null;
  const answered = revealed === c.end;
  if (!answered && index !== c.end) return null;
  if (answered && answerHidden) return null;
  const ask = pickAsk(c, lang);
  return (
    <section
      className={`checkpoint${answered ? ' answered' : ''}`}
      aria-label={s.checkpoint}
      data-testid="checkpoint"
    >
      <p className="checkpoint-kicker">
        <span aria-hidden="true">?</span> {s.predict(ask.process, ask.line)}
      </p>
      <p className="checkpoint-question" data-testid="checkpoint-question">
        <RichText text={ask.text} />
      </p>
      {answered ? (
        <div className="checkpoint-row">
          <p className="checkpoint-answer" role="status" data-testid="checkpoint-answer">
            <strong>{s.answer}:</strong> {ask.answer === null ? s.answerNone : <RichText text={ask.answer} />}
          </p>
          <button
            type="button"
            className="checkpoint-close"
            aria-label={s.closeCheckpoint}
            title={s.closeCheckpoint}
            onClick={hideAnswer}
          >
            ×
          </button>
        </div>
      ) : (
        <div className="checkpoint-row">
          <button type="button" className="checkpoint-reveal" onClick={reveal}>
            {s.reveal}
          </button>
          <span className="checkpoint-hint">{s.revealHint}</span>
        </div>
      )}
    </section>
  );
}
