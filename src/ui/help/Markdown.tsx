// Markdown tokens (from marked's lexer) drawn as React elements: no HTML strings anywhere.
// Links are the app's own: `scenario:ID` opens a built-in, `#id` scrolls inside the help.

import { createContext, Fragment, useContext, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';
import { isBuiltin } from '../../scenarios';
import { appStore } from '../../store';
import type { HelpTab } from '../../store/view';
import { parseExpectation, splitMatches } from './doc';
import { RdvExample } from './RdvExample';
import type { HelpStrings } from './strings';
import { Icon } from '../controls/icons';

export interface DocContextValue {
  tab: HelpTab;
  /** The search's words, marked wherever they appear. */
  terms: readonly string[];
  s: HelpStrings;
  /** The id of the section being drawn (where `Try it` leads back to). */
  section: string | null;
}

export const DocContext = createContext<DocContextValue | null>(null);

function useDoc(): DocContextValue {
  const doc = useContext(DocContext);
  if (!doc) throw new Error('Markdown needs a DocContext');
  return doc;
}

/** `guide.ko.md#id`, `./reference.en.md`: a link to the other document of the help. */
const DOC_LINK = /^(?:\.\/)?(?:docs\/)?(guide|reference)\.(?:en|ko)\.md(?:#(.*))?$/;

/** Block tokens; an `rdv` example and the `→ …` line after it are drawn together. */
export function Blocks({ tokens }: { tokens: readonly Token[] }) {
  const out: ReactNode[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.type === 'code' && (token as Tokens.Code).lang?.trim().split(/\s/)[0] === 'rdv') {
      let next = k + 1;
      while (tokens[next]?.type === 'space') next++;
      const after = tokens[next];
      const expected =
        after?.type === 'paragraph' && (after as Tokens.Paragraph).text.trimStart().startsWith('→')
          ? (after as Tokens.Paragraph)
          : null;
      out.push(<ExampleBlock key={k} code={(token as Tokens.Code).text} expected={expected} />);
      if (expected) k = next;
    } else out.push(<Block key={k} token={token} />);
  }
  return <>{out}</>;
}

function ExampleBlock({ code, expected }: { code: string; expected: Tokens.Paragraph | null }) {
  const { s, tab, section } = useDoc();
  let result: ReactNode = null;
  if (expected) {
    const parsed = parseExpectation(expected.text);
    const words =
      parsed?.kind === 'outcome'
        ? s.expectOutcome(parsed.outcome, parsed.time)
        : parsed?.kind === 'check'
          ? s.expectCheck(parsed.code, parsed.line, parsed.column)
          : null;
    result = words ? (
      <>
        {words[0]}
        <code>{words[1]}</code>
        {words[2]}
        {parsed?.rest && (
          <>
            {words[2].endsWith('.') ? ' ' : ' — '}
            <Inline tokens={Lexer.lexInline(parsed.rest)} />
          </>
        )}
      </>
    ) : (
      <Inline tokens={expected.tokens} />
    );
  }
  return <RdvExample code={code} result={result} from={{ tab, anchor: section }} />;
}

function Block({ token }: { token: Token }) {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'paragraph':
      return (
        <p>
          <Inline tokens={(token as Tokens.Paragraph).tokens} />
        </p>
      );
    case 'heading': {
      // Headings inside a section's body (only the first of a section is its own) are drawn as text.
      const h = token as Tokens.Heading;
      return (
        <p className="help-subheading">
          <strong>
            <Inline tokens={h.tokens} />
          </strong>
        </p>
      );
    }
    case 'code': {
      const code = token as Tokens.Code;
      return (
        <pre className="help-code">
          <code>
            <Marked text={code.text} />
          </code>
        </pre>
      );
    }
    case 'blockquote':
      return (
        <blockquote>
          <Blocks tokens={(token as Tokens.Blockquote).tokens} />
        </blockquote>
      );
    case 'list':
      return <List list={token as Tokens.List} />;
    case 'table':
      return <Table table={token as Tokens.Table} />;
    case 'hr':
      return <hr />;
    case 'html': {
      const html = token as Tokens.HTML;
      return html.text.trimStart().startsWith('<!--') ? null : <p>{html.text}</p>;
    }
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? <Inline tokens={text.tokens} /> : <Marked text={text.text} />;
    }
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? (
        <Blocks tokens={token.tokens as Token[]} />
      ) : null;
  }
}

function List({ list }: { list: Tokens.List }) {
  const items = list.items.map((item, k) => (
    <li key={k}>
      {item.task && <input type="checkbox" checked={item.checked ?? false} readOnly disabled />}
      {list.loose ? <Blocks tokens={item.tokens} /> : <TightItem tokens={item.tokens} />}
    </li>
  ));
  return list.ordered ? (
    <ol start={list.start === '' ? undefined : list.start}>{items}</ol>
  ) : (
    <ul>{items}</ul>
  );
}

/** A tight list item holds text tokens, not paragraphs: draw them inline. */
function TightItem({ tokens }: { tokens: readonly Token[] }) {
  return (
    <>
      {tokens.map((t, k) =>
        t.type === 'text' ? (
          <Fragment key={k}>
            {(t as Tokens.Text).tokens ? (
              <Inline tokens={(t as Tokens.Text).tokens!} />
            ) : (
              <Marked text={(t as Tokens.Text).text} />
            )}
          </Fragment>
        ) : (
          <Block key={k} token={t} />
        ),
      )}
    </>
  );
}

function Table({ table }: { table: Tokens.Table }) {
  const align = (k: number) => table.align[k] ?? undefined;
  return (
    <div className="help-table">
      <table>
        <thead>
          <tr>
            {table.header.map((cell, k) => (
              <th key={k} scope="col" style={{ textAlign: align(k) }}>
                <Inline tokens={cell.tokens} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, k) => (
                <td key={k} style={{ textAlign: align(k) }}>
                  <Inline tokens={cell.tokens} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Inline tokens: text, code, emphasis, links. */
export function Inline({ tokens }: { tokens: readonly Token[] }) {
  return (
    <>
      {tokens.map((token, k) => (
        <InlineToken key={k} token={token} />
      ))}
    </>
  );
}

function InlineToken({ token }: { token: Token }) {
  switch (token.type) {
    case 'text':
    case 'escape': {
      const text = token as Tokens.Text;
      return text.tokens ? <Inline tokens={text.tokens} /> : <Marked text={decodeEntities(text.text)} />;
    }
    case 'codespan':
      return (
        <code>
          <Marked text={(token as Tokens.Codespan).text} />
        </code>
      );
    case 'strong':
      return (
        <strong>
          <Inline tokens={(token as Tokens.Strong).tokens} />
        </strong>
      );
    case 'em':
      return (
        <em>
          <Inline tokens={(token as Tokens.Em).tokens} />
        </em>
      );
    case 'del':
      return (
        <del>
          <Inline tokens={(token as Tokens.Del).tokens} />
        </del>
      );
    case 'br':
      return <br />;
    case 'link':
      return <Link link={token as Tokens.Link} />;
    case 'image':
      return <>{(token as Tokens.Image).text}</>;
    case 'html': {
      const text = (token as Tokens.HTML).text;
      return text.startsWith('<!--') || /^<\/?br\s*\/?>$/i.test(text) ? null : <>{text}</>;
    }
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? (
        <Inline tokens={token.tokens as Token[]} />
      ) : 'text' in token && typeof token.text === 'string' ? (
        <Marked text={token.text} />
      ) : null;
  }
}

function Link({ link }: { link: Tokens.Link }) {
  const { s, tab } = useDoc();
  const href = link.href.trim();
  const children = <Inline tokens={link.tokens} />;
  const scenario = /^scenario:([\w-]+)$/.exec(href)?.[1];
  if (scenario !== undefined) {
    if (!isBuiltin(scenario)) return children;
    return (
      <button
        type="button"
        className="help-link help-scenario-link"
        title={s.openScenario(scenario)}
        onClick={() => {
          // The help closes once the scenario is on screen, not on the one before it.
          void appStore
            .getState()
            .loadBuiltin(scenario)
            .finally(() => appStore.getState().closeHelp());
        }}
      >
        <Icon name="play" size="1em" /> {children}
      </button>
    );
  }
  const doc = DOC_LINK.exec(href);
  if (href.startsWith('#') || doc) {
    const target: HelpTab = doc ? (doc[1] as HelpTab) : tab;
    const anchor = doc ? (doc[2] ?? null) : decodeURIComponent(href.slice(1));
    return (
      <a
        href={`#${anchor ?? ''}`}
        className="help-link"
        onClick={(e) => {
          e.preventDefault(); // the page's `#` belongs to share links
          appStore.getState().openHelp(target, anchor || null);
        }}
      >
        {children}
      </a>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="help-link">
      {children}
      <span className="visually-hidden"> {s.opensInNewTab}</span>
    </a>
  );
}

/** Text with the search's words marked. */
function Marked({ text }: { text: string }) {
  const { terms } = useDoc();
  const parts = splitMatches(text, terms);
  if (parts.length === 1) return <>{text}</>;
  return <>{parts.map((part, k) => (k % 2 === 1 ? <mark key={k}>{part}</mark> : part))}</>;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? _);
}
