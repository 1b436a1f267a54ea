import { useMemo } from 'react';
import { describeBlocked } from '../../playback/narration';
import type { World } from '../../playback/world';
import { useApp } from '../../store';
import { selectProcess } from '../commands';
import { useStrings } from '../i18n';
import { BarrierGate, GATE_H, GATE_W } from './BarrierGate';
import { boxEdge } from './geometry';
import { layoutStage, membersOf, type Point } from './layout';
import { MessageGlyph } from './MessageGlyph';
import { ProcessNode } from './ProcessNode';
import { QUEUE_H, QUEUE_W, QueueBox } from './QueueBox';
import { Wires } from './Wires';

/** The stage: every process, queue and barrier, the messages in flight and who waits for whom. */
export function Stage({ world }: { world: World }) {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const scenario = useApp((st) => st.runScenario);
  const trace = useApp((st) => st.trace);
  const placement = useApp((st) => st.placement);
  const selected = useApp((st) => st.selected);
  const layout = useMemo(() => (scenario ? layoutStage(scenario) : null), [scenario]);
  const members = useMemo(() => (scenario ? membersOf(scenario) : new Map<string, string[]>()), [scenario]);
  if (!layout || !trace) return null;

  const { node } = layout;
  const sizeOf = (name: string) =>
    layout.queues.has(name)
      ? { w: QUEUE_W, h: QUEUE_H }
      : layout.barriers.has(name)
        ? { w: GATE_W, h: GATE_H }
        : node;
  const posOf = (name: string): Point | undefined => layout.processes.get(name) ?? layout.queues.get(name);
  const endpoints = (a: string, b: string) => {
    const pa = posOf(a);
    const pb = posOf(b);
    if (!pa || !pb) return null;
    const sa = sizeOf(a);
    const sb = sizeOf(b);
    return { from: boxEdge(pa, pb, sa.w + 6, sa.h + 6), to: boxEdge(pb, pa, sb.w + 6, sb.h + 6) };
  };
  const t = world.position.t;
  const cycle = world.outcome?.kind === 'deadlock' ? world.outcome.cycle : null;
  const glyph = node.w < 70 ? 5 : 8;

  return (
    <svg
      className="stage"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={s.stage}
      data-testid="stage"
      onClick={(e) => {
        if (e.target === e.currentTarget) selectProcess(null);
      }}
    >
      <defs>
        <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="transparent" />
          <line x1="0" y1="0" x2="0" y2="8" className="hatch-line" strokeWidth="3" />
        </pattern>
        <marker
          id="arrow-wait"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0L10,5L0,10Z" className="wait-arrowhead" />
        </marker>
        <marker
          id="arrow-cycle"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0L10,5L0,10Z" className="cycle-arrowhead" />
        </marker>
      </defs>
      <Wires trace={trace} endpoints={endpoints} />
      {world.processes.map((p) => {
        const on = p.blocked?.on;
        if (!on || !layout.processes.has(on) || on === p.name) return null;
        const ends = endpoints(p.name, on);
        if (!ends) return null;
        const inCycle = cycle !== null && cycle.includes(p.name) && cycle.includes(on);
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
      {world.inFlight.map((m) => {
        const ends = endpoints(m.from, m.to);
        if (!ends) return null;
        return (
          <MessageGlyph
            key={m.id}
            message={m}
            from={ends.from}
            to={ends.to}
            lane={m.from < m.to ? 5 : -5}
            size={glyph}
            label={`${s.kinds[m.kind]} #${m.id}: ${m.from} → ${m.to}${m.payload ? ` "${m.payload}"` : ''}`}
          />
        );
      })}
    </svg>
  );
}
