// The Help panel: a sheet at the right of the window with the concept guide, the language reference
// and the keyboard shortcuts. The app moves aside for it, so the stage and its controls stay in view.

import {
  createElement,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useApp } from '../../store';
import type { UiLang } from '../../store/prefs';
import type { HelpTab, HelpView } from '../../store/view';
import { filterSections, queryTerms, type Section } from './doc';
import { rememberHelpTab } from './commands';
import { docOf, type DocTab } from './docs';
import { KeysTab } from './KeysTab';
import { Blocks, DocContext, Inline } from './Markdown';
import { HELP_STRINGS, type HelpStrings } from './strings';
import { Icon } from '../controls/icons';
import './help.css';

const TABS: readonly HelpTab[] = ['guide', 'reference', 'keys'];

export function HelpPanel() {
  const help = useApp((st) => st.help);
  return help ? <HelpSheet help={help} /> : null;
}

function HelpSheet({ help }: { help: HelpView }) {
  const lang = useApp((st) => st.lang);
  const openHelp = useApp((st) => st.openHelp);
  const closeHelp = useApp((st) => st.closeHelp);
  const s = HELP_STRINGS[lang];
  const [query, setQuery] = useState('');
  // Opening the help at a heading clears the search, which might hide that heading.
  const [seen, setSeen] = useState(help);
  if (seen !== help) {
    setSeen(help);
    if (help.anchor) setQuery('');
  }
  const sheet = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const tabs = useRef(new Map<HelpTab, HTMLButtonElement>());
  const first = useRef(true);

  // Focus goes back to what opened the help, unless the user has moved on to something else.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = sheet.current;
    return () => {
      const now = document.activeElement;
      if (now && now !== document.body && !box?.contains(now)) return;
      const target =
        opener && opener.isConnected && opener !== document.body
          ? opener
          : document.querySelector<HTMLElement>('.help-button');
      target?.focus();
    };
  }, []);

  // Esc closes the help wherever the focus is, unless something else (the editor) used the key.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      closeHelp();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [closeHelp]);

  useEffect(() => rememberHelpTab(help.tab), [help.tab]);

  // Each time the help is opened somewhere: show that heading (focused, for screen readers), else the top.
  useEffect(() => {
    const box = body.current;
    if (!box) return;
    const target = help.anchor ? box.querySelector<HTMLElement>(`[id="${CSS.escape(help.anchor)}"]`) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    } else {
      box.scrollTop = 0;
      if (first.current) (search.current ?? tabs.current.get(help.tab))?.focus();
    }
    first.current = false;
  }, [help]);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = TABS.indexOf(help.tab);
    const to =
      e.key === 'ArrowRight'
        ? TABS[(k + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(k + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!to) return;
    e.preventDefault();
    openHelp(to);
    tabs.current.get(to)?.focus();
  };

  // Keys pressed inside the help are for the help (scrolling, typing), not for the playback.
  const onSheetKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const typing = e.target instanceof HTMLInputElement;
    if (e.key === 'Escape' || (e.key === '?' && !typing)) {
      e.preventDefault();
      closeHelp();
    }
    e.stopPropagation();
  };

  const doc = help.tab === 'keys' ? null : docOf(help.tab, lang);
  return (
    <div
      className="help-sheet"
      role="dialog"
      aria-labelledby="help-title"
      data-testid="help"
      ref={sheet}
      onKeyDown={onSheetKey}
    >
      <div className="help-head">
        <h2 id="help-title">{s.title}</h2>
        <div className="help-tabs" role="tablist" aria-label={s.tabsLabel} onKeyDown={onTabKey}>
          {TABS.map((tab) => (
            <button
              key={tab}
              ref={(el) => {
                if (el) tabs.current.set(tab, el);
                else tabs.current.delete(tab);
              }}
              type="button"
              role="tab"
              id={`help-tab-${tab}`}
              aria-selected={tab === help.tab}
              aria-controls="help-tabpanel"
              tabIndex={tab === help.tab ? 0 : -1}
              onClick={() => openHelp(tab)}
            >
              {s.tabs[tab]}
            </button>
          ))}
        </div>
        <button type="button" className="help-close" title={s.closeHint} onClick={closeHelp}>
          <Icon name="cross" size="1em" /> {s.close}
        </button>
      </div>
      {help.tab !== 'keys' && (
        <SearchBox
          tab={help.tab}
          query={query}
          setQuery={setQuery}
          inputRef={search}
          count={doc ? filterSections(doc.sections, query).length : 0}
          s={s}
        />
      )}
      <div
        id="help-tabpanel"
        className="help-body"
        role="tabpanel"
        aria-labelledby={`help-tab-${help.tab}`}
        tabIndex={0}
        ref={body}
        lang={doc?.lang ?? lang}
      >
        {help.tab === 'keys' ? <KeysTab s={s} /> : <DocView tab={help.tab} lang={lang} query={query} s={s} />}
      </div>
    </div>
  );
}

function SearchBox({
  tab,
  query,
  setQuery,
  inputRef,
  count,
  s,
}: {
  tab: DocTab;
  query: string;
  setQuery: (q: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  count: number;
  s: HelpStrings;
}) {
  const active = query.trim().length > 0;
  return (
    <div className="help-search" role="search">
      <label className="visually-hidden" htmlFor="help-search-input">
        {s.searchPlaceholder[tab]}
      </label>
      <span className="help-search-icon" aria-hidden="true">
        <Icon name="search" size="1em" />
      </span>
      <input
        id="help-search-input"
        ref={inputRef}
        type="search"
        value={query}
        placeholder={s.searchPlaceholder[tab]}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="help-search-count"
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <p id="help-search-count" className="help-search-count" role="status">
        {active ? s.matches(count) : ''}
      </p>
    </div>
  );
}

function DocView({ tab, lang, query, s }: { tab: DocTab; lang: UiLang; query: string; s: HelpStrings }) {
  const doc = docOf(tab, lang);
  const terms = useMemo(() => queryTerms(query), [query]);
  const shown = useMemo(() => filterSections(doc.sections, query), [doc, query]);
  if (doc.sections.length === 0) return <p className="help-empty">{s.missing}</p>;
  return (
    <>
      {terms.length > 0 && shown.length === 0 && (
        <div className="help-empty" data-testid="help-no-match">
          <p>
            <strong>{s.noMatch(query.trim())}</strong>
          </p>
          <p>{s.noMatchHint}</p>
        </div>
      )}
      {shown.map((section, k) => (
        <DocContext.Provider key={section.id ?? `intro-${k}`} value={{ tab, terms, s, section: section.id }}>
          <DocSection section={section} searching={terms.length > 0} />
        </DocContext.Provider>
      ))}
    </>
  );
}

function DocSection({ section, searching }: { section: Section; searching: boolean }) {
  const heading = section.heading;
  return (
    <div className="help-section" data-section={section.id ?? ''}>
      {searching && section.trail.length > 0 && <p className="help-trail">{section.trail.join(' › ')}</p>}
      {heading &&
        createElement(
          `h${Math.min(6, heading.depth + 2)}`,
          { id: section.id, tabIndex: -1, className: `help-h help-h${heading.depth}` },
          <Inline tokens={heading.tokens} />,
        )}
      <Blocks tokens={section.body} />
    </div>
  );
}
