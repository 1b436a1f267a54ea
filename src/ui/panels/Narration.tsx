import type { World } from '../../playback/world';
import { pickNote } from '../../playback/world';
import { checkpointAt, pickAsk } from '../../playback/checkpoints';
import { narrate } from '../../playback/narration';
import { useApp } from '../../store';
import { useStrings } from '../i18n';
import { RichText } from '../RichText';
import { OutcomeBanner } from './OutcomeBanner';

/**
 * One sentence for the last event, and the scenario's caption for this moment. At the end, the
 * outcome banner takes the sentence's place: the outcome is said once, where the eye already is.
 */
export function Narration({ world }: { world: World }) {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const trace = useApp((st) => st.trace);
  const explored = useApp((st) => st.explored !== null);
  const index = world.position.index;
  const last = index > 0 ? trace?.events[index - 1] : undefined;
  const note = pickNote(world.caption, lang);
  const checkpoint = trace ? checkpointAt(trace.events, index) : null;
  // A caption or question written in several languages is read in the reader's own.
  const event =
    last?.type === 'ask' && checkpoint
      ? pickAsk(checkpoint, lang)
      : last?.type === 'note' && note
        ? { ...last, text: note.text, line: note.line, lang: note.lang }
        : last;
  return (
    // Focusable, since a long note scrolls inside the narration's fixed height.
    <section
      className={world.outcome ? 'narration ended' : 'narration'}
      aria-label={s.narration}
      tabIndex={0}
    >
      {world.outcome ? (
        <OutcomeBanner outcome={world.outcome} />
      ) : (
        <p className="sentence" aria-live="polite" data-testid="narration">
          {event ? narrate(event, world, lang, explored ? 'deliveries' : 'ticks') : '\u00a0'}
        </p>
      )}
      {note && (
        <p className="caption" data-testid="caption" title={`${note.process}: ${note.text}`}>
          <span className="caption-who">{note.process}</span> <RichText text={note.text} />
        </p>
      )}
    </section>
  );
}
