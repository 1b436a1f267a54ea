// The scenario editor's props. No CodeMirror here: the app imports this type eagerly while the
// editor itself (and CodeMirror with it) loads lazily.

export type EditorLang = 'en' | 'ko';

export interface ScenarioEditorProps {
  /** Controlled text; when it changes from outside (scenario switch, knobs, file open) the document is replaced. */
  value: string;
  /** Every user edit, with the whole new text (line breaks normalized to `\n`). */
  onChange(text: string): void;
  /** UI language for palette labels, completion details and tooltips. */
  lang: EditorLang;
  /** 1-based line → process names currently at that line (shown as pills at the line's end). */
  markers: ReadonlyMap<number, readonly string[]>;
  /** 1-based line range of the selected process's declaration: highlighted. */
  selectedLines: { from: number; to: number } | null;
  /** Keep this 1-based line scrolled into view (scrolls the editor only; never moves focus or the cursor). */
  focusLine: number | null;
  /** Clicking a marker pill selects that process (clicking the selected process's pill passes null). */
  onSelectProcess(name: string | null): void;
  /** Optional: the selected process, whose pills are drawn pressed (`aria-pressed`). */
  selectedProcess?: string | null;
}
