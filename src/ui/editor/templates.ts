// What each palette button inserts, and where: a statement line at the cursor with the right
// indentation, and the selection placed on the part the user most likely edits next. Pure.

import type { Scenario } from '../../lang';
import {
  BLOCK_KEYWORDS,
  blocksBefore,
  enclosingProcess,
  firstWord,
  indentOf,
  isBlank,
  lineEndOf,
  lineStartOf,
  lineStarts,
  openBlocks,
  processRanges,
  splitLines,
} from './scan';
import type { PaletteItem } from './strings';

/** One edit: replace [from, to) with `insert`, then select [anchor, head] (offsets after the edit). */
export interface Insertion {
  from: number;
  to: number;
  insert: string;
  anchor: number;
  head: number;
}

/** A template: its lines (relative indentation in whole levels), and the span to select. */
interface Template {
  lines: { depth: number; text: string }[];
  /** Line index and [start, end) columns (within `text`) to select; start === end places the cursor. */
  select: { line: number; start: number; end: number };
}

export interface TemplateContext {
  /** Names to use in templates (the first fitting one is used, else a placeholder). */
  scenario?: Scenario | null;
  /** The note template's caption. */
  noteText?: string;
  /** The ask template's question and answer. */
  askText?: string;
  answerText?: string;
  /** One level of indentation. */
  unit?: string;
}

const one = (text: string, pick?: string): Template => {
  const at = pick === undefined ? -1 : text.indexOf(pick);
  return {
    lines: [{ depth: 0, text }],
    select:
      at < 0
        ? { line: 0, start: text.length, end: text.length }
        : { line: 0, start: at, end: at + (pick?.length ?? 0) },
  };
};

const block = (head: string, pick?: string): Template => {
  const at = pick === undefined ? -1 : head.indexOf(pick);
  return {
    lines: [
      { depth: 0, text: head },
      { depth: 1, text: '' },
      { depth: 0, text: 'end' },
    ],
    select: at < 0 ? { line: 1, start: 0, end: 0 } : { line: 0, start: at, end: at + (pick?.length ?? 0) },
  };
};

/** `break` needs a `repeat` or `loop` around it: outside one, the palette gives the retry idiom. */
const retry = (target: string): Template => ({
  lines: [
    { depth: 0, text: 'repeat 3' },
    { depth: 1, text: `call ${target} "request" timeout 4` },
    { depth: 1, text: 'if not timedout' },
    { depth: 2, text: 'break' },
    { depth: 1, text: 'end' },
    { depth: 0, text: 'end' },
  ],
  select: { line: 1, start: 5, end: 5 + target.length },
});

/** Escapes text for a string literal of the language. */
const escape = (text: string): string => text.replace(/["\\]/g, '\\$&');

/** The template of a palette item, filled with names from the scenario where it has them. */
export function templateFor(
  item: PaletteItem,
  ctx: Omit<TemplateContext, 'unit'> & { self?: string | null; group?: boolean; inLoop?: boolean },
): Template {
  const scenario = ctx.scenario ?? null;
  const target = pickTarget(scenario, ctx.self ?? null);
  const queue = scenario?.queues[0]?.name ?? 'jobs';
  const barrier = scenario?.barriers[0]?.name ?? 'sync';
  const note = escape(ctx.noteText ?? 'What happens here?');
  switch (item) {
    case 'compute':
      return one('compute 2', '2');
    case 'send':
      return one(`send ${target} "hello"`, target);
    case 'ssend':
      return one(`ssend ${target} "hello"`, target);
    case 'recv':
      return one('recv');
    case 'call':
      return one(`call ${target} "request"`, target);
    case 'reply':
      return one('reply "response"', 'response');
    case 'publish':
      return one(`publish ${queue} "job"`, queue);
    case 'consume':
      return one(`consume ${queue}`, queue);
    case 'barrier':
      return one(`barrier ${barrier}`, barrier);
    case 'note':
      return one(`note "${note}"`, note);
    case 'break':
      return ctx.inLoop ? one('break') : retry(target);
    case 'ask': {
      const question = escape(ctx.askText ?? 'What happens next?');
      const answer = escape(ctx.answerText ?? 'Describe what happens.');
      return one(`ask "${question}" answer "${answer}"`, question);
    }
    case 'repeat':
      return block('repeat 3');
    case 'loop':
      return block('loop');
    case 'if':
      return block(ctx.group ? 'if i == 1' : 'if 1 == 1', ctx.group ? 'i == 1' : '1 == 1');
    case 'goal':
      return one('goal outcome completed', 'completed');
  }
}

/** A process to address: the first one that is not the sender (a group's first member), else `Server`. */
function pickTarget(scenario: Scenario | null, self: string | null): string {
  for (const p of scenario?.processes ?? []) {
    if (p.name === self) continue;
    return p.group ? `${p.name}[${p.group.first}]` : p.name;
  }
  return 'Server';
}

/**
 * Where and how to insert `item` with the cursor at `pos`:
 * - on a blank line, the template replaces it, indented for the enclosing block;
 * - with the cursor in a line's leading whitespace, it goes above that line;
 * - otherwise below the cursor's line (one level deeper when that line opens a block).
 * Statements belong in processes: with the cursor outside every process, the statement goes at the
 * end of the process above the cursor (else the first one), just before its `end`.
 */
export function insertTemplate(
  doc: string,
  pos: number,
  item: PaletteItem,
  ctx: TemplateContext = {},
): Insertion {
  const unit = ctx.unit ?? '  ';
  const start = lineStartOf(doc, pos);
  const end = lineEndOf(doc, pos);
  const line = doc.slice(start, end);
  const blocks = blocksBefore(doc, pos);
  const proc = enclosingProcess(blocks);
  if (item === 'goal') return insertGoal(doc, pos, blocks.length === 0 && isBlank(line));
  if (!proc && firstWord(line) !== 'process') {
    const cursorLine = splitLines(doc.slice(0, start)).length;
    const ranges = processRanges(splitLines(doc));
    const home = ranges.filter((r) => r.end < cursorLine).pop() ?? ranges[0];
    if (home) return insertTemplate(doc, lineStarts(doc)[home.end - 1] ?? 0, item, ctx);
  }

  let from: number;
  let to: number;
  let indent: string;
  let before = '';
  let after = '';
  const lineIndent = indentOf(line);
  const word = firstWord(line);
  if (isBlank(line)) {
    from = start;
    to = end;
    indent = blankLineIndent(doc, start, blocks.length, unit);
  } else if (pos - start <= lineIndent.length) {
    from = start;
    to = start;
    indent = word === 'end' || word === 'else' ? lineIndent + unit : lineIndent;
    after = '\n';
  } else {
    from = end;
    to = end;
    indent = word !== null && (BLOCK_KEYWORDS.has(word) || word === 'else') ? lineIndent + unit : lineIndent;
    before = '\n';
  }
  // Below a line, the statement lands in the blocks still open after that line.
  const around = before ? openBlocks(splitLines(doc.slice(0, end))) : blocks;
  const inLoop = around.some((b) => b.kind === 'repeat' || b.kind === 'loop');
  const tpl = templateFor(item, { ...ctx, self: proc?.name ?? null, group: proc?.group ?? false, inLoop });

  const rendered = tpl.lines.map((l) =>
    l.text ? indent + unit.repeat(l.depth) + l.text : indent + unit.repeat(l.depth),
  );
  const insert = before + rendered.join('\n') + after;
  let offset = from + before.length;
  for (let k = 0; k < tpl.select.line; k++) offset += (rendered[k]?.length ?? 0) + 1;
  const selectedLine = tpl.lines[tpl.select.line];
  const lead = indent.length + unit.length * (selectedLine?.depth ?? 0);
  return {
    from,
    to,
    insert,
    anchor: offset + lead + tpl.select.start,
    head: offset + lead + tpl.select.end,
  };
}

/**
 * A goal is a top-level line: it fills the blank top-level line the cursor is on, else it goes on a
 * new line at the end of the text, where an exercise's goals usually stand.
 */
function insertGoal(doc: string, pos: number, onBlankTopLine: boolean): Insertion {
  const tpl = templateFor('goal', {});
  const text = tpl.lines[0]?.text ?? '';
  let from: number;
  let to: number;
  let before = '';
  if (onBlankTopLine) {
    from = lineStartOf(doc, pos);
    to = lineEndOf(doc, pos);
  } else {
    from = doc.replace(/\s+$/u, '').length;
    to = doc.length;
    before = from === 0 ? '' : '\n';
  }
  const after = onBlankTopLine ? '' : '\n';
  const at = from + before.length;
  return {
    from,
    to,
    insert: before + text + after,
    anchor: at + tpl.select.start,
    head: at + tpl.select.end,
  };
}

/** Indentation for a statement on the blank line starting at `start`: follow the line above. */
function blankLineIndent(doc: string, start: number, depth: number, unit: string): string {
  const above = splitLines(doc.slice(0, start)).slice(0, -1);
  for (let k = above.length - 1; k >= 0; k--) {
    const text = above[k] ?? '';
    const word = firstWord(text);
    if (word === null) continue;
    const indent = indentOf(text);
    return BLOCK_KEYWORDS.has(word) || word === 'else' ? indent + unit : indent;
  }
  return unit.repeat(depth);
}
