import { useMemo, useRef, useState } from 'react';
import { cutWindows } from '../../playback/cuts';
import { buildDiagram } from '../../playback/diagram';
import { appStore, useApp } from '../../store';
import { seekTime } from '../commands';
import { SpaceTimeDiagram, type SpaceTimeHandle } from '../diagram/SpaceTimeDiagram';
import { download, fileNameFor } from '../files/save';
import { useStrings } from '../i18n';
import { titleOf } from '../titles';
import { useClockTime } from '../useClockTime';

function exportName(extension: string): string {
  const { runScenario, lang } = appStore.getState();
  const title = runScenario ? titleOf(runScenario.titles, lang) : null;
  return fileNameFor(`${title ?? 'scenario'} diagram`, extension);
}

/** The whole run at once, one lane per process, kept in step with the stage. */
export function DiagramPanel() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const trace = useApp((st) => st.trace);
  const scenario = useApp((st) => st.runScenario);
  const model = useMemo(
    () => (trace ? buildDiagram(trace, scenario ? cutWindows(scenario) : []) : null),
    [trace, scenario],
  );
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const t = useClockTime();
  const handle = useRef<SpaceTimeHandle>(null);
  if (!model) return null;
  return (
    <section className="panel diagram-panel" aria-labelledby="diagram-heading">
      <div className="panel-head">
        <h2 id="diagram-heading">{s.diagram}</h2>
        <button
          type="button"
          onClick={() => {
            const svg = handle.current?.svg();
            if (svg) download(exportName('svg'), svg, 'image/svg+xml');
          }}
        >
          {s.exportDiagramSvg}
        </button>
        <button
          type="button"
          onClick={() => void handle.current?.png(2).then((png) => png && download(exportName('png'), png))}
        >
          {s.exportDiagramPng}
        </button>
      </div>
      <SpaceTimeDiagram
        ref={handle}
        model={model}
        cursor={t}
        lang={lang}
        onSeekTime={seekTime}
        hidden={hidden}
        onToggleLane={(name) =>
          setHidden((h) => {
            const next = new Set(h);
            if (!next.delete(name)) next.add(name);
            return next;
          })
        }
        label={s.diagram}
      />
    </section>
  );
}
