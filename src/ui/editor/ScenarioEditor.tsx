// The scenario editor: CodeMirror 6 with `.rdv` highlighting, live diagnostics, completion, a
// statement palette and Python-Tutor-style process markers. Loaded lazily (React.lazy), so nothing
// outside this folder imports CodeMirror.

import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { checkCached } from './checkCache';
import { type MarkerProps, setMarkers } from './decorations';
import { editorExtensions, External, langCompartment, langExtension, type LiveRefs } from './setup';
import { EDITOR_STRINGS, PALETTE, type PaletteItem } from './strings';
import { planSync } from './sync';
import { insertTemplate } from './templates';
import type { ScenarioEditorProps } from './types';
import './editor.css';

export type { ScenarioEditorProps } from './types';

export default function ScenarioEditor(props: ScenarioEditorProps) {
  const { value, lang, markers, selectedLines, focusLine } = props;
  const selectedProcess = props.selectedProcess ?? null;
  const s = EDITOR_STRINGS[lang];
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  // Live values read by the editor's extensions when they run.
  const refs = useRef<LiveRefs | null>(null);
  const markerProps = useRef<MarkerProps>({ markers, selectedLines, selectedProcess, lang });
  const initial = useRef(value);
  useLayoutEffect(() => {
    const live = (refs.current ??= {
      onChange: { current: props.onChange },
      onSelect: { current: props.onSelectProcess },
      lang: { current: lang },
    });
    live.onChange.current = props.onChange;
    live.onSelect.current = props.onSelectProcess;
    live.lang.current = lang;
    markerProps.current = { markers, selectedLines, selectedProcess, lang };
  });

  // Create the view once (twice under StrictMode: the first is destroyed).
  useLayoutEffect(() => {
    const live = refs.current;
    if (!host.current || !live) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial.current,
        extensions: editorExtensions(live, markerProps.current),
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  // Outside changes of `value`: a minimal, undoable edit, or a new document with a fresh history.
  useEffect(() => {
    const v = view.current;
    const live = refs.current;
    if (!v || !live) return;
    const plan = planSync(v.state.doc.toString(), value);
    if (plan.kind === 'change') {
      v.dispatch({
        changes: { from: plan.from, to: plan.to, insert: plan.insert },
        annotations: External.of(true),
      });
    } else if (plan.kind === 'reset') {
      v.setState(
        EditorState.create({ doc: plan.text, extensions: editorExtensions(live, markerProps.current) }),
      );
    }
  }, [value]);

  // Markers and the selected process's lines.
  const selFrom = selectedLines?.from ?? null;
  const selTo = selectedLines?.to ?? null;
  useEffect(() => {
    view.current?.dispatch({
      effects: setMarkers.of({
        markers,
        selectedLines: selFrom !== null && selTo !== null ? { from: selFrom, to: selTo } : null,
        selectedProcess,
        lang,
      }),
    });
  }, [markers, selFrom, selTo, selectedProcess, lang]);

  // CodeMirror's own strings (search and lint panels) in the interface language.
  useEffect(() => {
    view.current?.dispatch({ effects: langCompartment.reconfigure(langExtension(lang)) });
  }, [lang]);

  // Keep `focusLine` in view: scroll the editor only (not the page), never move focus or cursor.
  useEffect(() => {
    const v = view.current;
    if (v && focusLine !== null) scrollLineIntoView(v, focusLine);
  }, [focusLine]);

  const insert = (item: PaletteItem) => {
    const v = view.current;
    if (!v) return;
    const doc = v.state.doc.toString();
    const edit = insertTemplate(doc, v.state.selection.main.head, item, {
      scenario: checkCached(doc).scenario,
      noteText: s.noteText,
      askText: s.askText,
      answerText: s.answerText,
    });
    v.dispatch({
      changes: { from: edit.from, to: edit.to, insert: edit.insert },
      selection: { anchor: edit.anchor, head: edit.head },
      scrollIntoView: true,
      userEvent: 'input.palette',
    });
    v.focus();
  };

  // The palette is a toolbar: one tab stop, arrow keys move between its buttons.
  const [active, setActive] = useState(0);
  const onToolbarKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const n = PALETTE.length;
    let next: number | null = null;
    if (e.key in step) next = (active + (step[e.key] ?? 0) + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    e.currentTarget.querySelectorAll('button')[next]?.focus();
  };

  return (
    <div className="rdv-editor" lang={lang}>
      <div className="rdv-palette" role="toolbar" aria-label={s.palette} onKeyDown={onToolbarKey}>
        {PALETTE.map((item, k) => (
          <button
            key={item}
            type="button"
            tabIndex={k === active ? 0 : -1}
            aria-label={s.insert(s.paletteLabels[item])}
            title={s.info[item]}
            onMouseDown={(e) => e.preventDefault()}
            onFocus={() => setActive(k)}
            onClick={() => insert(item)}
          >
            {s.paletteLabels[item]}
          </button>
        ))}
      </div>
      <div className="rdv-editor-host" ref={host} />
    </div>
  );
}

/** Scrolls the editor's own scroller so that 1-based `line` is visible (centred when it was not). */
function scrollLineIntoView(view: EditorView, line: number): void {
  view.requestMeasure({
    read(v) {
      if (line < 1 || line > v.state.doc.lines) return null;
      const block = v.lineBlockAt(v.state.doc.line(line).from);
      const sc = v.scrollDOM;
      const top = block.top + v.documentTop - sc.getBoundingClientRect().top + sc.scrollTop;
      return { top, bottom: top + block.height, scrollTop: sc.scrollTop, height: sc.clientHeight };
    },
    write(m, v) {
      if (!m) return;
      if (m.top >= m.scrollTop && m.bottom <= m.scrollTop + m.height) return;
      v.scrollDOM.scrollTop = Math.max(0, (m.top + m.bottom) / 2 - m.height / 2);
    },
  });
}
