// Keeps the language reference and the concept guide honest: every ```rdv example is checked or
// run and must give the result stated under it, every diagnostic and run-time error code has its
// own heading, guide links name real built-in scenarios, and the English and Korean documents
// show the same examples in the same order.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, DIAGNOSTIC_CODES } from '../src/lang';
import { RUN_ERROR_CODES } from '../src/lang/diagnostics.run';
import { runSource } from '../src/runtime/inprocess';
import { BUILTINS } from '../src/scenarios/all';
import { Slugger, slugify } from '../src/ui/help/doc';

const REFERENCES = ['reference.en.md', 'reference.ko.md'] as const;
const GUIDES = ['guide.en.md', 'guide.ko.md'] as const;
const DOCS = [...REFERENCES, ...GUIDES];

/** Run-time error codes (SPEC §2 "error" outcomes), documented next to the checker's codes. */
const RUN_CODES = RUN_ERROR_CODES.map((r) => r.code);

const OUTCOMES = ['completed', 'idle', 'deadlock', 'limit', 'error'] as const;
type OutcomeKind = (typeof OUTCOMES)[number];

type Expected =
  | { type: 'run'; kind: OutcomeKind; time: number | null }
  | { type: 'check'; code: string; line: number | null; col: number | null };

interface Example {
  /** 1-based line of the opening fence in its document. */
  line: number;
  source: string;
  /** What the arrow line under the block states, or null when there is no arrow line. */
  expected: Expected | null;
  /** The arrow line as written (or what stands there instead). */
  arrow: string;
}

const RUN_ARROW = new RegExp(`^→ \`(${OUTCOMES.join('|')})\``);
const CHECK_ARROW = /^→ check: `([a-z-]+)`/;

/** Reads an arrow line: `→ \`completed\` at t=12` or `→ check: \`unknown-keyword\` at 3:3`. */
function parseArrow(text: string): Expected | null {
  const run = RUN_ARROW.exec(text);
  const chk = run ? null : CHECK_ARROW.exec(text);
  const head = run ?? chk;
  if (!head) return null;
  // Whatever follows is free text, unless it starts with " at": then it must be the time or position.
  const rest = text.slice(head[0].length);
  const at = run ? /^ at t=(\d+)(?![\w:]|\.\d)/.exec(rest) : /^ at (\d+):(\d+)(?![\w:]|\.\d)/.exec(rest);
  if (!at && /^ at\b/.test(rest)) return null;
  if (run) return { type: 'run', kind: run[1] as OutcomeKind, time: at ? Number(at[1]) : null };
  return {
    type: 'check',
    code: chk![1]!,
    line: at ? Number(at[1]) : null,
    col: at ? Number(at[2]) : null,
  };
}

/** Every ```rdv block of a Markdown text with the arrow line of the paragraph right after it. */
function extractExamples(markdown: string): Example[] {
  const lines = markdown.split(/\r?\n/);
  const out: Example[] = [];
  for (let k = 0; k < lines.length; k++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[k]!);
    if (!open) continue;
    const fence = open[1]!;
    const info = open[2]!;
    const start = k;
    const body: string[] = [];
    for (k++; k < lines.length; k++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[k]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(lines[k]!);
    }
    if (info !== 'rdv') continue;
    let next = k + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const arrow = lines[next]?.trim() ?? '';
    out.push({ line: start + 1, source: `${body.join('\n')}\n`, expected: parseArrow(arrow), arrow });
  }
  return out;
}

/** A language-neutral summary of an expected result, for comparing the en and ko documents. */
function signature(e: Example): string {
  if (e.expected === null) return `no arrow (line ${e.line})`;
  return e.expected.type === 'run'
    ? `${e.expected.kind}${e.expected.time === null ? '' : ` at t=${e.expected.time}`}`
    : `check ${e.expected.code}`;
}

interface Heading {
  level: number;
  text: string;
}

/** ATX headings outside fenced blocks. */
function headings(markdown: string): Heading[] {
  const out: Heading[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) out.push({ level: h[1]!.length, text: h[2]! });
  }
  return out;
}

const read = (name: string): string => readFileSync(new URL(name, import.meta.url), 'utf8');
const texts = new Map<string, string>(DOCS.map((d) => [d, read(d)]));
const text = (name: string): string => texts.get(name) ?? '';

describe('extracting examples', () => {
  it('reads blocks, their arrow lines and ignores other fences', () => {
    const md = [
      '```rdv',
      'process A',
      'end',
      '```',
      '',
      '→ `completed` at t=3 — done.',
      '',
      '```text',
      'compute E',
      '```',
      '',
      '````rdv',
      'process B',
      '```',
      'end',
      '````',
      'No arrow here.',
      '```rdv',
      'sned',
      '```',
      '→ check: `unknown-keyword` at 1:1',
    ].join('\n');
    const found = extractExamples(md);
    expect(found.map((e) => [e.line, e.source, e.expected])).toEqual([
      [1, 'process A\nend\n', { type: 'run', kind: 'completed', time: 3 }],
      [12, 'process B\n```\nend\n', null],
      [18, 'sned\n', { type: 'check', code: 'unknown-keyword', line: 1, col: 1 }],
    ]);
  });

  it('accepts only the documented arrow forms', () => {
    expect(parseArrow('→ `idle`')).toEqual({ type: 'run', kind: 'idle', time: null });
    expect(parseArrow('→ `deadlock` at t=2 — A와 B가 서로를 기다립니다.')).toEqual({
      type: 'run',
      kind: 'deadlock',
      time: 2,
    });
    expect(parseArrow('→ check: `else-if`')).toMatchObject({ code: 'else-if', line: null });
    expect(parseArrow('→ `finished` at t=2')).toBeNull();
    expect(parseArrow('→ `completed` at t=2x')).toBeNull();
    expect(parseArrow('Result: `completed`')).toBeNull();
  });
});

describe.each(DOCS)('%s', (doc) => {
  const examples = extractExamples(text(doc));

  it('has examples, each followed by an arrow line', () => {
    expect(examples.length).toBeGreaterThan(doc.startsWith('reference') ? 40 : 2);
    const missing = examples.filter((e) => e.expected === null).map((e) => `line ${e.line}: ${e.arrow}`);
    expect(missing).toEqual([]);
  });

  it('links only to anchors of its own headings', () => {
    // The ids the help panel (and GitHub) give the headings: repeated ones become `barrier-1`, …
    const slugger = new Slugger();
    const anchors = new Set(headings(text(doc)).map((h) => slugger.slug(h.text)));
    const links = [...text(doc).matchAll(/\]\(#([^)\s]*)\)/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links.filter((a) => !anchors.has(a))).toEqual([]);
  });

  it.each(examples.map((e) => [e.line, e] as const))(
    'the example at line %i gives what it states',
    (_, e) => {
      const expected = e.expected;
      if (expected === null) throw new Error(`no arrow line under the example (found: ${e.arrow})`);
      const result = check(e.source);
      const found = result.diagnostics.map((d) => `${d.code} at ${d.span.line}:${d.span.col}`);
      if (expected.type === 'check') {
        const codes = result.diagnostics.map((d) => d.code);
        expect(codes).toContain(expected.code);
        if (expected.line !== null)
          expect(found).toContain(`${expected.code} at ${expected.line}:${expected.col}`);
        return;
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      expect(errors).toEqual([]);
      const { outcome } = runSource(e.source);
      expect(outcome.kind).toBe(expected.kind);
      if (expected.time !== null) expect(outcome.time).toBe(expected.time);
    },
  );
});

describe.each(REFERENCES)('%s lists every problem', (doc) => {
  const list = headings(text(doc));
  const titles = list.map((h) => h.text);

  it('has a heading for every checker diagnostic and run-time error code', () => {
    const codes = [...DIAGNOSTIC_CODES.map((d) => d.code), ...RUN_CODES];
    expect(codes.filter((c) => !titles.includes(c))).toEqual([]);
  });

  it('lists every warning after every error', () => {
    const at = (code: string) => titles.indexOf(code);
    const errors = [
      ...DIAGNOSTIC_CODES.filter((d) => d.severity === 'error').map((d) => d.code),
      ...RUN_CODES,
    ];
    const warnings = DIAGNOSTIC_CODES.filter((d) => d.severity === 'warning').map((d) => d.code);
    const lastError = Math.max(...errors.map(at));
    expect(warnings.filter((w) => at(w) < lastError)).toEqual([]);
  });

  it('gives each code the anchor #code (no earlier heading takes it)', () => {
    const slugs = list.map((h) => slugify(h.text));
    for (const code of [...DIAGNOSTIC_CODES.map((d) => d.code), ...RUN_CODES]) {
      expect(slugs.indexOf(code), code).toBe(titles.indexOf(code));
    }
  });
});

describe('links to built-in scenarios', () => {
  const ids = new Set(BUILTINS.map((b) => b.id));

  it.each(DOCS)('%s links only to built-in ids', (doc) => {
    const links = [...text(doc).matchAll(/\]\(scenario:([^)\s]*)\)/g)].map((m) => m[1]!);
    if (doc.startsWith('guide')) expect(links.length).toBeGreaterThan(5);
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the English and Korean documents agree', () => {
  it.each([
    ['reference.en.md', 'reference.ko.md'],
    ['guide.en.md', 'guide.ko.md'],
  ])('%s and %s show the same examples in the same order', (en, ko) => {
    const a = extractExamples(text(en)).map(signature);
    const b = extractExamples(text(ko)).map(signature);
    expect(b).toEqual(a);
  });

  it.each([
    ['guide.en.md', 'guide.ko.md'],
    ['reference.en.md', 'reference.ko.md'],
  ])('%s and %s link to the same scenarios in the same order', (en, ko) => {
    const links = (doc: string) => [...text(doc).matchAll(/\]\(scenario:([^)\s]*)\)/g)].map((m) => m[1]);
    expect(links(ko)).toEqual(links(en));
  });
});
