import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../scenarios/all';
import { SHIVIZ_EXAMPLES } from './examples';
import { runSource } from '../runtime/inprocess';
import { looksLikeShiViz, toShiViz, toShiVizFile } from './index';

describe('looksLikeShiViz', () => {
  it('knows both example logs, a whole exported file and a bare exported log', () => {
    for (const example of SHIVIZ_EXAMPLES) expect(looksLikeShiViz(example.log)).toBe(true);
    const trace = runSource(BUILTINS[0]!.source);
    expect(looksLikeShiViz(toShiVizFile(trace))).toBe(true);
    expect(looksLikeShiViz(toShiViz(trace))).toBe(true);
    expect(looksLikeShiViz(`\uFEFF${toShiViz(trace).replace(/\n/g, '\r\n')}`)).toBe(true);
  });

  it('never takes a scenario, JSON or random text for a log', () => {
    for (const b of BUILTINS) expect(looksLikeShiViz(b.source)).toBe(false);
    expect(looksLikeShiViz('{"format":"rendezvous.trace","version":1}')).toBe(false);
    expect(looksLikeShiViz('')).toBe(false);
    expect(looksLikeShiViz('hello\nworld {not json}\n')).toBe(false);
  });
});
