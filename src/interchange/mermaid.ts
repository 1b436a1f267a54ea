// A run (or a step range of it) as a Mermaid `sequenceDiagram`, for notes and slides: participants
// in declaration order (processes, then queues), each message an arrow at its send (a lost one ends
// in a cross), each block a note saying what the process waits for, each barrier release a
// highlighted `rect`. Mermaid's sequence lexer ends text at `#` and `;`, so text is written with
// Mermaid's entity codes (`#35;`, `#59;`, …), which it decodes when it renders. Uses only what
// Mermaid's parser reads without a DOM (checked in the tests with `mermaid.parse` in Node).

import type { Lang } from '../lang/ast';
import type { Trace, TraceEvent } from '../engine/trace';

export interface MermaidOptions {
  /** First event to draw (an event index, default 0). */
  from?: number;
  /** Draw events before this index (default: to the end). Positions `from`..`to` of the player. */
  to?: number;
  /** Keep only the notes in this language (and those without one); default: every note. */
  lang?: Lang;
}

type Send = Extract<TraceEvent, { type: 'msg.send' }>;

/** Words Mermaid's sequence lexer reads as keywords (case-insensitively), never plain ids. */
const KEYWORDS = new Set(
  (
    'participant actor as loop rect opt alt else par par_over and critical option break end note over left ' +
    'right of activate deactivate title autonumber off links link properties details box create destroy ' +
    'sequencediagram acctitle accdescr wrap nowrap'
  ).split(' '),
);

/**
 * Text Mermaid reads as plain text on one line: the characters that end it (`#`, `;`) or that its
 * sanitizer could take for HTML (`<`, `>`) become entity codes; a participant's label also may not
 * hold `:`, `,` or `@`.
 */
export function mermaidText(text: string, label = false): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ').trim();
  const escaped = oneLine.replace(label ? /[#;<>:,@]/g : /[#;<>]/g, (c) => `#${c.charCodeAt(0)};`);
  return escaped === '' ? '…' : escaped;
}

/** Ids for every participant: the name itself when Mermaid reads it as an id, else `p0`, `p1`, …. */
function participants(trace: Trace): Map<string, { id: string; label: string }> {
  const names = [...trace.scenario.processes, ...trace.scenario.queues.map((q) => q.name)];
  const ids = new Map<string, { id: string; label: string }>();
  names.forEach((name, k) => {
    const plain = /^[A-Za-z][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name.toLowerCase());
    ids.set(name, { id: plain ? name : `p${k}`, label: plain ? name : mermaidText(name, true) });
  });
  return ids;
}

const WAITS: Record<string, (on: string | null) => string> = {
  recv: (on) => (on === null ? 'waits for a message' : `waits for a message from ${on}`),
  ssend: (on) => `waits for the acknowledgement${on === null ? '' : ` from ${on}`}`,
  call: (on) => `waits for the reply${on === null ? '' : ` from ${on}`}`,
  publish: (on) => `waits for room in ${on ?? 'the queue'}`,
  consume: (on) => `waits for a job from ${on ?? 'the queue'}`,
  barrier: (on) => `waits at barrier ${on ?? ''}`.trimEnd(),
};

const ARROW: Record<Send['kind'], { ok: string; lost: string; label: string }> = {
  message: { ok: '->>', lost: '-x', label: '' },
  sync: { ok: '->>', lost: '-x', label: 'ssend' },
  request: { ok: '->>', lost: '-x', label: 'call' },
  reply: { ok: '-->>', lost: '--x', label: 'reply' },
  ack: { ok: '-->>', lost: '--x', label: 'ack' },
  publish: { ok: '-)', lost: '-x', label: 'publish' },
  dispatch: { ok: '->>', lost: '-x', label: 'dispatch' },
};

/** The run as Mermaid `sequenceDiagram` source. */
export function toMermaid(trace: Trace, options: MermaidOptions = {}): string {
  const events = trace.events;
  const from = Math.max(0, Math.floor(options.from ?? 0));
  const to = Math.min(events.length, Math.floor(options.to ?? events.length));
  const who = participants(trace);
  const id = (name: string): string => who.get(name)?.id ?? `p${who.size}`;
  const lost = new Set(events.flatMap((e) => (e.type === 'msg.lost' ? [e.id] : [])));
  const arrived = new Set(events.flatMap((e) => (e.type === 'msg.deliver' ? [e.id] : [])));
  const order = [...who.keys()];
  /** `over A` or `over A,B` for the first and last of `names` in participant order. */
  const over = (names: string[]): string => {
    const known = names.filter((n) => who.has(n)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const first = known[0];
    const last = known[known.length - 1];
    if (first === undefined || last === undefined) return `over ${id(order[0] ?? '')}`;
    return first === last ? `over ${id(first)}` : `over ${id(first)},${id(last)}`;
  };
  // The title goes in the front matter (a YAML string; JSON is valid YAML): a `title` statement
  // would pass through Mermaid's HTML sanitizer even when only parsing, which needs a DOM.
  const title = (trace.scenario.title || 'Rendezvous run').replace(/[\r\n]+/g, ' ');
  const lines = ['---', `title: ${JSON.stringify(title)}`, '---', 'sequenceDiagram'];
  for (const [name, p] of who) {
    const isQueue = !trace.scenario.processes.includes(name);
    const label = isQueue ? `${p.label} (queue)` : p.label;
    lines.push(p.id === label ? `  participant ${p.id}` : `  participant ${p.id} as ${label}`);
  }
  const note = (names: string[], text: string): void =>
    void lines.push(`  Note ${over(names)}: ${mermaidText(text)}`);
  for (let k = from; k < to; k++) {
    const e = events[k] as TraceEvent;
    switch (e.type) {
      case 'msg.send': {
        const arrow = ARROW[e.kind];
        const fate = lost.has(e.id) ? ' (lost)' : arrived.has(e.id) ? '' : ' (not delivered)';
        const label = [arrow.label, e.payload === null ? '' : JSON.stringify(e.payload)]
          .filter(Boolean)
          .join(' ');
        const text = mermaidText(`${label || 'message'}${fate}`);
        lines.push(`  ${id(e.from)}${lost.has(e.id) ? arrow.lost : arrow.ok}${id(e.to)}: ${text}`);
        break;
      }
      case 'proc.block':
        note([e.process], WAITS[e.reason]?.(e.on) ?? 'waits');
        break;
      case 'proc.timeout':
        note([e.process], `gives up waiting (timeout, ${e.reason})`);
        break;
      case 'proc.compute':
        note([e.process], `computes for ${e.duration}`);
        break;
      case 'proc.crash':
        note([e.process], '✕ crashes');
        break;
      case 'proc.restart':
        note([e.process], 'restarts');
        break;
      case 'proc.error':
        note([e.process], `error: ${e.message}`);
        break;
      case 'msg.drop':
        note([e.process], 'drops a late answer');
        break;
      case 'note':
      case 'ask':
        if (options.lang === undefined || e.lang === null || e.lang === options.lang)
          note([e.process], e.type === 'ask' ? `Question: ${e.text}` : e.text);
        break;
      case 'barrier.release':
        lines.push('  rect rgba(255, 200, 80, 0.25)');
        lines.push(
          `    Note ${over(e.processes)}: ${mermaidText(`barrier ${e.barrier} releases ${e.processes.join(', ')}`)}`,
        );
        lines.push('  end');
        break;
      case 'run.end':
        note(order, `${e.outcome.kind}: ${e.outcome.message}`);
        break;
      default:
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}
