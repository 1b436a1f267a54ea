import { useMemo } from 'react';
import { describeBlocked } from '../../playback/narration';
import type { World } from '../../playback/world';
import { useApp } from '../../store';
import { selectProcess } from '../commands';
import { useStrings } from '../i18n';
import { BarrierGate } from './BarrierGate';
import { contentBox, layoutStage, membersOf, wireEnds } from './layout';
import { MessagesLayer, type Flight } from './MessagesLayer';
import { ProcessNode } from './ProcessNode';
import { QueueBox } from './QueueBox';
import { Wires } from './Wires';
import './stage.css';

/** The stage: every process, queue and barrier, the messages in flight and who waits for whom. */
export function Stage({ world }: { world: World }) {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const scenario = useApp((st) => st.runScenario);
  const trace = useApp((st) => st.trace);
  const placement = useApp((st) => st.placement);
  const selected = useApp((st) => st.selected);
  const presenter = useApp((st) => st.presenter);
  const layout = useMemo(() => (scenario ? layoutStage(scenario) : null), [scenario]);
  const members = useMemo(() => (scenario ? membersOf(scenario) : new Map<string, string[]>()), [scenario]);
  const endpoints = useMemo(() => (layout ? wireEnds(layout) : null), [layout]);
  if (!layout || !trace || !endpoints) return null;

  const { node } = layout;
  const finished = new Set(
    world.processes.filter((p) => p.status === 'done' || p.status === 'error').map((p) => p.name),
  );
  // Presenter mode shows only the occupied part of the stage, so everything on it is larger.
  const box = presenter ? contentBox(layout) : { x: 0, y: 0, w: layout.width, h: layout.height };
  const viewBox = `${box.x} ${box.y} ${box.w} ${box.h}`;
  const t = world.position.t;
  const flights: Flight[] = [];
  for (const m of world.inFlight) {
    const ends = endpoints(m.from, m.to);
    if (!ends) continue;
    const label = `${s.kinds[m.kind]} #${m.id}: ${m.from} → ${m.to}${m.payload ? ` "${m.payload}"` : ''}`;
    flights.push({ message: m, ...ends, lane: m.from < m.to ? 5 : -5, label });
  }
  const cycle = world.outcome?.kind === 'deadlock' ? world.outcome.cycle : null;
  const glyph = node.w < 70 ? 5 : 8;
  const crowded = world.processes.length > 48;

  return (
    <div className="stage-wrap">
      <svg
        className="stage"
        viewBox={viewBox}
        role="group"
        aria-label={s.stage}
        data-testid="stage"
        onClick={(e) => {
          if (e.target === e.currentTarget) selectProcess(null);
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
        <Wires trace={trace} endpoints={endpoints} />
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
            labels={{ queue: s.queues, unbounded: s.unbounded, waiting: s.consumersWaiting }}
          />
        ))}
        {world.barriers.map((b) => (
          <BarrierGate
            key={b.name}
            view={b}
            at={layout.barriers.get(b.name)!}
            members={members.get(b.name) ?? []}
            finished={finished}
            open={b.releasedAt === t && b.arrived.length === 0}
            labels={{ barrier: s.barriers, waiting: s.waiting, missing: s.missing, released: s.released }}
          />
        ))}
        {world.processes.map((p) => {
          const at = layout.processes.get(p.name);
          if (!at) return null;
          const k = trace.scenario.processes.indexOf(p.name);
          const w = placement[k];
          return (
            <ProcessNode
              key={p.name}
              view={p}
              at={at}
              w={node.w}
              h={node.h}
              caption={p.status === 'blocked' ? describeBlocked(p, lang) : s.status[p.status]}
              worker={w === null || w === undefined ? s.mainThread : `W${w}`}
              selected={selected === p.name}
              dimmed={selected !== null && selected !== p.name}
              onSelect={() => selectProcess(selected === p.name ? null : p.name)}
              selectLabel={s.selectProcess(p.name)}
            />
          );
        })}
      </svg>
      {/* Messages move every frame: on a layer of their own, the rest of the stage is not repainted. */}
      <svg className="stage-overlay" viewBox={viewBox} aria-hidden="true">
        <MessagesLayer flights={flights} size={glyph} />
      </svg>
    </div>
  );
}

/** The arrowhead of a wait-for edge (`className` gives its color). */
function Arrowhead({ id, className }: { id: string; className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto-start-reverse"
    >
      <path d="M0,0L10,5L0,10Z" className={className} />
    </marker>
  );
}
