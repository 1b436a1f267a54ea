import type { StateCreator } from 'zustand/vanilla';
import { check } from '../lang';
import type { CheckResult } from '../lang/ast';
import { builtin, DEFAULT_SCENARIO_ID } from '../scenarios';
import {
  loadCurrent,
  loadDrafts,
  saveCurrent,
  saveDrafts,
  withDraft,
  type Draft,
  type KeyValueStore,
} from './drafts';
import type { AppState } from './index';

/** Where the text on screen came from. Editing anything turns it into one of the user's drafts. */
export type Origin =
  | { kind: 'builtin'; id: string }
  | { kind: 'draft'; id: number }
  | { kind: 'link' }
  | { kind: 'file'; name: string }
  | { kind: 'example' };

/** What was on screen before an example from the help replaced it. */
export interface Shown {
  source: string;
  origin: Origin;
}

/** A message for the user about something that could not be opened; nothing they had was touched. */
export interface Notice {
  kind: 'link' | 'file';
  /** A stable reason the interface words in the user's language (`damaged`, `too-large`, …). */
  reason: string;
  /** English detail, for the console and as a fallback. */
  detail: string;
}

export interface ScenarioSlice {
  /** The scenario text being shown and run. */
  source: string;
  origin: Origin;
  /** Whether the last change was typing (keep the playback position) or opening something (start over). */
  change: 'edit' | 'open';
  checked: CheckResult;
  /** The user's own scenarios, newest first; saved locally as they type. */
  drafts: Draft[];
  /** Where to put the playhead once the next run is ready (a shared link's step), or null. */
  pendingStep: number | null;
  notice: Notice | null;
  /** While an example from the help is shown, or a copy of it edited: what to go back to; else null. */
  beforeExample: Shown | null;
  /** The user changed the text: it becomes (or updates) their current draft. */
  edit(source: string): void;
  loadBuiltin(id: string): void;
  loadDraft(id: number): void;
  /** Shows text from a link or a file, without touching the drafts until the user edits it. */
  open(source: string, origin: Extract<Origin, { kind: 'link' | 'file' }>, step?: number | null): void;
  /** Shows an example from the help like a link (no draft until edited), keeping the way back. */
  openExample(source: string): void;
  /** Puts back exactly the text and origin that were on screen before the first example. */
  backFromExample(): void;
  /** Keeps what is on screen and forgets the way back. */
  dismissExample(): void;
  setNotice(notice: Notice | null): void;
  clearPendingStep(): void;
}

/** What to show first: the draft the last visit ended on, else the built-in it showed, else the default. */
function initial(storage: KeyValueStore | null): { source: string; origin: Origin; drafts: Draft[] } {
  const drafts = loadDrafts(storage);
  const current = loadCurrent(storage);
  if (current?.kind === 'draft') {
    const draft = drafts.find((d) => d.id === current.id);
    if (draft) return { source: draft.text, origin: current, drafts };
  }
  const id = current?.kind === 'builtin' && builtin(current.id) ? current.id : DEFAULT_SCENARIO_ID;
  return { source: builtin(id)?.source ?? '', origin: { kind: 'builtin', id }, drafts };
}

export const createScenarioSlice =
  (storage: KeyValueStore | null): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set, get) => {
    const start = initial(storage);
    const show = (
      source: string,
      origin: Origin,
      change: 'edit' | 'open',
      extra: Partial<ScenarioSlice> = {},
    ) => {
      // Opening anything else forgets the way back from an example; typing keeps it.
      set({ source, origin, change, checked: check(source), beforeExample: null, ...extra });
      if (origin.kind === 'draft' || origin.kind === 'builtin') saveCurrent(storage, origin);
    };
    return {
      ...start,
      change: 'open',
      checked: check(start.source),
      pendingStep: null,
      notice: null,
      beforeExample: null,
      edit(source) {
        const { origin, drafts, beforeExample } = get();
        const saved = withDraft(drafts, origin.kind === 'draft' ? origin.id : null, source, Date.now());
        saveDrafts(storage, saved.drafts);
        show(source, { kind: 'draft', id: saved.id }, 'edit', { drafts: saved.drafts, beforeExample });
      },
      loadBuiltin(id) {
        const found = builtin(id);
        if (found) show(found.source, { kind: 'builtin', id }, 'open');
      },
      loadDraft(id) {
        const draft = get().drafts.find((d) => d.id === id);
        if (draft) show(draft.text, { kind: 'draft', id }, 'open');
      },
      open(source, origin, step = null) {
        show(source, origin, 'open', { pendingStep: step, notice: null });
      },
      openExample(source) {
        const { source: shown, origin, beforeExample } = get();
        // A second example keeps the way back to what the user had before the first.
        const back = beforeExample ?? (origin.kind === 'example' ? null : { source: shown, origin });
        show(source, { kind: 'example' }, 'open', { pendingStep: null, notice: null, beforeExample: back });
      },
      backFromExample() {
        const back = get().beforeExample;
        if (!back) return;
        const { origin } = back;
        let drafts = get().drafts;
        // The draft may have been pushed out of the list by the edited example: save it again.
        if (origin.kind === 'draft' && !drafts.some((d) => d.id === origin.id)) {
          drafts = withDraft(drafts, origin.id, back.source, Date.now()).drafts;
          saveDrafts(storage, drafts);
        }
        show(back.source, origin, 'open', { drafts, pendingStep: null });
      },
      dismissExample() {
        set({ beforeExample: null });
      },
      setNotice(notice) {
        set({ notice });
      },
      clearPendingStep() {
        set({ pendingStep: null });
      },
    };
  };
