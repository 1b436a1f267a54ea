import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { cli } from './testkit';
import { GATE } from '../sweep/fixtures';

// B takes whichever message comes first: when A's does, B waits for a second one from A for ever.
const RACE = `jitter 4
process A
  send B "a"
end
process C
  send B "c"
end
process B
  recv
  recv from A
end
`;

describe('sim --sweep', () => {
  it('prints one aligned line per point: value, outcome, finish, blocked, barrier wait, sent', () => {
    const r = cli(['gate.rdv', '--sweep', 'W=1..4'], { 'gate.rdv': GATE });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'W  outcome  finish  blocked  barrier wait  sent',
        '1  idle          3        3             0     1',
        '2  idle          5        7             2     2',
        '3  idle          7       13             6     3',
        '4  idle          9       21            12     4',
        '',
      ].join('\n'),
    );
    // The same command prints the same table.
    expect(cli(['gate.rdv', '--sweep=W=1..4'], { 'gate.rdv': GATE })).toEqual(r);
  });

  it('steps through the range and takes latency, a barrier’s parties and --lang ko', () => {
    const r = cli(['gate.rdv', '--sweep', 'latency=0..10:5'], { 'gate.rdv': GATE });
    expect(r.stdout.split('\n').map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'latency',
      '0',
      '5',
      '10',
      '',
    ]);
    expect(r.stdout).toContain('10  idle         16');
    const parties = cli(['gate.rdv', '--sweep', 'gate=3..4'], { 'gate.rdv': GATE });
    // Four parties for three workers: the gate never opens.
    expect(parties.stdout).toMatch(/\n {3}4 {2}deadlock {7}6 /);
    const ko = cli(['gate.rdv', '--sweep', 'W=2..2', '--lang', 'ko'], { 'gate.rdv': GATE });
    expect(ko.stdout.split('\n')[0]).toBe('W  결과  끝난 시각  막힌 시간  배리어 대기  보낸 메시지');
  });

  it('prints CSV with --csv, with blocked time per process', () => {
    const r = cli(['gate.rdv', '--sweep', 'W=1..2', '--csv'], { 'gate.rdv': GATE });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'W,outcome,finish,blocked,barrier wait,sent,blocked W[1],blocked Sink,blocked W[2]\r\n' +
        '1,idle,3,3,0,1,0,3,\r\n' +
        '2,idle,5,7,2,2,2,5,0\r\n',
    );
  });

  it('refuses an unknown knob, a single process, a bad range and mixed options, exit 2', () => {
    const files = { 'gate.rdv': GATE };
    const unknown = cli(['gate.rdv', '--sweep', 'speed=1..3'], files);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      'sim: Nothing to sweep is named "speed". Knobs of this scenario: latency, jitter, seed, W, gate.\n',
    );
    expect(cli(['gate.rdv', '--sweep', 'Sink=1..3'], files).stderr).toBe(
      'sim: Sink is a single process, not a group: only a group’s size can be swept.\n',
    );
    const cases: [string[], string][] = [
      [['gate.rdv', '--sweep', 'W=3..1'], 'sim: --sweep: The range 3..1 is empty'],
      [['gate.rdv', '--sweep', 'W=1..x'], 'sim: --sweep: A range is written A..B or A..B:STEP'],
      [['gate.rdv', '--sweep', 'W'], 'sim: --sweep takes NAME=A..B[:STEP], like latency=1..8 (got W)'],
      [['gate.rdv', '--sweep'], 'sim: --sweep takes NAME=A..B[:STEP], like latency=1..8 (got nothing)'],
      [['gate.rdv', '--sweep', 'W=0..5000'], 'has 5001 points; a sweep runs at most 1000'],
      [['gate.rdv', '--csv'], 'sim: --csv goes with --sweep or --seeds'],
      [['gate.rdv', '--sweep', 'W=1..2', '--seeds', '1..2'], 'sim: one --sweep or --seeds at a time'],
      [['gate.rdv', '--sweep', 'W=1..2', '--json'], 'sim: --json prints one run; a sweep prints a table'],
      [['--trace', 't.json', '--seeds', '1..2'], 'sim: --sweep and --seeds run a scenario'],
    ];
    for (const [argv, message] of cases) {
      const r = cli(argv, files);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain(message);
    }
    const zero = cli(['gate.rdv', '--sweep', 'W=0..2'], files);
    expect(zero.stderr).toBe('sim: Size of group W goes from 1 to 4095, so 0 cannot be swept.\n');
  });

  it('exits 1 when a point of the sweep would have an error, naming it', () => {
    const src = 'process A\n  send W[3]\nend\nprocess W[1..3]\n  recv\nend\n';
    const r = cli(['w.rdv', '--sweep', 'W=2..3'], { 'w.rdv': src });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sim: With Size of group W = 2 the scenario has an error: 2:\d+: /);
  });
});

describe('sim --seeds', () => {
  it('runs one point per seed, then counts each outcome and draws the finish times', () => {
    const r = cli(['race.rdv', '--seeds', '1..20'], { 'race.rdv': RACE });
    expect(r.code).toBe(0);
    const [table, summary] = r.stdout.split('\n\n');
    const rows = table!.split('\n').slice(1);
    expect(rows.map((l) => Number(l.trim().split(/\s+/)[0]))).toEqual(
      Array.from({ length: 20 }, (_, k) => k + 1),
    );
    // Each row is the run of the scenario with that seed written in.
    for (const [k, line] of rows.entries()) {
      const trace = runSource(RACE.replace('jitter 4\n', `jitter 4\nseed ${k + 1}\n`));
      expect(line.trim().split(/\s+/).slice(1, 3)).toEqual([trace.outcome.kind, String(trace.outcome.time)]);
    }
    const deadlocks = rows.filter((l) => l.includes('deadlock')).length;
    expect(deadlocks).toBeGreaterThan(0);
    expect(deadlocks).toBeLessThan(20);
    expect(summary).toContain(
      `completed in ${20 - deadlocks} of 20\ndeadlock in ${deadlocks} of 20\nfinish times:\n`,
    );
    const bars = summary!.trimEnd().split('\n').slice(3);
    expect(bars.reduce((n, l) => n + Number(l.trim().split(/\s+/)[1]), 0)).toBe(20);
    expect(cli(['race.rdv', '--seeds=1..20'], { 'race.rdv': RACE }).stdout).toBe(r.stdout);
  });

  it('prints only the CSV with --csv, and the summary in Korean with --lang ko', () => {
    const csv = cli(['race.rdv', '--seeds', '3..5', '--csv'], { 'race.rdv': RACE }).stdout;
    expect(csv.split('\r\n')[0]).toBe(
      'seed,outcome,finish,blocked,barrier wait,sent,blocked A,blocked C,blocked B',
    );
    expect(csv.split('\r\n')).toHaveLength(5);
    const ko = cli(['race.rdv', '--seeds', '1..20', '--lang', 'ko'], { 'race.rdv': RACE }).stdout;
    expect(ko).toMatch(/\ndeadlock: 20번 중 \d+번\n/);
    expect(ko).toContain('\n끝난 시각:\n');
  });

  it('runs as `npm run -s sim` with a clean standard output', () => {
    const r = spawnSync(
      'npm',
      ['run', '-s', 'sim', '--', 'src/scenarios/barrier.rdv', '--sweep', 'Worker=2..3', '--csv'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toMatch(/^Worker,outcome,finish,blocked,barrier wait,sent,/);
    expect(r.stdout.split('\r\n')).toHaveLength(4);
  });
});
