// Every playback command as a plain function: buttons, keyboard shortcuts and tests call these.

import { appStore } from '../store';
import { MAX_SPEED, MIN_SPEED } from '../store/playback';
import { checkpointAt, type Checkpoint } from '../playback';
import { clock } from './clock';

const state = () => appStore.getState();

/** Index the playback starts from: after every process has started. */
export function startIndex(): number {
  const trace = state().trace;
  if (!trace) return 0;
  let k = 0;
  while (trace.events[k]?.type === 'proc.start') k++;
  return k;
}

function lastIndex(): number {
  return state().trace?.events.length ?? 0;
}

/** Moves the playhead to just after `index` events, time at the last of them. */
export function seek(index: number): void {
  const playback = state().playback;
  const clamped = Math.max(0, Math.min(lastIndex(), Math.round(index)));
  // Going back before a checkpoint asks its question again (a replay gets its own predictions).
  const revealed = state().revealed;
  if (revealed !== null && clamped < revealed) state().setRevealed(null);
  state().setIndex(clamped);
  clock.set(playback ? playback.timeOf(clamped) : 0);
}

/** The checkpoint the playhead is paused on, with its question still unanswered, or null. */
export function pendingCheckpoint(): Checkpoint | null {
  const { trace, index, revealed } = state();
  if (!trace) return null;
  const c = checkpointAt(trace.events, index);
  return c !== null && revealed !== c.end ? c : null;
}

export function play(): void {
  if (state().index >= lastIndex()) seek(startIndex());
  // Playing on from a checkpoint answers it: the class has made its prediction.
  const c = pendingCheckpoint();
  if (c) state().setRevealed(c.end);
  state().setPlaying(true);
}

/** Shows the answer of the checkpoint the playhead is paused on, then plays on. */
export function reveal(): void {
  if (pendingCheckpoint()) play();
}

export function pause(): void {
  state().setPlaying(false);
}

export function togglePlay(): void {
  if (state().playing) pause();
  else play();
}

export function stepForward(): void {
  pause();
  seek(state().index + 1);
}

export function stepBack(): void {
  pause();
  seek(Math.max(startIndex(), state().index - 1));
}

export function restart(): void {
  pause();
  seek(startIndex());
}

export function jumpToEnd(): void {
  pause();
  seek(lastIndex());
}

/** Steps to the next event of `process` (or of any process when null). */
export function stepProcess(process: string | null): void {
  const { playback, index } = state();
  if (!playback) return;
  pause();
  if (process === null) return seek(index + 1);
  const next = playback.nextEventOf(process, index);
  if (next !== null) seek(next + 1);
}

/** Speeds move in steps of ×2 between 0.25× and 8×. */
export function setSpeed(speed: number): void {
  state().setSpeed(Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)));
}

export function faster(): void {
  setSpeed(state().speed * 2);
}

export function slower(): void {
  setSpeed(state().speed / 2);
}

export function selectProcess(process: string | null): void {
  state().select(process);
}

/** Picks a message in flight on the stage (clicking it again unpicks it). */
export function pickMessage(id: number): void {
  const p = state().picked;
  state().pick(p?.kind === 'message' && p.id === id ? null : { kind: 'message', id });
}

/** Picks the wire between `a` and `b`, either way round (clicking it again unpicks it). */
export function pickWire(a: string, b: string): void {
  const p = state().picked;
  const same = p?.kind === 'wire' && ((p.a === a && p.b === b) || (p.a === b && p.b === a));
  state().pick(same ? null : { kind: 'wire', a, b });
}

/** Clears every pick on the stage: the process, the message, the wire. */
export function clearPicks(): void {
  state().select(null);
  state().pick(null);
}

/** Moves the playhead to virtual time `t`: every event up to `t` applied, messages mid-flight. */
export function seekTime(t: number): void {
  const playback = state().playback;
  if (!playback) return;
  pause();
  const index = Math.max(startIndex(), playback.indexAtTime(t));
  state().setIndex(index);
  clock.set(Math.max(playback.timeOf(index), Math.min(t, playback.endTime)));
}
