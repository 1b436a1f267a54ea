import { lazy } from 'react';
import { LazyPart } from './LazyPart';
import { useApp } from '../store';
import { Controls } from './controls/Controls';
import { Header } from './Header';
import { CompareButton } from './CompareButton';
import { useFileDrop } from './dragDrop';
import { FileBar } from './panels/FileBar';
import { ImportedBanner } from './files/ImportedBanner';
import { NoticeBanner } from './panels/NoticeBanner';
import { ExampleBanner } from './help/ExampleBanner';
import { UpdateNotice } from './offline/UpdateNotice';
import { FirstVisit } from './tour';
import { RichText } from './RichText';
import { useStrings } from './i18n';
import { useKeyboard } from './keyboard';
import { usePresenter } from './presenter';
import { SourcePanel } from './panels/SourcePanel';
import { Narration } from './panels/Narration';
import { CheckpointCard } from './panels/CheckpointCard';
import { Legend } from './stage/Legend';
import { Stage } from './stage/Stage';
import { titleOf } from './titles';
import { useControlsRoom } from './useControlsRoom';
import { BranchBar } from './whatif/BranchBar';
import { GoalsLine, GoalsPanel } from './goals';
import { CourseBar, CourseWindow } from './course';
import { SweepButton } from './sweep/SweepButton';
import { useSweepTab } from './sweep/open';
import { ExploreButton } from './explore/ExploreButton';
import { ExploreSlot } from './explore/ExploreSlot';
import { useWorld } from './useWorld';

// Below the fold or behind a button: loaded after the first paint.
const DiagramPanel = lazy(() => import('./panels/DiagramPanel').then((m) => ({ default: m.DiagramPanel })));
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
const HelpPanel = lazy(() => import('./help/HelpPanel').then((m) => ({ default: m.HelpPanel })));
// Below the fold in the side column, or shown only once something on the stage is picked.
const Knobs = lazy(() => import('./panels/Knobs').then((m) => ({ default: m.Knobs })));
const MetricsPanel = lazy(() => import('./panels/MetricsPanel').then((m) => ({ default: m.MetricsPanel })));
const EventLog = lazy(() => import('./panels/EventLog').then((m) => ({ default: m.EventLog })));
const CheckerPanel = lazy(() => import('./panels/CheckerPanel').then((m) => ({ default: m.CheckerPanel })));
const InterventionCard = lazy(() =>
  import('./whatif/InterventionCard').then((m) => ({ default: m.InterventionCard })),
);
const SweepPanel = lazy(() => import('./sweep/SweepPanel').then((m) => ({ default: m.SweepPanel })));

/** `?embed`: stage and controls only, for an iframe on a course page (a share link's `#` still picks the scenario). */
const EMBED = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('embed');

/** The whole app: the stage and its controls in front, the source and the log beside. */
export function App() {
  useKeyboard();
  useFileDrop();
  const presenter = usePresenter();
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const hasRun = useApp((st) => st.playback !== null);
  const runStatus = useApp((st) => st.runStatus);
  const runError = useApp((st) => st.runError);
  const scenario = useApp((st) => st.runScenario);
  const checkedOk = useApp((st) => st.checked.ok);
  const compare = useApp((st) => st.compare);
  const helpOpen = useApp((st) => st.help !== null);
  const imported = useApp((st) => st.imported !== null);
  const sweepTab = useSweepTab();
  // One order the explorer found plays read-only: the stage offers no what-ifs on it.
  const explored = useApp((st) => st.explored !== null);
  const theatre = useControlsRoom();
  const title = scenario ? titleOf(scenario.titles, lang) : null;
  const about = scenario ? titleOf(scenario.abouts, lang) : null;

  if (EMBED)
    return (
      <main className="app embed" lang={lang} aria-label={title ?? s.appName}>
        <h1 className="embed-title" data-testid="scenario-title">
          {title ?? s.appName}
        </h1>
        {hasRun && <LiveNarration />}
        <StageBox />
        <CheckpointCard />
        <Controls />
      </main>
    );

  return (
    <div className={presenter ? 'app presenter' : 'app'} lang={lang}>
      <Header />
      <UpdateNotice />
      <FirstVisit />
      {compare ? (
        <LazyPart fallback={<p className="status">{s.running}</p>}>
          <CompareView a={compare[0]} b={compare[1]} />
        </LazyPart>
      ) : (
        <main className="layout">
          <div className="theatre" ref={theatre}>
            {/* The first screen: what a class watches. The stage takes what the rest leaves. */}
            <div className="theatre-main">
              <NoticeBanner />
              <ImportedBanner />
              <ExampleBanner />
              <CourseBar />
              <div className="scenario-heading">
                <h2 data-testid="scenario-title">{title ?? s.scenario}</h2>
                <GoalsLine />
                <CompareButton />
                <SweepButton />
                {!imported && <ExploreButton />}
              </div>
              <ExploreSlot />
              {runStatus === 'running' && !hasRun && <p className="status">{s.running}</p>}
              {!checkedOk && hasRun && (
                <p className="stale" role="status">
                  {s.showingLastRun}
                </p>
              )}
              {runError && (
                <p className="run-error" role="alert">
                  {s.runFailed}: {runError}
                </p>
              )}
              {!imported && <BranchBar />}
              {hasRun && <LiveNarration />}
              <StageBox interventions={!imported && !explored} />
              <CheckpointCard />
            </div>
            <Controls />
            <LazyPart>
              <DiagramPanel />
            </LazyPart>
            <Legend />
          </div>
          <aside className="side">
            <FileBar />
            <GoalsPanel />
            {about && (
              <section className="panel about-panel" aria-labelledby="about-heading">
                <h2 id="about-heading">{s.about}</h2>
                <p className="about">
                  <RichText text={about} />
                </p>
              </section>
            )}
            {/* A trace from a file has no text behind it: nothing to show or edit. */}
            {!imported && <SourcePanel />}
            {!imported && (
              <LazyPart>
                <Knobs />
              </LazyPart>
            )}
            <LazyPart>
              <MetricsPanel />
              <EventLog />
              <CheckerPanel />
            </LazyPart>
          </aside>
        </main>
      )}
      <CourseWindow />
      {helpOpen && (
        <LazyPart>
          <HelpPanel />
        </LazyPart>
      )}
      {sweepTab && (
        <LazyPart>
          <SweepPanel tab={sweepTab} />
        </LazyPart>
      )}
    </div>
  );
}

/**
 * The stage's box: it takes the height the page leaves it (never pushing the controls off the
 * screen); the stage scales itself to fit.
 */
function StageBox({ interventions = false }: { interventions?: boolean }) {
  const world = useWorld();
  return (
    <div className="stage-box" data-testid="stage-box">
      {world && <Stage world={world} />}
      {world && interventions && (
        <LazyPart>
          <InterventionCard world={world} />
        </LazyPart>
      )}
    </div>
  );
}

/** The narration of the step at the playhead. */
function LiveNarration() {
  const world = useWorld();
  return world && <Narration world={world} />;
}
