import { lazy, useMemo } from 'react';
import { LazyPart, PartFailed } from '../LazyPart';
import { useApp } from '../../store';
import { selectProcess } from '../commands';
import { useStrings } from '../i18n';
import { CodeLines } from './CodeLines';
import { useCodeView } from './codeView';
import { useThrottled } from '../useThrottled';
import { useWorld } from '../useWorld';

// CodeMirror loads after the first paint; until then the source shows read-only.
const ScenarioEditor = lazy(() => import('../editor/ScenarioEditor'));

/** The scenario's source: an editor with playback markers, and the read-only view while it loads. */
export function SourcePanel() {
  const world = useWorld();
  const s = useStrings();
  const source = useApp((st) => st.source);
  const lang = useApp((st) => st.lang);
  const edit = useApp((st) => st.edit);
  const view = useCodeView(world);
  // While playing, markers move at most four times a second: each move costs the editor a layout.
  // The markers and the line kept in view move together, so the editor lays out once for both.
  const playing = useApp((st) => st.playing);
  const moving = useMemo(
    () => ({ markers: view.markers, focusLine: view.focusLine }),
    [view.markers, view.focusLine],
  );
  const { markers, focusLine } = useThrottled(moving, 250, playing);
  return (
    <section className="panel code" aria-labelledby="code-heading">
      <h2 id="code-heading">{s.source}</h2>
      <LazyPart
        fallback={<CodeLines view={view} />}
        failed={
          <>
            <PartFailed />
            <CodeLines view={view} />
          </>
        }
      >
        <ScenarioEditor
          value={source}
          onChange={edit}
          lang={lang}
          markers={markers}
          selectedLines={view.selectedLines}
          focusLine={focusLine}
          selectedProcess={view.selected}
          onSelectProcess={selectProcess}
        />
      </LazyPart>
    </section>
  );
}
