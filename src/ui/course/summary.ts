// The summary page's table is the concept guide's closing table (docs/guide.*.md, "Message passing
// versus barriers"), read from the guide itself so the two never disagree.

import { Lexer, type Tokens } from 'marked';

export interface ClosingTable {
  header: string[];
  rows: string[][];
  /** The guide's last word on it: the paragraph that ends the document ("Real programs use both…"). */
  closing: string | null;
}

/** The last table of `markdown` and the last paragraph after it that is not a line of links. */
export function closingTable(markdown: string): ClosingTable | null {
  const tokens = new Lexer().lex(markdown);
  let at = -1;
  tokens.forEach((t, k) => {
    if (t.type === 'table') at = k;
  });
  if (at < 0) return null;
  const table = tokens[at] as Tokens.Table;
  const paragraphs = tokens
    .slice(at + 1)
    .filter((t): t is Tokens.Paragraph => t.type === 'paragraph')
    .map((p) => p.text.replace(/\s+/g, ' ').trim())
    .filter((text) => !text.startsWith('[') && !text.startsWith('→') && !text.endsWith(':'));
  return {
    header: table.header.map((c) => c.text.trim()),
    rows: table.rows.map((r) => r.map((c) => c.text.trim())),
    closing: paragraphs.at(-1) ?? null,
  };
}
