// A light reading of `.rdv` text around the cursor, shared by completion and the palette: which
// blocks are open at a line, and what a line starts with. No CodeMirror here, so it runs in Node.

/** Keywords that start a statement inside a process, and a top-level line: the language's own lists. */
export { STATEMENTS as STATEMENT_KEYWORDS } from '../../lang/statements';
export { TOP_LINES as TOP_KEYWORDS } from '../../lang/toplevel';

/** Statements that open a block closed by `end`. */
export const BLOCK_KEYWORDS: ReadonlySet<string> = new Set(['process', 'repeat', 'loop', 'if']);

/** One name: a letter or `_`, then letters, digits, marks or `_` (Unicode letters included). */
export const NAME_SOURCE = '[\\p{L}_][\\p{L}\\p{N}\\p{M}_]*';
const LEADING_NAME = new RegExp(`^[^\\S\\r\\n]*(${NAME_SOURCE})`, 'u');
const PROCESS_HEADER = new RegExp(
  `^[^\\S\\r\\n]*process[^\\S\\r\\n]+(${NAME_SOURCE})[^\\S\\r\\n]*(\\[)?`,
  'u',
);

export type BlockKind = 'process' | 'repeat' | 'loop' | 'if';

export interface OpenBlock {
  kind: BlockKind;
  /** 1-based line that opened the block. */
  line: number;
  /** The opening line's indentation (its leading whitespace). */
  indent: string;
  /** For a process: its name, and whether it is a group (`process W[1..4]`). */
  name?: string;
  group?: boolean;
}

/** Splits text into lines the way the checker and CodeMirror do (`\r\n`, `\r` or `\n`). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The first word of a line (a keyword, usually), or null for a blank or comment-only line. */
export function firstWord(line: string): string | null {
  const m = LEADING_NAME.exec(line);
  return m ? (m[1] ?? null) : null;
}

/** The line's leading whitespace. */
export function indentOf(line: string): string {
  return /^[^\S\r\n]*/.exec(line)?.[0] ?? '';
}

/** True when the line holds nothing but whitespace (comments count as content). */
export function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/**
 * The blocks still open after reading `lines` (innermost last). Mirrors the parser's recovery:
 * a `process` line closes whatever was left open, an extra `end` is ignored.
 */
export function openBlocks(lines: readonly string[]): OpenBlock[] {
  const stack: OpenBlock[] = [];
  lines.forEach((text, k) => {
    const word = firstWord(text);
    if (word === null) return;
    if (word === 'end') {
      stack.pop();
    } else if (word === 'process') {
      stack.length = 0;
      const header = PROCESS_HEADER.exec(text);
      stack.push({
        kind: 'process',
        line: k + 1,
        indent: indentOf(text),
        ...(header?.[1] ? { name: header[1], group: header[2] === '[' } : {}),
      });
    } else if (BLOCK_KEYWORDS.has(word)) {
      stack.push({ kind: word as BlockKind, line: k + 1, indent: indentOf(text) });
    }
  });
  return stack;
}

/** The `process` … `end` blocks that are closed: 1-based lines of their header and their `end`. */
export function processRanges(lines: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  lines.forEach((text, k) => {
    const word = firstWord(text);
    if (word === 'process') {
      depth = 1;
      start = k + 1;
    } else if (word === 'end' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: k + 1 });
    } else if (word !== null && depth > 0 && BLOCK_KEYWORDS.has(word)) depth++;
  });
  return out;
}

/** Blocks open at the start of the line holding `pos` (a UTF-16 offset into `doc`). */
export function blocksBefore(doc: string, pos: number): OpenBlock[] {
  return openBlocks(splitLines(doc.slice(0, lineStartOf(doc, pos))).slice(0, -1));
}

/** Offset where each line starts (index 0 is line 1), with any line breaks. */
export function lineStarts(doc: string): number[] {
  const out = [0];
  for (let k = 0; k < doc.length; k++) {
    const c = doc.charCodeAt(k);
    if (c === 13 && doc.charCodeAt(k + 1) === 10) k++;
    if (c === 10 || c === 13) out.push(k + 1);
  }
  return out;
}

/** Offset where the line holding `pos` starts. */
export function lineStartOf(doc: string, pos: number): number {
  let k = Math.min(Math.max(pos, 0), doc.length);
  while (k > 0) {
    const c = doc.charCodeAt(k - 1);
    if (c === 10 || c === 13) break;
    k--;
  }
  return k;
}

/** Offset just past the last character of the line holding `pos` (before its line break). */
export function lineEndOf(doc: string, pos: number): number {
  let k = Math.min(Math.max(pos, 0), doc.length);
  while (k < doc.length) {
    const c = doc.charCodeAt(k);
    if (c === 10 || c === 13) break;
    k++;
  }
  return k;
}

/** The enclosing process of a set of open blocks, if any. */
export function enclosingProcess(blocks: readonly OpenBlock[]): OpenBlock | null {
  return blocks[0]?.kind === 'process' ? blocks[0] : null;
}
