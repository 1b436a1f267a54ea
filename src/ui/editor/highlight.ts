// Colours of `.rdv` tokens: a highlighter from CodeMirror's tag names to classes, styled in the
// editor theme. Every colour keeps at least 4.5:1 contrast on white and on the marker/selection tints.

import type { syntaxHighlighting } from '@codemirror/language';

type Highlighter = Parameters<typeof syntaxHighlighting>[0];

/** Tag name (as `Tag.toString()` prints it) → class. Tags fall back to their parents (`set`). */
const CLASSES: Readonly<Record<string, string>> = {
  comment: 'rdv-comment',
  controlKeyword: 'rdv-control',
  keyword: 'rdv-keyword',
  string: 'rdv-string',
  number: 'rdv-number',
  'definition(variableName)': 'rdv-def',
  'special(variableName)': 'rdv-special',
  variableName: 'rdv-name',
  atom: 'rdv-atom',
  operator: 'rdv-operator',
  invalid: 'rdv-invalid',
};

/** Maps tags to classes without importing `@lezer/highlight` (not a direct dependency). */
export const rdvHighlighter: Highlighter = {
  style(tags) {
    const out: string[] = [];
    for (const tag of tags) {
      for (const t of tag.set) {
        const cls = CLASSES[String(t)];
        if (cls) {
          out.push(cls);
          break;
        }
      }
    }
    return out.length > 0 ? out.join(' ') : null;
  },
};

/** Token colours (AA on white, on the marker tint #e8f2fc and on the selection tint #f3edff). */
export const TOKEN_STYLES = {
  '.rdv-keyword': { color: '#7a2aa0', fontWeight: '600' },
  '.rdv-control': { color: '#a3245c', fontWeight: '600' },
  '.rdv-string': { color: '#a13a00' },
  '.rdv-number': { color: '#0a6b4a' },
  '.rdv-comment': { color: '#56606b', fontStyle: 'italic' },
  '.rdv-def': { color: '#0b57a4', fontWeight: '600' },
  '.rdv-name': { color: '#1b1f27' },
  '.rdv-special': { color: '#8a4b00', fontStyle: 'italic' },
  '.rdv-atom': { color: '#7a5a00' },
  '.rdv-operator': { color: '#475160' },
  '.rdv-invalid': { color: '#b00020' },
} as const;
