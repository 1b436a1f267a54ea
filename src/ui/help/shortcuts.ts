// The app's keyboard shortcuts as people read them: the Help panel lists them from here, and
// src/ui/keyboard.test.ts checks that the keyboard handler answers exactly these keys.

export type ShortcutId =
  | 'playPause'
  | 'step'
  | 'ends'
  | 'speed'
  | 'help'
  | 'presenter'
  | 'close'
  | 'reveal'
  | 'branches'
  | 'undoWhatIf'
  | 'leaveEditor';

export interface Shortcut {
  id: ShortcutId;
  /** `KeyboardEvent.key` values that trigger it. */
  keys: readonly string[];
  /** How the keys are drawn as key caps, in groups: `[['→'], ['←']]` reads "→ / ←". */
  caps: readonly (readonly string[])[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'playPause', keys: [' '], caps: [['Space']] },
  { id: 'step', keys: ['ArrowRight', 'ArrowLeft'], caps: [['→'], ['←']] },
  { id: 'ends', keys: ['Home', 'End'], caps: [['Home'], ['End']] },
  { id: 'speed', keys: ['+', '=', '-', '_'], caps: [['+'], ['−']] },
  { id: 'help', keys: ['?'], caps: [['?']] },
  { id: 'presenter', keys: ['p', 'P'], caps: [['P']] },
  { id: 'close', keys: ['Escape'], caps: [['Esc']] },
  { id: 'reveal', keys: ['Enter'], caps: [['Enter']] },
  { id: 'branches', keys: ['[', ']'], caps: [['['], [']']] },
  // With Ctrl (⌘): handled beside the plain keys (keyboard.ts `undoKey`).
  {
    id: 'undoWhatIf',
    keys: [],
    caps: [
      ['Ctrl', 'Z'],
      ['Ctrl', 'Shift', 'Z'],
    ],
  },
  // The editor keeps Tab for indenting; Esc first lets the next Tab move on (not a shortcut of the app).
  { id: 'leaveEditor', keys: [], caps: [['Esc', 'Tab']] },
];

/** The shortcut a key belongs to, or null. */
export function shortcutFor(key: string): ShortcutId | null {
  return SHORTCUTS.find((s) => s.keys.includes(key))?.id ?? null;
}
