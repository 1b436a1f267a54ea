// Process markers (Python-Tutor style pills at a line's end) and the selected process's lines,
// fed from the component's props through a state effect and drawn as decorations.

import {
  type EditorState,
  type Extension,
  RangeSetBuilder,
  StateEffect,
  StateField,
} from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, WidgetType } from '@codemirror/view';
import { EDITOR_STRINGS } from './strings';
import type { EditorLang } from './types';

/** What the decorations show; the component sends a new one whenever the props change. */
export interface MarkerProps {
  markers: ReadonlyMap<number, readonly string[]>;
  selectedLines: { from: number; to: number } | null;
  selectedProcess: string | null;
  lang: EditorLang;
}

export const EMPTY_MARKERS: MarkerProps = {
  markers: new Map(),
  selectedLines: null,
  selectedProcess: null,
  lang: 'en',
};

export const setMarkers = StateEffect.define<MarkerProps>();

/** The most pills shown on one line; the rest are counted in a "+N". */
const MAX_PILLS = 4;

/** Where clicks on pills go (a name, or null to deselect): set by the component, read at click time. */
export interface SelectHandler {
  current: (name: string | null) => void;
}

class MarkerWidget extends WidgetType {
  constructor(
    readonly names: readonly string[],
    readonly selected: string | null,
    readonly lang: EditorLang,
    readonly handler: SelectHandler,
  ) {
    super();
  }

  override eq(other: MarkerWidget): boolean {
    return (
      other.selected === this.selected &&
      other.lang === this.lang &&
      other.names.length === this.names.length &&
      other.names.every((n, k) => n === this.names[k])
    );
  }

  toDOM(): HTMLElement {
    const s = EDITOR_STRINGS[this.lang];
    const box = document.createElement('span');
    box.className = 'cm-rdv-pills';
    for (const name of this.names.slice(0, MAX_PILLS)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cm-rdv-pill';
      button.append(pointer(), ` ${name}`);
      button.setAttribute('aria-label', s.selectProcess(name));
      button.setAttribute('aria-pressed', String(name === this.selected));
      button.dataset.process = name;
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', (e) => {
        e.preventDefault();
        // Like the code panel: clicking the selected process's pill clears the selection.
        this.handler.current(name === this.selected ? null : name);
      });
      box.append(button);
    }
    const rest = this.names.length - MAX_PILLS;
    if (rest > 0) {
      const more = document.createElement('span');
      more.className = 'cm-rdv-pill cm-rdv-more';
      more.textContent = `+${rest}`;
      more.title = this.names.slice(MAX_PILLS).join(', ');
      more.setAttribute('aria-label', s.moreProcesses(rest));
      box.append(more);
    }
    return box;
  }

  /** Clicks and keys on the pills are theirs, not the editor's. */
  override ignoreEvent(): boolean {
    return true;
  }
}

const markerLine = Decoration.line({ class: 'cm-rdv-marker-line' });
const selectedLine = Decoration.line({ class: 'cm-rdv-selected-line' });

function build(state: EditorState, props: MarkerProps, handler: SelectHandler): DecorationSet {
  const doc = state.doc;
  const builder = new RangeSetBuilder<Decoration>();
  const sel = props.selectedLines;
  const lines = new Set<number>();
  for (const [line, names] of props.markers)
    if (line >= 1 && line <= doc.lines && names.length > 0) lines.add(line);
  if (sel) {
    for (let l = Math.max(1, sel.from); l <= Math.min(doc.lines, sel.to); l++) lines.add(l);
  }
  for (const l of [...lines].sort((a, b) => a - b)) {
    const line = doc.line(l);
    const names = props.markers.get(l);
    if (sel && l >= sel.from && l <= sel.to) builder.add(line.from, line.from, selectedLine);
    if (names && names.length > 0) {
      builder.add(line.from, line.from, markerLine);
      builder.add(
        line.to,
        line.to,
        Decoration.widget({
          widget: new MarkerWidget(names, props.selectedProcess, props.lang, handler),
          side: 1,
        }),
      );
    }
  }
  return builder.finish();
}

/** The markers extension; `handler.current` receives the process of a clicked pill. */
export function markersExtension(handler: SelectHandler, initial: MarkerProps = EMPTY_MARKERS): Extension {
  const field = StateField.define<{ props: MarkerProps; deco: DecorationSet }>({
    create: (state) => ({ props: initial, deco: build(state, initial, handler) }),
    update(value, tr) {
      let props = value.props;
      for (const e of tr.effects) if (e.is(setMarkers)) props = e.value;
      if (props === value.props && !tr.docChanged) return value;
      // Lines are the run's lines: after an edit they are redrawn at the same line numbers.
      return { props, deco: build(tr.state, props, handler) };
    },
    provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
  });
  return field;
}

/** The ◀ before a process's name, drawn as SVG: it looks the same whatever fonts the machine has. */
function pointer(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '0.9em');
  svg.setAttribute('height', '0.9em');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M16 5.5v13L6.5 12z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}
