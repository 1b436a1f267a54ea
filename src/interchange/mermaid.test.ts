// Mermaid export: every built-in parses with Mermaid's own parser (in Node, no DOM), and the
// diagram says what the run did: arrows per message, crosses for lost ones, notes for waits, a
// rect for each barrier release.

import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/trace';
import { runSource } from '../runtime/inprocess';
import { BUILTINS, builtin } from '../scenarios/all';
import { mermaidText, toMermaid } from './index';

const run = (id: string): Trace => runSource(builtin(id)?.source ?? '');

async function parses(source: string): Promise<void> {
  const result = await mermaid.parse(source);
  expect(result).toMatchObject({ diagramType: 'sequence' });
}

/** A trace with every occurrence of one name (as a JSON string) replaced by another. */
function renamed(trace: Trace, from: string, to: string): Trace {
  return JSON.parse(JSON.stringify(trace).replaceAll(JSON.stringify(from), JSON.stringify(to))) as Trace;
}

describe('toMermaid: Mermaid’s parser accepts every built-in', () => {
  it.each(BUILTINS.map((b) => b.id))('%s', async (id) => {
    const trace = run(id);
    await parses(toMermaid(trace));
    await parses(toMermaid(trace, { lang: 'ko' }));
    const half = Math.floor(trace.events.length / 2);
    await parses(toMermaid(trace, { from: half }));
    await parses(toMermaid(trace, { from: 3, to: half }));
  });
});

describe('toMermaid: what the diagram says', () => {
  it('starts with the title and the participants in declaration order, queues marked', () => {
    const lines = toMermaid(run('queue')).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '---',
      `title: ${JSON.stringify(run('queue').scenario.title)}`,
      '---',
      'sequenceDiagram',
    ]);
    const participants = lines.filter((l) => l.startsWith('  participant '));
    const trace = run('queue');
    expect(participants).toHaveLength(trace.scenario.processes.length + trace.scenario.queues.length);
    expect(participants[participants.length - 1]).toMatch(/ as jobs \(queue\)$/);
  });

  it('draws one arrow per message sent, in order, with call and reply styles', () => {
    const trace = run('rpc');
    const source = toMermaid(trace);
    const arrows = source.split('\n').filter((l) => /^ {2}\w+(->>|-->>|-x|--x|-\))\w+: /.test(l));
    expect(arrows).toHaveLength(trace.events.filter((e) => e.type === 'msg.send').length);
    expect(arrows[0]).toMatch(/^ {2}Client->>Server: call /);
    expect(source).toMatch(/^ {2}Server-->>Client: reply /m);
    expect(source).toMatch(/^ {2}Note over Client: waits for the reply from Server$/m);
  });

  it('ends a lost message in a cross', () => {
    const source = toMermaid(run('rpc-lost-reply'));
    expect(source).toMatch(/^ {2}Server--xClient: reply "200 OK" \(lost\)$/m);
    for (const b of BUILTINS) {
      const trace = run(b.id);
      const crosses = toMermaid(trace).match(/^ {2}\w+--?x\w+: .*\(lost\)$/gm) ?? [];
      expect(crosses.length).toBe(trace.events.filter((e) => e.type === 'msg.lost').length);
    }
  });

  it('shows a barrier release as a rect, and crashes as notes', () => {
    const source = toMermaid(run('barrier'));
    expect(source).toMatch(
      /^ {2}rect rgba\(255, 200, 80, 0\.25\)\n {4}Note over p0,p2: barrier sync releases .*\n {2}end$/m,
    );
    expect(toMermaid(run('queue-crash'))).toMatch(/Note over \w+: ✕ crashes/);
    expect(source).toMatch(/^ {2}Note over p1: Question: Worker\[1\] waits at the gate/m);
    expect(source).toMatch(/^ {2}Note over p0: waits at barrier sync$/m);
  });

  it('keeps to a step range', () => {
    const trace = run('rpc');
    const all = toMermaid(trace);
    const none = toMermaid(trace, { from: 5, to: 5 });
    expect(none.split('\n').filter((l) => l.includes('->>'))).toHaveLength(0);
    const firstSend = trace.events.findIndex((e) => e.type === 'msg.send');
    const one = toMermaid(trace, { from: firstSend, to: firstSend + 1 });
    expect(one.split('\n').filter((l) => /->>|-->>/.test(l))).toHaveLength(1);
    expect(toMermaid(trace, { from: -10, to: 1e9 })).toBe(all);
  });

  it('keeps the notes of one language', () => {
    const trace = run('barrier');
    expect(toMermaid(trace, { lang: 'en' })).not.toMatch(/[가-힣]/);
    expect(toMermaid(trace, { lang: 'ko' })).toMatch(/[가-힣]/);
  });
});

describe('toMermaid: escaping', () => {
  it('writes Mermaid’s delimiters as entity codes, on one line', () => {
    expect(mermaidText('a;b#c<d>\ne')).toBe('a#59;b#35;c#60;d#62; e');
    expect(mermaidText('x: y, z@w', true)).toBe('x#58; y#44; z#64;w');
    expect(mermaidText('')).toBe('…');
  });

  it('parses with hostile names and payloads, which break Mermaid when left raw', async () => {
    let trace = renamed(run('rpc'), 'Client', 'end');
    trace = renamed(trace, 'Server', 'a: b, c; d');
    const send = trace.events.find((e) => e.type === 'msg.send');
    if (send?.type === 'msg.send') send.payload = 'x; y # z\n<b>%%{init}%%';
    trace.scenario.title = 'Title: with "quotes"\nand a newline';
    const source = toMermaid(trace);
    await parses(source);
    expect(source).toMatch(/^ {2}participant p0 as end$/m);
    expect(source).toMatch(/^ {2}participant p1 as a#58; b#44; c#59; d$/m);
    expect(source).toMatch(/^ {2}p0->>p1: call "x#59; y #35; z\\n#60;b#62;%%\{init\}%%"$/m);
    expect(source).toMatch(/^title: "Title: with \\"quotes\\" and a newline"$/m);
    // The same line written raw does not parse: the escaping is what makes it work.
    await expect(mermaid.parse('sequenceDiagram\n  A->>B: call "x; y # z"\n')).rejects.toThrow();
  });
});
