import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../lang';
import {
  filterSections,
  parseExpectation,
  queryTerms,
  Slugger,
  slugify,
  splitMatches,
  toSections,
} from './doc';
import { highlightRdv } from './highlight';
import { shortcutFor, SHORTCUTS } from './shortcuts';

describe('heading ids, as GitHub makes them', () => {
  it('lowercases, drops punctuation and turns spaces into dashes', () => {
    expect(slugify('How a run ends')).toBe('how-a-run-ends');
    expect(slugify('`barrier NAME [parties N]`')).toBe('barrier-name-parties-n');
    expect(slugify('`ask [LANG] "question" [answer "text"]`')).toBe('ask-lang-question-answer-text');
    expect(slugify('Checkpoints: predict, then reveal')).toBe('checkpoints-predict-then-reveal');
    expect(slugify('`process NAME` … `end`')).toBe('process-name--end');
    expect(slugify('snake_case stays')).toBe('snake_case-stays');
  });

  it('gives a heading that is exactly a code that same code', () => {
    for (const code of [...DIAGNOSTIC_CODES.map((d) => d.code), 'run-division-by-zero', 'run-worker-failed'])
      expect(slugify(code)).toBe(code);
  });

  it('keeps Korean letters', () => {
    expect(slugify('배리어: 모두 모일 때까지')).toBe('배리어-모두-모일-때까지');
  });

  it('numbers a repeated heading as GitHub does', () => {
    const slugger = new Slugger();
    expect(['Example', 'Example', 'Example-1', 'Example'].map((h) => slugger.slug(h))).toEqual([
      'example',
      'example-1',
      'example-1-1',
      'example-2',
    ]);
  });
});

const DOC = `# Reference

Intro text.

## Statements

### \`barrier B\`

Arrives at barrier B and **blocks**.

\`\`\`rdv
process A
  barrier meet
end
\`\`\`

→ \`completed\` at t=0

### \`send T\`

Sends a message; see [barrier](#barrier-b).

| statement | blocks? |
|---|---|
| \`ssend\` | Yes |

## 배리어

모든 참가자가 도착할 때까지 **기다립니다**.
`;

describe('sections and the search', () => {
  const sections = toSections(DOC);

  it('cuts a document at every heading, with ids and the outline above each', () => {
    expect(sections.map((s) => s.id)).toEqual(['reference', 'statements', 'barrier-b', 'send-t', '배리어']);
    expect(sections[2]!.trail).toEqual(['Reference', 'Statements']);
    expect(sections[4]!.trail).toEqual(['Reference']);
    expect(sections[2]!.body.map((t) => t.type)).toContain('code');
  });

  it('keeps text written before the first heading as its own section', () => {
    const withIntro = toSections('Before any heading.\n\n# Title\n\nText.');
    expect(withIntro.map((s) => s.id)).toEqual([null, 'title']);
  });

  it('finds the barrier statement section, ignoring case, in its heading and in its text', () => {
    const found = filterSections(sections, 'BARRIER').map((s) => s.id);
    expect(found).toContain('barrier-b');
    // `send T` mentions barrier only in a link's text: a reader sees it there, so it counts.
    expect(found).toEqual(['barrier-b', 'send-t']);
  });

  it('searches table cells and code, and wants every word of the query', () => {
    expect(filterSections(sections, 'ssend').map((s) => s.id)).toEqual(['send-t']);
    expect(filterSections(sections, 'meet').map((s) => s.id)).toEqual(['barrier-b']);
    expect(filterSections(sections, 'barrier arrives').map((s) => s.id)).toEqual(['barrier-b']);
    expect(filterSections(sections, 'barrier nowhere')).toEqual([]);
  });

  it('finds Korean text, whichever way its letters were composed', () => {
    expect(filterSections(sections, '기다립니다').map((s) => s.id)).toEqual(['배리어']);
    expect(filterSections(sections, '참가자'.normalize('NFD')).map((s) => s.id)).toEqual(['배리어']);
  });

  it('shows every section for an empty query', () => {
    expect(filterSections(sections, '   ')).toHaveLength(sections.length);
    expect(queryTerms('  Barrier   meet ')).toEqual(['barrier', 'meet']);
  });

  it('marks the matches in a piece of text', () => {
    expect(splitMatches('Arrives at Barrier B; barriers', ['barrier'])).toEqual([
      'Arrives at ',
      'Barrier',
      ' B; ',
      'barrier',
      's',
    ]);
    expect(splitMatches('no match here', ['barrier'])).toEqual(['no match here']);
    expect(splitMatches('text', [])).toEqual(['text']);
  });
});

describe('expected results under the examples', () => {
  it('reads an outcome, with or without its time', () => {
    expect(parseExpectation('→ `completed` at t=12')).toEqual({
      kind: 'outcome',
      outcome: 'completed',
      time: 12,
      rest: '',
    });
    expect(parseExpectation('→ `deadlock`')).toEqual({
      kind: 'outcome',
      outcome: 'deadlock',
      time: null,
      rest: '',
    });
  });

  it('reads a checker result, with or without its place', () => {
    expect(parseExpectation('→ check: `unknown-keyword` at 3:3')).toEqual({
      kind: 'check',
      code: 'unknown-keyword',
      line: 3,
      column: 3,
      rest: '',
    });
    expect(parseExpectation('→ check: `no-process`')).toMatchObject({ code: 'no-process', line: null });
  });

  it('keeps the explanation written after the result', () => {
    expect(parseExpectation('→ `completed` at t=4 — 모든 프로세스가 끝까지 실행됩니다.')?.rest).toBe(
      '모든 프로세스가 끝까지 실행됩니다.',
    );
    expect(parseExpectation('→ check: `missing-end` at 1:1: `process` is never closed')?.rest).toBe(
      '`process` is never closed',
    );
  });

  it('leaves anything else alone', () => {
    expect(parseExpectation('The run `completed` at t=3')).toBeNull();
    expect(parseExpectation('→ `finished` at t=3')).toBeNull();
  });
});

describe('the documents themselves', () => {
  for (const name of ['reference.en.md', 'reference.ko.md', 'guide.en.md', 'guide.ko.md']) {
    const text = readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');
    it(`${name}: every in-document link leads to a heading of that document`, () => {
      const ids = new Set(toSections(text).map((s) => s.id));
      const targets = [...text.matchAll(/\]\(#([^)\s]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
      expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    });
  }
});

describe('example colours and the shortcut table', () => {
  it('colours keywords, strings, numbers, comments and language tags, losing no text', () => {
    const code = 'process A # the client\n  note ko "안녕"\n  compute 12\nend\n';
    const pieces = highlightRdv(code);
    expect(pieces.map((p) => p.text).join('')).toBe(code);
    const kinds = Object.fromEntries(pieces.filter((p) => p.kind).map((p) => [p.text.trim(), p.kind]));
    expect(kinds).toEqual({
      process: 'keyword',
      '# the client': 'comment',
      note: 'keyword',
      ko: 'lang',
      '"안녕"': 'string',
      compute: 'keyword',
      '12': 'number',
      end: 'keyword',
    });
  });

  it('gives each key one meaning', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(shortcutFor('?')).toBe('help');
    expect(shortcutFor('Escape')).toBe('close');
    expect(shortcutFor('x')).toBeNull();
  });
});
