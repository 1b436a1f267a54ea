// `--explore [--lose K] [--states N] [--json]` (SPEC §8), and the `never`/`can` goals the tool
// checks by exploring.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './testkit';

const race =
  'process A\n  send C "a"\nend\nprocess B\n  send C "b"\nend\nprocess C\n  recv\n  recv from A\nend\n';
const rpc = 'process Client\n  call Server\nend\nprocess Server\n  loop\n    recv\n    reply\n  end\nend\n';

describe('sim --explore', () => {
  it('prints the reachable outcomes with their fewest deliveries, the search size and the shortest bad run', () => {
    const r = cli(['race.rdv', '--explore'], { 'race.rdv': race });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Every order\n=+\nAll \d+ states explored\.\n/);
    expect(r.stdout).toContain('  completed  2 deliveries · The run is complete');
    expect(r.stdout).toContain('  deadlock   2 deliveries · Deadlock at t=2');
    expect(r.stdout).toContain('The shortest run that ends deadlock (t counts deliveries)');
    expect(r.stdout).toContain('t=1 · C takes message #1 "a" from A');
  });

  it('--json prints the rendezvous.explore document and nothing else', () => {
    const r = cli(['race.rdv', '--explore', '--json'], { 'race.rdv': race });
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & { outcomes: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(['format', 'version', 'states', 'complete', 'outcomes']);
    expect(doc).toMatchObject({ format: 'rendezvous.explore', version: 1, complete: true });
    expect(doc.outcomes.map((o) => [o.kind, o.shortest])).toEqual([
      ['completed', 2],
      ['deadlock', 2],
    ]);
    expect(doc.outcomes.map((o) => Object.keys(o))).toEqual([
      ['kind', 'shortest', 'run'],
      ['kind', 'shortest', 'run'],
    ]);
    const run = doc.outcomes[1]!.run as { format: string; outcome: { kind: string; time: number } };
    expect(run.format).toBe('rendezvous.trace');
    expect(run.outcome).toMatchObject({ kind: 'deadlock', time: 2 });
  });

  it('--lose 1 on an RPC without a timeout: deadlock after one loss, idle otherwise', () => {
    const r = cli(['rpc.rdv', '--explore', '--lose', '1', '--json'], { 'rpc.rdv': rpc });
    const doc = JSON.parse(r.stdout) as { outcomes: { kind: string; shortest: number }[] };
    expect(doc.outcomes.map((o) => [o.kind, o.shortest])).toEqual([
      ['idle', 2],
      ['deadlock', 1],
    ]);
    expect(cli(['rpc.rdv', '--explore', '--lose=0', '--json'], { 'rpc.rdv': rpc }).stdout).not.toContain(
      '"deadlock"',
    );
  });

  it('--states N bounds the search: incomplete, and says so', () => {
    const sender = 'process A\n  loop\n    send B\n  end\nend\nprocess B\n  loop\n    recv\n  end\nend\n';
    const text = cli(['s.rdv', '--explore', '--states', '50'], { 's.rdv': sender });
    expect(text.stdout).toContain('Stopped after 50 states (the budget is 50)');
    const json = JSON.parse(cli(['s.rdv', '--explore', '--states=50', '--json'], { 's.rdv': sender }).stdout);
    expect(json).toMatchObject({ states: 50, complete: false, outcomes: [] });
  });

  it('warns that fault lines are ignored, as FILE:LINE:COL: warning:', () => {
    const r = cli(['f.rdv', '--explore'], { 'f.rdv': `${race}crash C at 3\n` });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^f\.rdv:11:1: warning: `crash` happens at a time/);
  });

  it('in Korean', () => {
    const r = cli(['race.rdv', '--explore', '--lang', 'ko'], { 'race.rdv': race });
    expect(r.stdout).toMatch(/^모든 순서\n=+\n상태 \d+개를 모두 탐색했습니다\./);
    expect(r.stdout).toContain('결과가 교착 상태인 가장 짧은 실행 (t는 전달 횟수)');
  });

  it('usage errors: bad numbers, and a trace or another format with --explore, exit 2', () => {
    for (const argv of [
      ['a.rdv', '--explore', '--lose', '-1'],
      ['a.rdv', '--explore', '--states', '0'],
      ['a.rdv', '--explore', '--states'],
      ['a.rdv', '--explore', '--mermaid'],
      ['--trace', 'a.json', '--explore'],
    ]) {
      const r = cli(argv, { 'a.rdv': race });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^sim: /);
    }
  });

  it('a scenario with errors is not explored: exit 1', () => {
    const r = cli(['bad.rdv', '--explore'], { 'bad.rdv': 'process A\n  sned B\nend\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe('goals checked by exploring', () => {
  const goals = `goal never deadlock en "No deadlock in any order"\ngoal can completed\n${race}`;

  it('prints `never` and `can` as met or not met after the run, exit 0', () => {
    const r = cli(['g.rdv'], { 'g.rdv': goals });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  not met: No deadlock in any order — some order makes the run end in a deadlock: the shortest takes 2 deliveries',
    );
    expect(r.stdout).toContain(
      '  met: Some order makes the run complete — the shortest run that does takes 2 deliveries',
    );
  });

  it('--lose K applies to the goals too', () => {
    const src = `goal never deadlock\n${rpc}`;
    expect(JSON.parse(cli(['g.rdv', '--json'], { 'g.rdv': src }).stdout).goals[0].met).toBe(true);
    expect(JSON.parse(cli(['g.rdv', '--json', '--lose', '1'], { 'g.rdv': src }).stdout).goals[0].met).toBe(
      false,
    );
  });

  it('a goal’s own `lose N` is checked with N losses, whatever --lose says for the others', () => {
    const src = `goal never deadlock lose 1\ngoal never deadlock\n${rpc}`;
    const met = (argv: string[]) =>
      (JSON.parse(cli(argv, { 'g.rdv': src }).stdout) as { goals: { met: boolean }[] }).goals.map(
        (g) => g.met,
      );
    expect(met(['g.rdv', '--json'])).toEqual([false, true]);
    expect(met(['g.rdv', '--json', '--lose', '1'])).toEqual([false, false]);
    const r = cli(['g.rdv'], { 'g.rdv': src });
    expect(r.stdout).toContain(
      '  not met: In no order, even with up to 1 message lost, does the run end in a deadlock',
    );
  });
});

describe('npm run -s sim -- FILE --explore', () => {
  it('runs as a command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdv-explore-'));
    const file = join(dir, 'race.rdv');
    writeFileSync(file, race);
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', file, '--explore', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).outcomes.length).toBe(2);
  });
});
