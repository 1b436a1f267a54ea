// Narrating a stretch of the trace in order, walking one draft forward instead of seeking to
// every event: what the command-line timeline and the event log need.

import type { Lang } from '../lang/ast';
import type { Trace } from '../engine/trace';
import { initialDraft, materialize } from './draft';
import { narrate } from './narration';
import { applyEvent } from './reducer';

/** One sentence per event of `trace`, in order, in `lang`. */
export function* narrateTrace(trace: Trace, lang: Lang): Generator<{ index: number; sentence: string }> {
  const d = initialDraft(trace);
  for (let k = 0; k < trace.events.length; k++) {
    const event = trace.events[k]!;
    applyEvent(d, event, k);
    yield { index: k, sentence: narrate(event, materialize(d), lang) };
  }
}
