import { useRef, useState } from 'react';
import { traceToJson } from '../../engine/json';
import { MAX_FRAGMENT_CHARS } from '../../share/link';
import { appStore, useApp } from '../../store';
import { useStrings } from '../i18n';
import { openFile } from '../files/open';
import { download, fileNameFor, stagePng, stageSvg } from '../files/save';
import { currentShareUrl } from '../share';
import { titleOf } from '../titles';

function title(): string | null {
  const { checked, lang } = appStore.getState();
  return titleOf(checked.scenario.titles, lang);
}

/** Open and save scenarios, copy a share link, export the run and the stage. */
/** The run in a format other tools read (loaded when asked for: the first screen does not need it). */
async function exportAs(format: 'shiviz' | 'mermaid'): Promise<void> {
  const { trace, lang } = appStore.getState();
  if (!trace) return;
  const { toMermaid, toShiVizFile } = await import('../../interchange');
  if (format === 'shiviz') download(fileNameFor(title(), 'shiviz.log'), toShiVizFile(trace));
  else download(fileNameFor(title(), 'mmd'), toMermaid(trace, { lang }));
}

export function FileBar() {
  const s = useStrings();
  const hasTrace = useApp((st) => st.trace !== null);
  const picker = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);

  const copyLink = async () => {
    const url = currentShareUrl();
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
        accept=".rdv,.json,text/plain,application/json"
        hidden
        data-testid="open-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openFile(file);
        }}
      />
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
        onClick={() => void exportAs('shiviz')}
        title={s.exportShiVizHelp}
      >
        {s.exportShiViz}
      </button>
      <button type="button" disabled={!hasTrace} onClick={() => void exportAs('mermaid')}>
        {s.exportMermaid}
      </button>
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
