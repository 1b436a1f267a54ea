import { lazy, useRef, useState } from 'react';
import { traceToJson } from '../../engine/json';
import { MAX_FRAGMENT_CHARS } from '../../share/limits';
import { appStore, useApp } from '../../store';
import { useStrings } from '../i18n';
import { openFile } from '../files/open';
import { download, fileNameFor, stagePng, stageSvg } from '../files/save';
import { currentShareUrl } from '../share';
import { titleOf } from '../titles';
import { LazyPart } from '../LazyPart';

const MermaidExport = lazy(() => import('../files/MermaidExport'));

/** The labels of the bar (the rest of the words come with the code that says them, when loaded). */
const BAR_WORDS = {
  en: {
    examples: 'Example logs',
    examplePick: 'Open an example log…',
    exampleTitles: [
      ['two-phase-commit', 'Example: two-phase commit (ShiViz log)'],
      ['gossip', 'Example: gossip membership (ShiViz log)'],
    ],
    exportPage: 'Export page…',
    exportPageHelp:
      'One HTML file with the app, this scenario and this step: it opens from disk or a course site with no server and no network',
    exportMermaid: 'Export Mermaid…',
  },
  ko: {
    examples: '예제 로그',
    examplePick: '예제 로그 열기…',
    exampleTitles: [
      ['two-phase-commit', '예제: 2단계 커밋 (ShiViz 로그)'],
      ['gossip', '예제: 가십 멤버십 (ShiViz 로그)'],
    ],
    exportPage: '페이지 내보내기…',
    exportPageHelp:
      '앱과 이 시나리오, 이 단계를 담은 HTML 파일 하나: 서버도 네트워크도 없이 디스크나 강의 사이트에서 열립니다',
    exportMermaid: 'Mermaid 내보내기…',
  },
} as const;

/** The title files are named after: the scenario's, or the trace's while one from a file plays. */
function title(): string | null {
  const { checked, lang, imported, trace } = appStore.getState();
  if (imported && trace) return trace.scenario.title;
  return titleOf(checked.scenario.titles, lang);
}

/** The run as a ShiViz log (loaded when asked for: the first screen does not need it). */
async function exportShiViz(): Promise<void> {
  const { trace } = appStore.getState();
  if (!trace) return;
  const { toShiVizFile } = await import('../../interchange');
  download(fileNameFor(title(), 'shiviz.log'), toShiVizFile(trace));
}

/** Open and save scenarios, copy a share link, export the run and the stage. */
export function FileBar() {
  const s = useStrings();
  const w = BAR_WORDS[useApp((st) => st.lang)];
  const hasTrace = useApp((st) => st.trace !== null);
  const imported = useApp((st) => st.imported !== null);
  const picker = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [mermaidOpen, setMermaidOpen] = useState(false);

  const copyLink = async () => {
    const url = await currentShareUrl();
    if (url.length - url.indexOf('#') > MAX_FRAGMENT_CHARS) return setStatus(s.linkTooLarge);
    try {
      await navigator.clipboard.writeText(url);
      setManualLink(null);
      setStatus(s.linkCopied);
    } catch {
      setManualLink(url); // no clipboard (an insecure page, a refusal): let the user copy it by hand
      setStatus(null);
    }
  };

  return (
    <div className="filebar" role="toolbar" aria-label={s.files}>
      <button type="button" onClick={() => picker.current?.click()}>
        {s.openFile}
      </button>
      <input
        ref={picker}
        type="file"
        accept=".rdv,.json,.log,.txt,text/plain,application/json"
        hidden
        data-testid="open-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openFile(file);
        }}
      />
      <select
        aria-label={w.examples}
        value=""
        onChange={(e) => {
          const id = e.currentTarget.value;
          const name = w.exampleTitles.find(([key]) => key === id)?.[1];
          if (id) void import('../files/importLog').then((m) => m.openShiVizExample(id, name));
        }}
      >
        <option value="">{w.examplePick}</option>
        {w.exampleTitles.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => download(fileNameFor(title(), 'rdv'), appStore.getState().source)}>
        {s.saveFile}
      </button>
      <button type="button" onClick={() => void copyLink()}>
        {s.copyLink}
      </button>
      <button
        type="button"
        disabled={!hasTrace}
        onClick={() => {
          const trace = appStore.getState().trace;
          if (trace) download(fileNameFor(title(), 'trace.json'), traceToJson(trace), 'application/json');
        }}
      >
        {s.exportTrace}
      </button>
      <button
        type="button"
        disabled={!hasTrace}
        onClick={() => {
          const svg = stageSvg();
          if (svg) download(fileNameFor(title(), 'svg'), svg, 'image/svg+xml');
        }}
      >
        {s.exportSvg}
      </button>
      <button
        type="button"
        disabled={!hasTrace}
        onClick={() => void stagePng().then((png) => png && download(fileNameFor(title(), 'png'), png))}
      >
        {s.exportPng}
      </button>
      <button
        type="button"
        disabled={!hasTrace}
        onClick={() => void exportShiViz()}
        title={s.exportShiVizHelp}
      >
        {s.exportShiViz}
      </button>
      <button
        type="button"
        disabled={!hasTrace}
        aria-expanded={mermaidOpen}
        onClick={() => setMermaidOpen((open) => !open)}
      >
        {w.exportMermaid}
      </button>
      <button
        type="button"
        disabled={imported}
        title={w.exportPageHelp}
        onClick={() =>
          void import('../files/exportPage')
            .then((m) => m.exportPage())
            .then(setStatus, () => setStatus(null))
        }
      >
        {w.exportPage}
      </button>
      {mermaidOpen && hasTrace && (
        <LazyPart>
          <MermaidExport onClose={() => setMermaidOpen(false)} />
        </LazyPart>
      )}
      <p className="filebar-status" role="status">
        {status}
      </p>
      {manualLink && (
        <label className="manual-link">
          {s.copyThisLink}
          <input readOnly value={manualLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
