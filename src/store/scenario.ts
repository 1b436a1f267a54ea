import type { StateCreator } from 'zustand/vanilla';
import { check } from '../lang';
import type { CheckResult } from '../lang/ast';
import { DEFAULT_SCENARIO_ID, fetchBuiltin, loadedBuiltin } from '../scenarios';
import { exerciseIdFor, loadExercise } from '../scenarios/exercises';
import type { FaultSpec } from '../lang/whatif';
import {
  loadCurrent,
  loadDrafts,
  saveCurrent,
  saveDrafts,
  withDraft,
  type Draft,
  type KeyValueStore,
} from './drafts';
import {
  addBranch,
  branchOf,
  editCurrent,
  loadTrees,
  newTree,
  redoBranch,
  saveTrees,
  treeFromText,
  undoBranch,
  withCurrent,
  withTree,
  type WhatIfTree,
} from './whatifTree';
import type { AppState } from './index';

/** Where the text on screen came from. Editing anything turns it into one of the user's drafts. */
export type Origin =
  | { kind: 'builtin'; id: string }
  | { kind: 'draft'; id: number }
  | { kind: 'link' }
  | { kind: 'file'; name: string }
  | { kind: 'example' }
  /** A what-if branch (not the original) of the scenario `whatIf` belongs to. */
  | { kind: 'branch'; id: number };

/** What was on screen before an example from the help replaced it. */
export interface Shown {
  source: string;
  origin: Origin;
  /** The what-ifs it had. */
  whatIf?: WhatIfTree | null;
}

/** A message for the user about something that could not be opened; nothing they had was touched. */
export interface Notice {
  kind: 'link' | 'file';
  /** A stable reason the interface words in the user's language (`damaged`, `too-large`, …). */
  reason: string;
  /** English detail, for the console and as a fallback. */
  detail: string;
  /** What exactly is wrong, when the reason alone cannot say (the first bad event of a trace). */
  message?: string;
}

export interface ScenarioSlice {
  /** The scenario text being shown and run. */
  source: string;
  origin: Origin;
  /**
   * Whether the last change was typing (keep the playback position), opening something (start
   * over), or a what-if branch made or shown (run at once, keep the position).
   */
  change: 'edit' | 'open' | 'branch';
  checked: CheckResult;
  /** The user's own scenarios, newest first; saved locally as they type. */
  drafts: Draft[];
  /** The what-ifs of the scenario on screen (its original and branches), or null when it has none. */
  whatIf: WhatIfTree | null;
  /** Every scenario's what-ifs, the last used first; saved locally. */
  trees: WhatIfTree[];
  /** Writes `fault` into a new branch under the one on screen and shows it, keeping the step. */
  intervene(fault: FaultSpec): void;
  /** Shows branch `id` (0: the original) of the what-ifs on screen, keeping the step. */
  showBranch(id: number): void;
  /** Takes back the last intervention (its parent is shown); redo brings it back. */
  undoWhatIf(): void;
  redoWhatIf(): void;
  /** Shows a shared what-if: a text whose last `count` lines were added one by one to an original. */
  openWhatIf(source: string, count: number, step?: number | null): void;
  /** Where to put the playhead once the next run is ready (a shared link's step), or null. */
  pendingStep: number | null;
  notice: Notice | null;
  /** While an example from the help is shown, or a copy of it edited: what to go back to; else null. */
  beforeExample: Shown | null;
  /** The user changed the text: it becomes (or updates) their current draft. */
  edit(source: string): void;
  /**
   * Shows built-in `id` (or `exercise/ID`): at once when its text is here, else once it has loaded,
   * unless something else was opened or typed meanwhile. An unknown id changes nothing.
   */
  loadBuiltin(id: string): Promise<void>;
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

/** Which what-ifs belong to a scenario opened from `origin` (links, files and examples share one each). */
export function treeKey(origin: Origin): string | null {
  switch (origin.kind) {
    case 'builtin':
      return `builtin:${origin.id}`;
    case 'draft':
      return `draft:${origin.id}`;
    case 'file':
      return `file:${origin.name}`;
    case 'link':
    case 'example':
      return origin.kind;
    case 'branch':
      return null;
  }
}

/** The origin of the original of the what-ifs saved under `key`. */
function rootOrigin(key: string): Origin {
  const [kind, ...rest] = key.split(':');
  const arg = rest.join(':');
  if (kind === 'builtin') return { kind: 'builtin', id: arg };
  if (kind === 'draft') return { kind: 'draft', id: Number(arg) };
  if (kind === 'file') return { kind: 'file', name: arg };
  return kind === 'example' ? { kind: 'example' } : { kind: 'link' };
}

interface Start {
  source: string;
  origin: Origin;
  drafts: Draft[];
  trees: WhatIfTree[];
  whatIf: WhatIfTree | null;
}

/** What to show first: the draft or what-if the last visit ended on, else the built-in it showed, else the default. */
function initial(storage: KeyValueStore | null): Start {
  const drafts = loadDrafts(storage);
  // What-ifs of a draft that is no longer kept go with it.
  const trees = loadTrees(storage).filter(
    (t) => !t.key.startsWith('draft:') || drafts.some((d) => `draft:${d.id}` === t.key),
  );
  const current = loadCurrent(storage);
  const treeOf = (key: string | null) => trees.find((t) => t.key === key) ?? null;
  if (current?.kind === 'branch') {
    const tree = treeOf(current.key);
    const branch = tree && branchOf(tree, current.id);
    if (tree && branch && branch.id !== 0)
      return {
        source: branch.source,
        origin: { kind: 'branch', id: branch.id },
        drafts,
        trees,
        whatIf: withCurrent(tree, branch.id),
      };
  }
  if (current?.kind === 'draft') {
    const draft = drafts.find((d) => d.id === current.id);
    if (draft)
      return { source: draft.text, origin: current, drafts, trees, whatIf: atRoot(treeOf(treeKey(current))) };
  }
  // preloadStart has loaded the built-in the last visit showed; the default is always here.
  const id = current?.kind === 'builtin' && loadedBuiltin(current.id) ? current.id : DEFAULT_SCENARIO_ID;
  const origin: Origin = { kind: 'builtin', id };
  return {
    source: loadedBuiltin(id)?.source ?? '',
    origin,
    drafts,
    trees,
    whatIf: atRoot(treeOf(treeKey(origin))),
  };
}

/**
 * Loads what the first screen will show and is not in the page's own JavaScript: the built-in the
 * last visit ended on, or the exercise its draft is a copy of (for its hints), so that nothing
 * appears late. Never fails: what cannot load is left out (the default opens instead).
 */
export async function preloadStart(storage: KeyValueStore | null): Promise<void> {
  try {
    const current = loadCurrent(storage);
    if (current?.kind === 'builtin') await fetchBuiltin(current.id);
    if (current?.kind === 'draft') {
      const draft = loadDrafts(storage).find((d) => d.id === current.id);
      const exercise = draft && exerciseIdFor(check(draft.text).scenario);
      if (exercise) await loadExercise(exercise);
    }
  } catch (error) {
    console.warn('Rendezvous: could not load the scenario of the last visit', error);
  }
}

/** A scenario opened afresh shows its original. */
function atRoot(tree: WhatIfTree | null): WhatIfTree | null {
  return tree && withCurrent(tree, 0);
}

export const createScenarioSlice =
  (storage: KeyValueStore | null): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set, get) => {
    const start = initial(storage);
    /** Counts loadBuiltin calls, so that a slow load never replaces a later choice. */
    let opening = 0;
    const show = (
      source: string,
      origin: Origin,
      change: 'edit' | 'open' | 'branch',
      extra: Partial<ScenarioSlice> = {},
    ) => {
      // Opening anything else forgets the way back from an example; typing keeps it.
      set({ source, origin, change, checked: check(source), beforeExample: null, ...extra });
      if (origin.kind === 'draft' || origin.kind === 'builtin') saveCurrent(storage, origin);
      const key = get().whatIf?.key;
      if (origin.kind === 'branch' && key) saveCurrent(storage, { kind: 'branch', key, id: origin.id });
    };
    /** Opens something that is not a branch: its what-ifs, if it has any, come with it. */
    const showOpened = (source: string, origin: Origin, extra: Partial<ScenarioSlice> = {}) => {
      const key = treeKey(origin);
      show(source, origin, 'open', {
        whatIf: atRoot(get().trees.find((t) => t.key === key) ?? null),
        ...extra,
      });
    };
    /** Keeps `tree` (saved) and shows its current branch. */
    const showTree = (
      tree: WhatIfTree,
      change: 'branch' | 'open' = 'branch',
      extra: Partial<ScenarioSlice> = {},
    ) => {
      const trees = withTree(get().trees, tree);
      saveTrees(storage, trees);
      const branch = branchOf(tree, tree.current) ?? tree.branches[0]!;
      const origin: Origin = branch.id === 0 ? rootOrigin(tree.key) : { kind: 'branch', id: branch.id };
      const { beforeExample } = get();
      show(branch.source, origin, change, { whatIf: tree, trees, ...extra });
      // A what-if of a help example keeps the way back to what the user had.
      if (tree.key === 'example') set({ beforeExample });
    };
    return {
      ...start,
      change: 'open',
      checked: check(start.source),
      pendingStep: null,
      notice: null,
      beforeExample: null,
      edit(source) {
        const { origin, drafts, beforeExample, whatIf } = get();
        if (origin.kind === 'branch' && whatIf) {
          const tree = editCurrent(whatIf, source);
          const trees = withTree(get().trees, tree);
          saveTrees(storage, trees);
          show(source, origin, 'edit', { whatIf: tree, trees, beforeExample });
          return;
        }
        const saved = withDraft(drafts, origin.kind === 'draft' ? origin.id : null, source, Date.now());
        saveDrafts(storage, saved.drafts);
        // Editing a draft's original edits the original of its what-ifs; anything else starts a new draft.
        const keep =
          origin.kind === 'draft' && whatIf?.key === `draft:${origin.id}`
            ? editCurrent(whatIf, source)
            : null;
        let trees = get().trees;
        if (keep) {
          trees = withTree(trees, keep);
          saveTrees(storage, trees);
        }
        show(source, { kind: 'draft', id: saved.id }, 'edit', {
          drafts: saved.drafts,
          beforeExample,
          whatIf: keep,
          trees,
        });
      },
      intervene(fault) {
        const { whatIf, origin, source } = get();
        const key = whatIf?.key ?? treeKey(origin);
        if (key === null) return;
        showTree(addBranch(whatIf ?? newTree(key, source), fault));
      },
      showBranch(id) {
        const { whatIf } = get();
        if (whatIf && branchOf(whatIf, id)) showTree(withCurrent(whatIf, id));
      },
      undoWhatIf() {
        const { whatIf } = get();
        if (whatIf) showTree(undoBranch(whatIf));
      },
      redoWhatIf() {
        const { whatIf } = get();
        if (whatIf) showTree(redoBranch(whatIf));
      },
      openWhatIf(source, count, step = null) {
        const tree = treeFromText('link', source, count);
        if (tree) showTree(tree, 'open', { pendingStep: step, notice: null });
        else get().open(source, { kind: 'link' }, step);
      },
      loadBuiltin(id) {
        const ready = loadedBuiltin(id);
        const ticket = ++opening;
        if (ready) {
          showOpened(ready.source, { kind: 'builtin', id });
          return Promise.resolve();
        }
        const { origin } = get();
        return fetchBuiltin(id).then(
          (found) => {
            // Only the last one asked for, and only if nothing else was opened or typed meanwhile.
            if (found && ticket === opening && get().origin === origin)
              showOpened(found.source, { kind: 'builtin', id });
          },
          (error: unknown) => console.warn(`Rendezvous: could not load the scenario ${id}`, error),
        );
      },
      loadDraft(id) {
        const draft = get().drafts.find((d) => d.id === id);
        if (draft) showOpened(draft.text, { kind: 'draft', id });
      },
      open(source, origin, step = null) {
        // A link or file opened afresh has no what-ifs yet (the last one's are replaced when it gets some).
        show(source, origin, 'open', { pendingStep: step, notice: null, whatIf: null });
      },
      openExample(source) {
        const { source: shown, origin, beforeExample } = get();
        // A second example keeps the way back to what the user had before the first.
        const back =
          beforeExample ??
          (origin.kind === 'example' ? null : { source: shown, origin, whatIf: get().whatIf });
        show(source, { kind: 'example' }, 'open', {
          pendingStep: null,
          notice: null,
          beforeExample: back,
          whatIf: null,
        });
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
        show(back.source, origin, 'open', { drafts, pendingStep: null, whatIf: back.whatIf ?? null });
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
