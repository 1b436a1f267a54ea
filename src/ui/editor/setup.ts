// The editor's extensions: language, lint, completion, keymaps, theme and the markers field.

import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { checkCached } from './checkCache';
import { completeAt, VALID_FOR } from './complete';
import { markersExtension, type MarkerProps, type SelectHandler } from './decorations';
import { rdvHighlighter, TOKEN_STYLES } from './highlight';
import { rdvLanguage } from './language';
import { toLintDiagnostics } from './lint';
import { openReference } from '../problems/openReference';
import { EDITOR_STRINGS } from './strings';
import type { EditorLang } from './types';

/** The accessible name of the editable content (tests and screen readers rely on it). */
export const CONTENT_LABEL = 'Scenario source';

/** Marks transactions that bring in the `value` prop, so they are not echoed through `onChange`. */
export const External = Annotation.define<boolean>();

/** Interface-language dependent configuration (CodeMirror's own phrases). */
export const langCompartment = new Compartment();

export function langExtension(lang: EditorLang): Extension {
  const phrases = EDITOR_STRINGS[lang].phrases;
  return phrases ? EditorState.phrases.of(phrases) : [];
}

/** Live values the extensions read when they run (kept current by the component). */
export interface LiveRefs {
  onChange: { current: (text: string) => void };
  onSelect: SelectHandler;
  lang: { current: EditorLang };
}

const theme = EditorView.theme({
  '&': {
    height: '100%',
    minHeight: '16rem',
    maxHeight: '28rem',
    fontSize: '14px',
    backgroundColor: '#fff',
    color: '#1b1f27',
    border: '1px solid #d5dae2',
    borderRadius: '6px',
  },
  '&.cm-focused': { outline: '3px solid #8a4fff', outlineOffset: '2px' },
  '.cm-scroller': {
    overflow: 'auto',
    fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK KR', monospace",
    lineHeight: '1.55',
  },
  '.cm-content, .cm-gutter': { minHeight: '16rem' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', color: '#5f6875', borderRight: '1px solid #d5dae2' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 6px 0 8px' },
  '.cm-rdv-selected-line': { backgroundColor: '#f3edff' },
  '.cm-rdv-marker-line': { backgroundColor: '#e8f2fc' },
  '.cm-rdv-pills': {
    display: 'inline-flex',
    flexWrap: 'wrap',
    gap: '0.25rem',
    marginLeft: '1.25rem',
    verticalAlign: 'baseline',
  },
  '.cm-rdv-pill': {
    font: "600 0.75rem/1.3 system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', sans-serif",
    border: '1px solid #0b63b6',
    color: '#0b63b6',
    backgroundColor: '#fff',
    borderRadius: '999px',
    padding: '0 0.45rem',
    cursor: 'pointer',
  },
  '.cm-rdv-pill[aria-pressed="true"]': { backgroundColor: '#6b2fd6', borderColor: '#6b2fd6', color: '#fff' },
  '.cm-rdv-pill:focus-visible': { outline: '3px solid #8a4fff', outlineOffset: '1px' },
  '.cm-rdv-more': { cursor: 'default', borderStyle: 'dashed' },
  '.cm-tooltip': {
    fontFamily: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', sans-serif",
    fontSize: '13px',
  },
  '.cm-tooltip-autocomplete > ul': {
    fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  },
  ...TOKEN_STYLES,
});

/** Every extension of the editor, built once per state. */
export function editorExtensions(refs: LiveRefs, markers: MarkerProps): Extension[] {
  const complete = (context: CompletionContext): CompletionResult | null => {
    const doc = context.state.doc.toString();
    const answer = completeAt(doc, context.pos, {
      scenarioOf: (text) => checkCached(text).scenario,
      lang: refs.lang.current,
      explicit: context.explicit,
    });
    return answer ? { from: answer.from, options: answer.options, validFor: VALID_FOR } : null;
  };

  return [
    lineNumbers(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    rdvLanguage,
    syntaxHighlighting(rdvHighlighter),
    indentOnInput(),
    bracketMatching(),
    highlightSelectionMatches(),
    autocompletion({ override: [complete] }),
    linter(
      (view) => {
        const doc = view.state.doc.toString();
        return toLintDiagnostics(checkCached(doc), doc.length, refs.lang.current, openReference);
      },
      {
        delay: 150,
        // A change of interface language (new phrases) re-renders the messages in it.
        needsRefresh: (u) => u.startState.facet(EditorState.phrases) !== u.state.facet(EditorState.phrases),
      },
    ),
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap, indentWithTab]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({
      'aria-label': CONTENT_LABEL,
      spellcheck: 'false',
      autocapitalize: 'off',
      autocorrect: 'off',
      // Already focusable (contenteditable); saying so lets checkers see that the scrolling area
      // around it can be reached from the keyboard.
      tabindex: '0',
    }),
    langCompartment.of(langExtension(refs.lang.current)),
    markersExtension(refs.onSelect, markers),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      if (update.transactions.every((tr) => tr.annotation(External))) return;
      refs.onChange.current(update.state.doc.toString());
    }),
    theme,
  ];
}
