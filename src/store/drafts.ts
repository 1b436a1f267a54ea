// The user's own scenarios, kept in local storage as they type: the newest first, a few earlier
// ones behind it, so that switching scenarios never loses what the user wrote.

export interface Draft {
  id: number;
  text: string;
  /** Milliseconds since the epoch of the last change. */
  savedAt: number;
}

/** How many drafts are kept: enough for a student who edits every exercise of the Course. */
export const MAX_DRAFTS = 24;
const KEY = 'rendezvous.drafts';
const CURRENT_KEY = 'rendezvous.current';

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved drafts, newest first; an unreadable entry is ignored, never thrown. */
export function loadDrafts(storage: KeyValueStore | null): Draft[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (d): d is Draft =>
          typeof d === 'object' &&
          d !== null &&
          typeof d.id === 'number' &&
          typeof d.text === 'string' &&
          typeof d.savedAt === 'number',
      )
      .slice(0, MAX_DRAFTS);
  } catch {
    return [];
  }
}

/** Saves the drafts; a full or refused storage keeps them for this visit only. */
export function saveDrafts(storage: KeyValueStore | null, drafts: readonly Draft[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify(drafts.slice(0, MAX_DRAFTS)));
  } catch {
    // Storage full or refused (private mode): the drafts live on in memory.
  }
}

/** What the last visit ended on: a draft, a built-in, or a what-if branch of one (then a reload reopens it). */
export type Current =
  | { kind: 'draft'; id: number }
  | { kind: 'builtin'; id: string }
  | { kind: 'branch'; key: string; id: number };

export function loadCurrent(storage: KeyValueStore | null): Current | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(CURRENT_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const c = parsed as { kind?: unknown; id?: unknown; key?: unknown };
    if (c.kind === 'draft' && typeof c.id === 'number') return { kind: 'draft', id: c.id };
    if (c.kind === 'builtin' && typeof c.id === 'string') return { kind: 'builtin', id: c.id };
    if (c.kind === 'branch' && typeof c.id === 'number' && typeof c.key === 'string')
      return { kind: 'branch', key: c.key, id: c.id };
    return null;
  } catch {
    return null;
  }
}

export function saveCurrent(storage: KeyValueStore | null, current: Current | null): void {
  try {
    storage?.setItem(CURRENT_KEY, JSON.stringify(current));
  } catch {
    // As above: this visit still knows.
  }
}

/** `drafts` with `text` saved as draft `id` (moved to the front), or as a new draft when id is null. */
export function withDraft(
  drafts: readonly Draft[],
  id: number | null,
  text: string,
  now: number,
): { drafts: Draft[]; id: number } {
  const newId = id ?? Math.max(0, ...drafts.map((d) => d.id)) + 1;
  const rest = drafts.filter((d) => d.id !== newId);
  return { drafts: [{ id: newId, text, savedAt: now }, ...rest].slice(0, MAX_DRAFTS), id: newId };
}
