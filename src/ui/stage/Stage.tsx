import { useMemo, useState, type MouseEvent } from 'react';
import { cutWindows } from '../../playback/cuts';
import { describeBlocked } from '../../playback/narration';
import type { ProcessView, World } from '../../playback/world';
import { appStore, useApp } from '../../store';
import { clock } from '../clock';
import { clearPicks, pickMessage, selectProcess } from '../commands';
import { useStrings } from '../i18n';
import { useReducedMotion } from '../reducedMotion';
import { BarrierGate } from './BarrierGate';
import { floorsFor, floorZoom, viewFor } from './fit';
import { along } from './geometry';
import { flightAt } from './flights';
import { GoneList } from './GoneList';
import { BURST, GoneMarks, recentGone, type GoneMark } from './GoneMarks';
import { layoutStage, membersOf, wireEnds } from './layout';
import { CANVAS_MESSAGES_ABOVE, DOT_R, dotsLayout, levelOf } from './lod';
import { MessagesCanvas } from './MessagesCanvas';
import { MessagesLayer, type Flight } from './MessagesLayer';
import { ProcessDot } from './ProcessDot';
import { ProcessNode } from './ProcessNode';
import { QueueBox } from './QueueBox';
import { GLYPH_R } from './sizes';
import { StageCamera } from './StageCamera';
import { StageSummary } from './StageSummary';
import { useStageStrings } from './strings';
import { AUTO, aspectStep, useStageBox, type Camera } from './useCamera';
import { useCutsAt } from './useCutsAt';
import { Wires } from './Wires';
import './stage.css';

/**
 * The stage: every process, queue and barrier, the messages in flight and who waits for whom.
 * The world is laid out in stage units for the shape of the box the stage is given and drawn at
 * the largest zoom that fits it, but never so small that its text falls below the floor: then the
 * stage says so and lets the user pan and zoom.
 */
export function Stage({ world }: { world: World }) {
  const s = useStrings();
  const ss = useStageStrings();
  // A run the explorer found counts deliveries, not ticks (SPEC §8).
  const deliveries = useApp((st) => st.explored !== null);
  const lang = useApp((st) => st.lang);
  const scenario = useApp((st) => st.runScenario);
  const trace = useApp((st) => st.trace);
  const placement = useApp((st) => st.placement);
  const selected = useApp((st) => st.selected);
  const presenter = useApp((st) => st.presenter);
  const picked = useApp((st) => st.picked);
  const still = useReducedMotion();
  // The element itself (a callback ref): the box is watched from the moment the picture exists.
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const box = useStageBox(svg, presenter);
  const aspect = aspectStep(box ? box.w / Math.max(1, box.h) : 2);
  const layout = useMemo(() => {
    if (!scenario) return null;
    // Past a few dozen processes, dots in a grid (lod.ts): the whole world stays in view.
    return levelOf(scenario.instances.length) === 'dots'
      ? dotsLayout(scenario, aspect)
      : layoutStage(scenario, aspect);
  }, [scenario, aspect]);
  const members = useMemo(() => (scenario ? membersOf(scenario) : new Map<string, string[]>()), [scenario]);
  const endpoints = useMemo(() => (layout ? wireEnds(layout) : null), [layout]);
  const windows = useMemo(() => (scenario ? cutWindows(scenario) : []), [scenario]);
  const cuts = useCutsAt(windows);
  // A new scenario, or entering or leaving presenter mode, starts from the automatic view.
  const [chosen, setChosen] = useState<{ scenario: unknown; presenter: boolean; camera: Camera } | null>(
    null,
  );
  const camera =
    chosen && chosen.scenario === scenario && chosen.presenter === presenter ? chosen.camera : AUTO;
  const setCamera = (next: Camera) => setChosen({ scenario, presenter, camera: next });
  if (!layout || !trace || !endpoints) return <div className="stage-wrap" />;

  const { node } = layout;
  const finished = new Set(
    world.processes.filter((p) => p.status === 'done' || p.status === 'error').map((p) => p.name),
  );
  // Dots carry no text to keep readable: the whole grid is fitted (zoom in to see closer).
  const floor = box && !layout.dots ? floorZoom(floorsFor(presenter, box.rootFont)) : 0;
  // Over dots, a strip at the top is kept for the counts of each state (StageSummary): the world
  // is fitted below it, so the counts never cover a dot.
  const room = layout.dots && box ? SUMMARY_ROOM_EM * box.rootFont : 0;
  const fitted = viewFor(
    layout.bounds,
    box ? { w: box.w, h: Math.max(1, box.h - room) } : layout.bounds,
    floor,
    camera.zoom,
    camera.center,
  );
  const above = room / fitted.zoom;
  const view = room
    ? { ...fitted, viewBox: { ...fitted.viewBox, y: fitted.viewBox.y - above, h: fitted.viewBox.h + above } }
    : fitted;
  const { x, y, w, h } = view.viewBox;
  const viewBox = `${x.toFixed(2)} ${y.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}`;
  const flights: Flight[] = [];
  for (const m of world.inFlight) {
    const ends = endpoints(m.from, m.to);
    if (!ends) continue;
    const label = `${s.kinds[m.kind]} #${m.id}: ${m.from} → ${m.to}${m.payload ? ` "${m.payload}"` : ''}`;
    flights.push({ message: m, ...ends, lane: m.from < m.to ? 8 : -8, label });
  }
  // Where a message vanished: at its receiver's end, on its lane.
  const marks: GoneMark[] = [];
  for (const g of [
    ...recentGone(world.lost, world.position.t, still),
    ...recentGone(world.dropped, world.position.t, still),
  ]) {
    const ends = endpoints(g.from, g.to);
    if (!ends) continue;
    // Just short of the receiver's box, so the burst stands on the wire, clear of the box.
    const len = Math.hypot(ends.to.x - ends.from.x, ends.to.y - ends.from.y) || 1;
    const p = Math.max(0.5, 1 - (GLYPH_R * BURST + 4) / len);
    marks.push({
      gone: g,
      at: along(ends.from, ends.to, p, g.from < g.to ? 8 : -8),
      label: ss.goneTitle(s.kinds[g.kind], g.id, g.from, g.to, g.at, g.why, deliveries),
      word: ss.goneMark(g.why),
    });
  }
  const cycle = world.outcome?.kind === 'deadlock' ? world.outcome.cycle : null;
  // A wait given up is told until the process waits again or does something else of note.
  const gaveUpNow = (p: ProcessView) => p.gaveUp !== null && (p.status === 'ready' || p.status === 'running');
  const captionOf = (p: ProcessView): string => {
    if (p.status === 'blocked') return describeBlocked(p, lang);
    if (p.status === 'crashed') return ss.downSince(p.downSince);
    if (gaveUpNow(p) && p.gaveUp) return ss.gaveUp(p.gaveUp.until - p.gaveUp.since, deliveries);
    return s.status[p.status];
  };
  const crowded = world.processes.length > 48;
  // Many messages are painted on one canvas; a click on one is found by where it is drawn.
  const painted = layout.dots || flights.length > CANVAS_MESSAGES_ABOVE;
  // Among dots, messages are specks: the dots they travel between stay in sight.
  const glyph = layout.dots ? DOT_R * 0.45 : GLYPH_R;
  const pickPainted = (e: MouseEvent<SVGSVGElement>) => {
    if (!painted) return;
    const ctm = e.currentTarget.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const hit = flightAt(flights, p, clock.get(), still, Math.max(glyph * 1.6, DOT_R));
    if (!hit) return;
    e.stopPropagation();
    pickMessage(hit.message.id);
  };

  return (
    <StageCamera camera={camera} setCamera={setCamera} view={view} bounds={layout.bounds} box={box}>
      <svg
        ref={setSvg}
        className="stage"
        viewBox={viewBox}
        role="group"
        aria-label={s.stage}
        data-testid="stage"
        data-zoom={view.zoom.toFixed(3)}
        data-overflow={view.overflow ? 'true' : 'false'}
        onClickCapture={pickPainted}
        onClick={(e) => {
          if (e.target === e.currentTarget) clearPicks();
        }}
      >
        <defs>
          <pattern
            id="hatch"
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="transparent" />
            <line x1="0" y1="0" x2="0" y2="8" className="hatch-line" strokeWidth="3" />
          </pattern>
          <Arrowhead id="arrow-wait" className="wait-arrowhead" />
          <Arrowhead id="arrow-cycle" className="cycle-arrowhead" />
        </defs>
        <Wires
          trace={trace}
          endpoints={endpoints}
          cuts={cuts}
          picked={picked?.kind === 'wire' ? picked : null}
          focusable={!crowded}
          wireLabel={ss.wire}
          cutLabel={ss.cutWindow}
        />
        {world.processes.map((p) => {
          const on = p.blocked?.on;
          if (!on || !layout.processes.has(on) || on === p.name) return null;
          const ends = endpoints(p.name, on);
          if (!ends) return null;
          const inCycle = cycle !== null && cycle.includes(p.name) && cycle.includes(on);
          // On a crowded stage, only the selected process's waits and the deadlock cycle are drawn.
          if (crowded && !inCycle && selected !== p.name && selected !== on) return null;
          return (
            <line
              key={`wait-${p.name}`}
              className={inCycle ? 'wait-edge cycle' : 'wait-edge'}
              x1={ends.from.x}
              y1={ends.from.y}
              x2={ends.to.x}
              y2={ends.to.y}
              markerEnd={inCycle ? 'url(#arrow-cycle)' : 'url(#arrow-wait)'}
              data-testid={inCycle ? 'cycle-edge' : 'wait-edge'}
            />
          );
        })}
        {world.queues.map((q) => (
          <QueueBox
            key={q.name}
            view={q}
            at={layout.queues.get(q.name)!}
            labels={{
              queue: s.queues,
              unbounded: s.unbounded,
              waiting: s.consumersWaiting,
              capacity: s.capacity,
              onTheWay: ss.onTheWay,
              full: ss.full,
            }}
          />
        ))}
        {world.barriers.map((b) => (
          <BarrierGate
            key={b.name}
            view={b}
            at={layout.barriers.get(b.name)!}
            members={members.get(b.name) ?? []}
            finished={finished}
            labels={{
              barrier: s.barriers,
              waiting: s.waiting,
              missing: s.missing,
              released: s.released,
              open: ss.gateOpen,
            }}
          />
        ))}
        {layout.dots &&
          world.processes.map((p) => {
            const at = layout.processes.get(p.name);
            return at ? (
              <ProcessDot
                key={p.name}
                name={p.name}
                status={p.status}
                at={at}
                label={`${p.name} · ${captionOf(p)}`}
                selected={selected === p.name}
                onSelect={toggleProcess}
              />
            ) : null;
          })}
        {world.processes.map((p) => {
          const at = layout.processes.get(p.name);
          if (!at || layout.dots) return null;
          const k = trace.scenario.processes.indexOf(p.name);
          const worker = placement[k] ?? null;
          return (
            <ProcessNode
              key={p.name}
              view={p}
              at={at}
              w={node.w}
              h={node.h}
              compact={layout.compact}
              caption={captionOf(p)}
              mark={ss.mark(worker, p.line)}
              markTitle={ss.runsOn(worker, p.line)}
              mailboxTitle={`${s.mailbox}: ${p.mailbox.length}`}
              selected={selected === p.name}
              dimmed={selected !== null && selected !== p.name}
              gaveUp={gaveUpNow(p)}
              onSelect={() => selectProcess(selected === p.name ? null : p.name)}
              selectLabel={s.selectProcess(p.name)}
            />
          );
        })}
      </svg>
      {/* Messages move every frame: on a layer of their own, the rest of the stage is not repainted. */}
      <svg className="stage-overlay" viewBox={viewBox} role="group" aria-label={ss.messagesInFlight}>
        <GoneMarks marks={marks} size={GLYPH_R} />
        {!painted && (
          <MessagesLayer
            flights={flights}
            size={GLYPH_R}
            picked={picked?.kind === 'message' ? picked.id : null}
          />
        )}
      </svg>
      {painted && (
        <MessagesCanvas
          flights={flights}
          viewBox={view.viewBox}
          size={glyph}
          outlined={!layout.dots}
          picked={picked?.kind === 'message' ? picked.id : null}
        />
      )}
      {layout.dots && <StageSummary processes={world.processes} selected={selected} captionOf={captionOf} />}
      <GoneList lost={world.lost} dropped={world.dropped} kinds={s.kinds} ss={ss} deliveries={deliveries} />
    </StageCamera>
  );
}

/** Height of the strip kept over a crowded stage for its summary, in rem. */
const SUMMARY_ROOM_EM = 2.4;

/** Selects a process, or unselects it if it is the one selected (one function for every dot, so they stay memoized). */
function toggleProcess(name: string): void {
  selectProcess(appStore.getState().selected === name ? null : name);
}

/** The arrowhead of a wait-for edge (`className` gives its color). */
function Arrowhead({ id, className }: { id: string; className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="5"
      markerHeight="5"
      orient="auto-start-reverse"
    >
      <path d="M0,0L10,5L0,10Z" className={className} />
    </marker>
  );
}
