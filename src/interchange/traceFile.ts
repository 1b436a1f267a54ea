// Reading a trace file (SPEC §3, §6): the app's export and the CLI's `--json` output. Whatever the
// text, it answers with the trace or with one clear sentence naming the first thing wrong; it never
// throws and does work proportional to the text (it refuses a text too large before parsing it).

import type { Trace } from '../engine/trace';
import { firstEventProblem, short } from './events';
import { isObject } from './fields';
import { outcomeProblem, scenarioProblem } from './header';

/** The largest trace text read, in characters (a UI should also check a file's size in bytes). */
export const MAX_TRACE_CHARS = 50_000_000;
/** The trace version this build writes and reads. */
export const TRACE_VERSION = 1;

export type TraceFileProblem =
  'too-large' | 'not-json' | 'not-a-trace' | 'newer-version' | 'malformed' | 'inconsistent';

export interface TraceFileError {
  ok: false;
  reason: TraceFileProblem;
  /** One English sentence; for a bad event it starts "Event N (type)". */
  message: string;
  /** The first bad event, when the problem is in one. */
  event?: { index: number; type: string | null };
}

export type TraceFileResult = { ok: true; trace: Trace } | TraceFileError;

/** Deeper than any trace nests (about 6): refused before parsing, which is slow on deep nesting. */
const MAX_DEPTH = 64;

/** Whether JSON-ish text opens more than `max` brackets at once (strings skipped); one linear pass. */
function deeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const fail = (reason: TraceFileProblem, message: string): TraceFileError => ({ ok: false, reason, message });

/** Parses and checks a trace file's text. Never throws. */
export function parseTraceFile(text: string): TraceFileResult {
  try {
    return parseUnsafe(text);
  } catch {
    // Only an engine limit (e.g. memory) gets here: every input shape is checked explicitly.
    return fail('malformed', 'The file could not be read as a trace.');
  }
}

function parseUnsafe(text: string): TraceFileResult {
  if (typeof text !== 'string') return fail('not-json', 'The file is not text.');
  if (text.length > MAX_TRACE_CHARS) {
    const mb = Math.round(text.length / 1_000_000);
    return fail('too-large', `The file is too large (${mb} MB); a trace may be at most 50 MB.`);
  }
  if (deeperThan(text, MAX_DEPTH))
    return fail('not-a-trace', `The file nests deeper than ${MAX_DEPTH} levels; a trace never does.`);
  let data: unknown;
  try {
    // An editor may have saved the file with a byte order mark, which JSON does not allow.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const why = error instanceof Error ? error.message.slice(0, 120) : 'it is not valid JSON';
    return fail('not-json', `The file is not valid JSON (${why}); it may be cut short or not a trace.`);
  }
  if (!isObject(data) || data.format !== 'rendezvous.trace')
    return fail(
      'not-a-trace',
      'The file is JSON but not a Rendezvous trace (its "format" is not "rendezvous.trace").',
    );
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > TRACE_VERSION)
    return fail(
      'newer-version',
      `The trace was made by a newer version of Rendezvous (trace version ${data.version}; this one reads version ${TRACE_VERSION}).`,
    );
  if (data.version !== TRACE_VERSION)
    return fail(
      'not-a-trace',
      `The trace has version ${short(data.version)}; only version ${TRACE_VERSION} exists.`,
    );
  const scenario = scenarioProblem(data.scenario);
  if (scenario !== null) return fail('malformed', `The trace is damaged: ${scenario}.`);
  const s = data.scenario as Trace['scenario'];
  const processes = new Set(s.processes);
  const outcome = outcomeProblem(data.outcome, processes);
  if (outcome !== null) return fail('malformed', `The trace is damaged: ${outcome}.`);
  if (!Array.isArray(data.events))
    return fail('malformed', 'The trace is damaged: it has no "events" array.');
  const events: unknown[] = data.events;
  const queues = new Set(s.queues.map((q) => q.name));
  const barriers = new Set(s.barriers.map((b) => b.name));
  const bad = firstEventProblem(events, processes, queues, barriers);
  if (bad !== null) {
    const what = bad.type === null ? `Event ${bad.index}` : `Event ${bad.index} (${bad.type.slice(0, 40)})`;
    const lead = bad.kind === 'malformed' ? 'The trace is damaged' : 'The trace is inconsistent';
    return {
      ...fail(bad.kind, `${lead}: ${what} ${bad.detail}.`),
      event: { index: bad.index, type: bad.type },
    };
  }
  const last = events[events.length - 1] as
    { type?: unknown; t?: number; outcome?: Record<string, unknown> } | undefined;
  if (last?.type !== 'run.end')
    return fail(
      'inconsistent',
      'The trace is incomplete: it does not end with a run.end event (it may be cut short).',
    );
  const o = data.outcome as Trace['outcome'];
  const endOutcome = outcomeProblem(last.outcome, processes);
  if (endOutcome !== null)
    return {
      ...fail(
        'malformed',
        `The trace is damaged: Event ${events.length - 1} (run.end) has a bad outcome: ${endOutcome}.`,
      ),
      event: { index: events.length - 1, type: 'run.end' },
    };
  if (last.outcome?.kind !== o.kind || last.outcome?.time !== o.time || last.t !== o.time)
    return {
      ...fail(
        'inconsistent',
        `The trace is inconsistent: Event ${events.length - 1} (run.end) disagrees with the outcome.`,
      ),
      event: { index: events.length - 1, type: 'run.end' },
    };
  return { ok: true, trace: data as unknown as Trace };
}
