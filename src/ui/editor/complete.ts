// What to offer at the cursor: keywords at the start of a line (statement keywords inside a
// process, top-level ones outside), declared names after the keywords that take them. Pure: the
// CodeMirror adapter turns the answer into a CompletionResult.

import type { Scenario } from '../../lang';
import { GOAL_KINDS, OUTCOME_KINDS } from '../../lang/goallines';
import {
  blocksBefore,
  enclosingProcess,
  lineStartOf,
  NAME_SOURCE,
  STATEMENT_KEYWORDS,
  TOP_KEYWORDS,
} from './scan';
import { EDITOR_STRINGS } from './strings';
import type { EditorLang } from './types';

/** Mirrors CodeMirror's `Completion` (only the fields used here). */
export interface CompletionItem {
  label: string;
  /** CodeMirror's icon class: `keyword`, `variable`, `type`, `constant`, `enum`. */
  type: 'keyword' | 'variable' | 'type' | 'constant' | 'enum';
  detail?: string;
  info?: string;
  /** Text inserted instead of the label (a group's `W[`). */
  apply?: string;
}

export interface CompletionAnswer {
  /** Where the word being completed starts. */
  from: number;
  options: CompletionItem[];
}

export interface CompleteOptions {
  /**
   * The scenario of a text (usually `check(text).scenario`). It is asked about the document with
   * the word being typed taken out, so a half-typed name (an implicit queue) is not offered back.
   */
  scenarioOf: (text: string) => Scenario;
  lang: EditorLang;
  /** True when the user asked (Ctrl-Space): then an empty word at a line's start gets keywords too. */
  explicit: boolean;
}

/** Characters that keep the current answer valid while the user types on (re-filtered, not re-asked). */
export const VALID_FOR = /^[\p{L}\p{N}\p{M}_]*$/u;

const PARTIAL = new RegExp(`${NAME_SOURCE}$`, 'u');
const TOKEN = new RegExp(`(${NAME_SOURCE})|([0-9]+)|("(?:[^"\\\\]|\\\\.)*"?)|(==|!=|<=|>=|\\.\\.|\\S)`, 'gu');

const TARGET_KEYWORDS = new Set(['send', 'ssend', 'call']);
const QUEUE_KEYWORDS = new Set(['publish', 'consume']);
const TAGGED_KEYWORDS = new Set(['title', 'about', 'note', 'ask']);
/** Statements that may end with `timeout E` (SPEC §6). */
const TIMEOUT_KEYWORDS = new Set(['recv', 'ssend', 'call', 'consume', 'barrier']);
const FAULT_OPTIONS = ['count', 'from', 'skip'];

interface Prefix {
  /** Words and symbols before the word being typed (strings collapse to `"`). */
  tokens: string[];
  /** The word being typed (may be empty). */
  partial: string;
}

/** Reads a line up to the cursor; null when the cursor sits in a string or a comment. */
export function readPrefix(text: string): Prefix | null {
  // In a string or a comment?
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (inString) {
      if (c === '\\') k++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '#') return null;
  }
  if (inString) return null;
  const partial = PARTIAL.exec(text)?.[0] ?? '';
  const before = text.slice(0, text.length - partial.length);
  // A word glued to a number or another word's tail is not a fresh word (`x1` is handled by PARTIAL).
  if (partial && /[0-9]$/.test(before)) return null;
  const tokens: string[] = [];
  for (const m of before.matchAll(TOKEN)) tokens.push(m[3] !== undefined ? '"' : m[0]);
  return { tokens, partial };
}

/** Completions at `pos` in `doc`, or null when there is nothing sensible to offer. */
export function completeAt(doc: string, pos: number, opts: CompleteOptions): CompletionAnswer | null {
  const start = lineStartOf(doc, pos);
  const prefix = readPrefix(doc.slice(start, pos));
  if (!prefix) return null;
  const { tokens, partial } = prefix;
  const from = pos - partial.length;
  const s = EDITOR_STRINGS[opts.lang];
  const blocks = blocksBefore(doc, pos);
  const inProcess = enclosingProcess(blocks) !== null;
  const answer = (options: CompletionItem[]): CompletionAnswer | null =>
    options.length > 0 ? { from, options } : null;
  const keyword = (word: string): CompletionItem => ({
    label: word,
    type: 'keyword',
    detail: s.keyword,
    ...(s.info[word] ? { info: s.info[word] } : {}),
  });

  if (tokens.length === 0) {
    if (!partial && !opts.explicit) return null;
    if (!inProcess) return answer(TOP_KEYWORDS.map(keyword));
    const innermost = blocks[blocks.length - 1];
    const words: string[] = [...STATEMENT_KEYWORDS, ...(innermost?.kind === 'if' ? ['else'] : []), 'end'];
    return answer(words.map(keyword));
  }

  const [first, second, third] = tokens;
  const n = tokens.length;
  const names = namesOf(opts.scenarioOf(doc.slice(0, from) + doc.slice(pos)), opts.lang);
  if (first === 'if' && inProcess && n === 1) return answer([keyword('timedout'), keyword('not')]);
  if (first === 'if' && inProcess && n === 2 && second === 'not') return answer([keyword('timedout')]);
  if (first === 'recv' && n === 1) return answer([keyword('from'), keyword('timeout')]);
  if (inProcess && first !== undefined && takesTimeout(tokens)) return answer([keyword('timeout')]);
  if (!inProcess && first !== undefined) {
    const fault = faultWords(tokens, names);
    if (fault) return answer(fault.map((w) => (typeof w === 'string' ? keyword(w) : w)));
    if (first === 'goal') {
      const goal = goalWords(tokens, names);
      const tag = (lang: 'en' | 'ko'): CompletionItem => ({
        label: lang,
        type: 'constant',
        detail: s.language,
        info: lang === 'en' ? 'English' : '한국어',
      });
      const outcome = (kind: string): CompletionItem => ({
        label: kind,
        type: 'enum',
        detail: s.outcome,
        ...(s.info[kind] ? { info: s.info[kind] } : {}),
      });
      if (goal === 'kinds') return answer(GOAL_KINDS.map(keyword));
      if (goal === 'outcomes') return answer(OUTCOME_KINDS.map(outcome));
      if (goal === 'processes') return answer(wholeProcesses(names));
      if (Array.isArray(goal)) return answer(goal.map((w) => (w === 'lose' ? keyword(w) : tag(w))));
      return null;
    }
  }
  if (n === 1 && first !== undefined && TARGET_KEYWORDS.has(first)) return answer(names.processes);
  if (first === 'recv' && n === 1) return answer([keyword('from')]);
  if (first === 'recv' && second === 'from' && n === 2) return answer(names.processes);
  if (n === 1 && first !== undefined && QUEUE_KEYWORDS.has(first)) return answer(names.queues);
  if (first === 'barrier' && n === 1) return inProcess ? answer(names.barriers) : null;
  if (first === 'barrier' && n === 2 && !inProcess && isName(second)) return answer([keyword('parties')]);
  if (first === 'queue' && n === 2 && !inProcess && isName(second)) return answer([keyword('capacity')]);
  if (first === 'link' && n <= 2 && !inProcess) {
    const taken = n === 2 ? second : undefined;
    return answer([...names.processes, ...names.queues].filter((o) => o.label !== taken));
  }
  if (first === 'link' && n === 3 && isName(second) && isName(third)) return answer([keyword('latency')]);
  if (
    n === 1 &&
    first !== undefined &&
    TAGGED_KEYWORDS.has(first) &&
    (first === 'note' || first === 'ask') === inProcess
  ) {
    return answer(
      (['en', 'ko'] as const).map((tag) => ({
        label: tag,
        type: 'constant',
        detail: s.language,
        info: tag === 'en' ? 'English' : '한국어',
      })),
    );
  }
  return null;
}

/** Whether a blocking statement is complete up to the cursor, so `timeout` may follow. */
function takesTimeout(tokens: readonly string[]): boolean {
  const [first, second] = tokens;
  const last = tokens[tokens.length - 1];
  if (first === undefined || !TIMEOUT_KEYWORDS.has(first) || tokens.includes('timeout')) return false;
  if (tokens.filter((t) => t === '[').length !== tokens.filter((t) => t === ']').length) return false;
  if (!(isName(last) || last === ']' || last === '"')) return false;
  return first === 'recv' ? second === 'from' && tokens.length >= 3 : tokens.length >= 2;
}

/** `W [ 2 ]` read as one end `W[2]`, so positions on a fault line count ends, not symbols. */
function collapseEnds(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] ?? '';
    if (isName(t) && tokens[k + 1] === '[' && /^[0-9]+$/.test(tokens[k + 2] ?? '') && tokens[k + 3] === ']') {
      out.push(`${t}[${tokens[k + 2]}]`);
      k += 3;
    } else out.push(t);
  }
  return out;
}

/**
 * What may come next on a goal line (SPEC §7): its kind, then an outcome or a process, and after a
 * complete goal the languages of its words not yet given. Operators and numbers are left to the user.
 */
function goalWords(
  tokens: readonly string[],
  names: Names,
): 'kinds' | 'outcomes' | 'processes' | ('en' | 'ko' | 'lose')[] | null {
  const t = collapseEnds(tokens);
  const [, kind] = t;
  const n = t.length;
  if (n === 1) return 'kinds';
  if (n === 2 && (kind === 'outcome' || kind === 'never' || kind === 'can')) return 'outcomes';
  if (n === 2 && (kind === 'blocked' || kind === 'delivered'))
    return names.processes.length > 0 ? 'processes' : null;
  // `goal never K` and `goal can K` may go on with `lose N` (SPEC §8: up to N messages lost).
  const orders = kind === 'never' || kind === 'can';
  if (orders && n === 4 && t[3] === 'lose') return null;
  const losing = orders && t[3] === 'lose';
  // Where the goal itself ends: `goal outcome K`, `goal time OP N`, `goal blocked P OP N`.
  const head =
    kind === 'outcome' || (orders && !losing)
      ? 3
      : losing
        ? 5
        : kind === 'time'
          ? 4
          : kind === 'blocked' || kind === 'delivered'
            ? 5
            : 0;
  if (head === 0 || n < head) return null;
  if (head !== 3 && !/^[0-9]+$/.test(t[head - 1] ?? '')) return null;
  // The words come in pairs `[LANG] "text"`: a language only where a pair may start.
  const last = t[n - 1];
  if (n > head && last !== '"') return null;
  const used = t.slice(head).filter((x) => x === 'en' || x === 'ko');
  const langs = (['en', 'ko'] as const).filter((l) => !used.includes(l));
  return orders && n === 3 ? [...langs, 'lose'] : langs;
}

/** A group's name alone stands for every member, so it is offered whole. */
function wholeProcesses(names: Names): CompletionItem[] {
  return names.processes.map((p) => {
    const label = p.label.endsWith('[') ? p.label.slice(0, -1) : p.label;
    return { label, type: p.type, ...(p.detail ? { detail: p.detail } : {}) };
  });
}

/** What may come next on a fault line: its ends (names), then its words. */
function faultWords(tokens: readonly string[], names: Names): (string | CompletionItem)[] | null {
  const t = collapseEnds(tokens);
  const [first] = t;
  const n = t.length;
  const isEnd = (x: string | undefined) =>
    x !== undefined && /^[^[]+(\[[0-9]+\])?$/u.test(x) && isName(x.split('[')[0]);
  const processes = wholeProcesses(names);
  if (first === 'crash' || first === 'restart') {
    if (n === 1) return processes;
    if (n === 2 && isEnd(t[1])) return ['at'];
    return null;
  }
  if (first !== 'lose' && first !== 'delay' && first !== 'cut') return null;
  if (n === 1) return [...processes, ...names.queues];
  if (n === 2 && isEnd(t[1])) return [...processes, ...names.queues];
  if (n < 3 || !isEnd(t[1]) || !isEnd(t[2])) return null;
  if (first === 'cut') return n === 3 ? ['from'] : n === 5 && t[3] === 'from' ? ['to'] : null;
  if (first === 'delay' && n === 3) return ['by'];
  const last = t[n - 1] ?? '';
  if (n > 3 && !/^[0-9]+$/.test(last)) return null;
  return FAULT_OPTIONS.filter((o) => !t.slice(3).includes(o));
}

function isName(token: string | undefined): boolean {
  return token !== undefined && new RegExp(`^${NAME_SOURCE}$`, 'u').test(token);
}

interface Names {
  processes: CompletionItem[];
  queues: CompletionItem[];
  barriers: CompletionItem[];
}

/** The declared names as completion options: processes (groups as `W[`), queues, barriers. */
export function namesOf(scenario: Scenario, lang: EditorLang): Names {
  const s = EDITOR_STRINGS[lang];
  return {
    processes: scenario.processes.map((p) =>
      p.group
        ? {
            label: `${p.name}[`,
            type: 'variable',
            detail: s.group(p.group.first, p.group.last),
            apply: `${p.name}[`,
          }
        : { label: p.name, type: 'variable', detail: s.process },
    ),
    queues: scenario.queues.map((q) => ({ label: q.name, type: 'type', detail: s.queue })),
    barriers: scenario.barriers.map((b) => ({ label: b.name, type: 'enum', detail: s.barrier })),
  };
}
