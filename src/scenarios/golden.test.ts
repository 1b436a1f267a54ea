// Golden traces: every built-in scenario runs in Node and its trace, reduced to the fields that
// define its meaning, must match the checked-in expectation. Regenerate deliberately with
// `UPDATE_GOLDEN=1 npx vitest run src/scenarios` and review the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { runInProcess } from '../runtime/inprocess';
import type { TraceEvent, Trace } from '../engine/trace';
import { BUILTINS } from './all';

const DIR = new URL('./__golden__/', import.meta.url);

/** One line per event with the fields that carry its meaning. */
function reduce(trace: Trace): string {
  const line = (e: TraceEvent): string => {
    const head = `${e.t} ${e.type}`;
    switch (e.type) {
      case 'proc.start':
      case 'proc.unblock':
      case 'proc.done':
        return `${head} ${e.process}`;
      case 'proc.compute':
        return `${head} ${e.process} L${e.line} ${e.duration}`;
      case 'proc.block':
        return `${head} ${e.process} L${e.line} ${e.reason} ${e.on ?? '-'}`;
      case 'proc.error':
        return `${head} ${e.process} L${e.line} ${e.message}`;
      case 'msg.send':
        return `${head} #${e.id} ${e.from}->${e.to} ${e.kind} @${e.deliverAt} L${e.line} ${JSON.stringify(e.payload)}`;
      case 'msg.deliver':
        return `${head} #${e.id} ${e.to}`;
      case 'msg.recv':
        return `${head} #${e.id} ${e.process} L${e.line}`;
      case 'barrier.arrive':
        return `${head} ${e.barrier}/${e.generation} ${e.process} ${e.arrived}/${e.parties} L${e.line}`;
      case 'barrier.release':
        return `${head} ${e.barrier}/${e.generation} ${e.processes.join(',')}`;
      case 'note':
        return `${head} ${e.process} L${e.line} ${e.lang ?? '-'} ${JSON.stringify(e.text)}`;
      case 'ask':
        return `${head} ${e.process} L${e.line} ${e.lang ?? '-'} ${JSON.stringify(e.text)} answer=${JSON.stringify(e.answer)}`;
      case 'proc.crash':
      case 'proc.restart':
        return `${head} ${e.process}`;
      case 'proc.timeout':
        return `${head} ${e.process} L${e.line} ${e.reason}`;
      case 'msg.lost':
        return `${head} #${e.id} ${e.to} ${e.why}`;
      case 'msg.drop':
        return `${head} #${e.id} ${e.process} ${e.why}`;
      case 'barrier.withdraw':
        return `${head} ${e.barrier}/${e.generation} ${e.process} ${e.arrived}`;
      case 'run.end':
        return `${head} ${e.outcome.kind}`;
    }
  };
  const { outcome } = trace;
  return [
    `outcome ${outcome.kind} t=${outcome.time} cycle=${JSON.stringify(outcome.cycle)}`,
    `blocked ${JSON.stringify(outcome.blocked)}`,
    `message ${outcome.message}`,
    ...(outcome.crashed ? [`crashed ${JSON.stringify(outcome.crashed)}`] : []),
    ...trace.events.map(line),
    '',
  ].join('\n');
}

describe('golden traces of the built-in scenarios', () => {
  it('has the scenarios the menu promises', () => {
    expect(BUILTINS.map((b) => b.id)).toEqual(expect.arrayContaining(['rpc', 'queue', 'barrier']));
  });

  it.each(BUILTINS.map((b) => [b.id, b.source] as const))('%s', (id, source) => {
    const checked = check(source);
    expect(checked.diagnostics).toEqual([]);
    const actual = reduce(runInProcess(checked.scenario));
    const file = new URL(`${id}.golden.txt`, DIR);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, actual);
      if (!process.env.UPDATE_GOLDEN)
        throw new Error(`wrote a new golden file for ${id}; review and commit it`);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
