// The help documents as data: Markdown cut into sections (a heading and what follows it, up to the
// next heading), each heading with GitHub's id for it, and the search that filters sections.
// No React here, so it is tested in Node.

import { Lexer, type Token, type Tokens } from 'marked';

/** GitHub's id for a heading: lowercase, punctuation dropped, each space a `-` (letters of any script kept). */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Ids for the headings of one document: a repeated heading gets `-1`, `-2`, … as on GitHub. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = slugify(text);
    let id = base;
    let n = this.seen.get(base) ?? 0;
    while (this.seen.has(id)) id = `${base}-${++n}`;
    this.seen.set(base, n);
    this.seen.set(id, 0);
    return id;
  }
}

/** The text a reader sees in some tokens: no Markdown marks, code spans as their code. */
export function plainText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  return tokens.map(tokenText).join('');
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'list':
      return (token as Tokens.List).items.map((item) => plainText(item.tokens)).join('\n');
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows]
        .map((row) => row.map((cell) => plainText(cell.tokens)).join(' '))
        .join('\n');
    }
    case 'code':
    case 'codespan':
    case 'escape':
      return (token as Tokens.Code).text;
    case 'space':
    case 'hr':
      return '\n';
    case 'html':
      return (token as Tokens.HTML).text.startsWith('<!--') ? '' : (token as Tokens.HTML).text;
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) return plainText(token.tokens as Token[]);
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
  }
}

export interface Section {
  /** The heading's id, or null for what comes before the first heading. */
  id: string | null;
  /** 1–6, or 0 for the part before the first heading. */
  depth: number;
  heading: Tokens.Heading | null;
  /** The plain titles of the headings above this one (the document's outline), outermost first. */
  trail: string[];
  /** The blocks after the heading, up to the next heading. */
  body: Token[];
  /** Heading and body as plain text, in lowercase, for the search. */
  searchText: string;
}

/** Cuts a Markdown document into sections at every heading. */
export function toSections(markdown: string): Section[] {
  const slugger = new Slugger();
  const sections: Section[] = [];
  let current: Section = { id: null, depth: 0, heading: null, trail: [], body: [], searchText: '' };
  const outline: { depth: number; title: string }[] = [];
  const close = () => {
    const text = `${plainText(current.heading?.tokens)}\n${plainText(current.body)}`;
    current.searchText = normalize(text);
    if (current.heading || current.body.some((t) => t.type !== 'space')) sections.push(current);
  };
  for (const token of Lexer.lex(markdown, { gfm: true })) {
    if (token.type === 'heading') {
      close();
      const heading = token as Tokens.Heading;
      const title = plainText(heading.tokens);
      while (outline.length > 0 && outline.at(-1)!.depth >= heading.depth) outline.pop();
      current = {
        id: slugger.slug(title),
        depth: heading.depth,
        heading,
        trail: outline.map((h) => h.title),
        body: [],
        searchText: '',
      };
      outline.push({ depth: heading.depth, title });
    } else current.body.push(token);
  }
  close();
  return sections;
}

/** How the search compares text: composed Unicode (Korean typed or pasted either way), lowercase. */
export function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase();
}

/** The words of a query, each of which a section must contain. */
export function queryTerms(query: string): string[] {
  return normalize(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** The sections that contain every word of the query (all of them for an empty query). */
export function filterSections(sections: readonly Section[], query: string): Section[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...sections];
  return sections.filter((s) => terms.every((term) => s.searchText.includes(term)));
}

/** The outcome an example in the documents promises, from the line `→ …` under it. */
export type Expectation = (
  | { kind: 'outcome'; outcome: string; time: number | null }
  | { kind: 'check'; code: string; line: number | null; column: number | null }
) & {
  /** What the line says after the result itself (an explanation), as Markdown, or ''. */
  rest: string;
};

const OUTCOME = /^→\s*`(completed|idle|deadlock|limit|error)`(?:\s+at\s+t\s*=\s*(\d+))?/;
const CHECK = /^→\s*check:\s*`([a-z0-9-]+)`(?:\s+at\s+(\d+):(\d+))?/;

/** Reads an expected-result line (`→ \`completed\` at t=12`, `→ check: \`unknown-keyword\` at 3:3`), or null. */
export function parseExpectation(text: string): Expectation | null {
  const line = text.trim();
  const rest = (match: RegExpExecArray) => line.slice(match[0].length).replace(/^[\s—–:;,.-]+/, '');
  const outcome = OUTCOME.exec(line);
  if (outcome)
    return {
      kind: 'outcome',
      outcome: outcome[1]!,
      time: outcome[2] === undefined ? null : Number(outcome[2]),
      rest: rest(outcome),
    };
  const check = CHECK.exec(line);
  if (check)
    return {
      kind: 'check',
      code: check[1]!,
      line: check[2] === undefined ? null : Number(check[2]),
      column: check[3] === undefined ? null : Number(check[3]),
      rest: rest(check),
    };
  return null;
}

/** Splits text around the query's words, so that the matches can be marked; odd parts are matches. */
export function splitMatches(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0 || text.length === 0) return [text];
  const lower = normalize(text);
  // Lowercasing can change a string's length (rare letters); then nothing is marked rather than the wrong part.
  if (lower.length !== text.length) return [text];
  const parts: string[] = [];
  let from = 0;
  let k = 0;
  while (k < text.length) {
    let hit = 0;
    for (const term of terms) if (term.length > hit && lower.startsWith(term, k)) hit = term.length;
    if (hit > 0) {
      parts.push(text.slice(from, k), text.slice(k, k + hit));
      k += hit;
      from = k;
    } else k++;
  }
  parts.push(text.slice(from));
  return parts;
}
