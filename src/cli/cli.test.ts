import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceToJson } from '../engine/json';
import { runSource } from '../runtime/inprocess';
import { cli } from './testkit';

const ok = 'process A\n  send B "hi"\nend\nprocess B\n  recv\nend\n';

describe('the command-line tool', () => {
  it('prints a timeline and the outcome, exit 0', () => {
    const r = cli(['a.rdv'], { 'a.rdv': ok });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('t=0 · A sends message #1 "hi" to B');
    expect(r.stdout).toMatch(/\nOutcome: The run is complete: every process reached its end by t=1\.\n/);
  });

  it('breaks a tie in a queue’s line by declaration order (SPEC §2)', () => {
    const tie = [
      'queue q',
      'barrier gate',
      'process W[1..3]',
      '  barrier gate',
      '  consume q',
      'end',
      'process P',
      '  compute 1',
      '  publish q "a"',
      'end',
      '',
    ].join('\n');
    const r = cli(['tie.rdv'], { 'tie.rdv': tie });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('t=2 · Queue q hands its oldest message to W[1], first in line, as #2 "a"');
    expect(r.stdout).toContain('t=3 · W[1] receives message #2 "a" from queue q.');
    expect(r.stdout).toMatch(/\nOutcome: Deadlock at t=3/);
  });

  it('prints the trace JSON alone with --json', () => {
    const r = cli(['a.rdv', '--json'], { 'a.rdv': ok });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(traceToJson(runSource(ok)));
    expect(JSON.parse(r.stdout).format).toBe('rendezvous.trace');
  });

  it('stops at the event limit with --limit N', () => {
    const r = cli(['l.rdv', '--json', '--limit', '5'], {
      'l.rdv': 'process A\n  loop\n    compute 1\n  end\nend\n',
    });
    const trace = JSON.parse(r.stdout);
    expect(trace.outcome.kind).toBe('limit');
    expect(trace.events).toHaveLength(6);
    expect(trace.events[5].type).toBe('run.end');
  });

  it('reports errors as FILE:LINE:COL: message with the hint and the reference entry, exit 1', () => {
    const r = cli(['bad.rdv'], { 'bad.rdv': 'process A\n  sned B\nend\nprocess B\n  recv\nend\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'bad.rdv:2:3: unknown keyword `sned`; did you mean `send`? (see: docs/reference.en.md#unknown-keyword)\n',
    );
  });

  it('points to the reference after a message without a hint too', () => {
    const r = cli(['d.rdv'], { 'd.rdv': 'process A\nend\nprocess A\nend\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'd.rdv:3:9: `A` is already declared as a process on line 1; processes, groups, queues and barriers share one namespace; choose another name (see: docs/reference.en.md#duplicate-name)\n',
    );
    const bare = cli(['e.rdv'], { 'e.rdv': 'process A\n  recv\nend\nend\n' });
    expect(bare.stderr).toBe(
      'e.rdv:4:1: this `end` closes nothing; remove it, or check which block it was meant to close (see: docs/reference.en.md#extra-end)\n',
    );
    const none = cli(['f.rdv'], { 'f.rdv': 'process A\n  else\n  recv\nend\n' });
    expect(none.stderr).toBe(
      'f.rdv:2:3: `else` without an `if` (see: docs/reference.en.md#else-outside-if)\n',
    );
  });

  it('reports warnings as FILE:LINE:COL: warning: message and still runs, exit 0', () => {
    const r = cli(['w.rdv'], { 'w.rdv': 'process A\n  send B\nend\nprocess B\n  compute 1\nend\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'w.rdv:2:3: warning: `B` never receives, so this message is never taken; add `recv` to the program of `B` (see: docs/reference.en.md#never-receives)\n',
    );
    expect(r.stdout).toContain('Outcome:');
  });

  it('reports diagnostics in Korean with --lang ko, pointing to the Korean reference', () => {
    const files = {
      'bad.rdv': 'process A\n  sned B\nend\nprocess B\n  recv\nend\n',
      'w.rdv': 'process A\n  send B\nend\nprocess B\n  compute 1\nend\n',
    };
    const bad = cli(['bad.rdv', '--lang', 'ko'], files);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'bad.rdv:2:3: `sned` 키워드는 이 언어에 없습니다; 혹시 `send`인가요? (see: docs/reference.ko.md#unknown-keyword)\n',
    );
    const warn = cli(['w.rdv', '--lang=ko'], files);
    expect(warn.code).toBe(0);
    expect(warn.stderr).toBe(
      'w.rdv:2:3: warning: `B` 프로세스는 메시지를 받지 않으므로 이 메시지는 아무도 꺼내 가지 않습니다; `B` 프로세스의 프로그램에 `recv`를 넣으세요 (see: docs/reference.ko.md#never-receives)\n',
    );
    expect(warn.stdout).toContain('결과:');
  });

  it('reports a run-time error on standard error like a diagnostic, at the failing statement', () => {
    const files = { 'z.rdv': 'process W[1..3]\n  compute 6 / (3 - i)\nend\n' };
    const en = cli(['z.rdv'], files);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('W[3] stops with an error at line 2: division by zero');
    expect(en.stderr).toBe(
      'z.rdv:2:3: run-time error in W[3]: division by zero (see: docs/reference.en.md#run-division-by-zero)\n',
    );
    const ko = cli(['z.rdv', '--lang', 'ko'], files);
    expect(ko.code).toBe(0);
    expect(ko.stderr).toBe(
      'z.rdv:2:3: W[3] 프로세스에서 실행 중 오류: 0으로 나누려 했습니다 (see: docs/reference.ko.md#run-division-by-zero)\n',
    );
    const json = cli(['z.rdv', '--json'], files);
    expect(JSON.parse(json.stdout).outcome).toMatchObject({ kind: 'error', code: 'run-division-by-zero' });
    expect(json.stderr).toBe(en.stderr);
    const reply = cli(['r.rdv'], { 'r.rdv': 'process A\n  compute 1\n  reply\nend\n' });
    expect(reply.stderr).toBe(
      'r.rdv:3:3: run-time error in A: reply has no request to answer (see: docs/reference.en.md#run-reply-without-request)\n',
    );
  });

  it('prints nothing on standard error for a clean run that ends otherwise', () => {
    const r = cli(['d.rdv'], { 'd.rdv': 'process A\n  recv\nend\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Outcome:');
    expect(r.stderr).toBe('');
  });

  it('counts columns in Unicode characters', () => {
    const r = cli(['k.rdv'], { 'k.rdv': 'process 클라이언트\n  sned 서버\nend\n' });
    expect(r.stderr).toMatch(/^k\.rdv:2:3: /m);
  });

  describe('goals (SPEC §7)', () => {
    const rpc = [
      'process Client',
      '  call Server "ping"',
      'end',
      'process Server',
      '  recv',
      '  compute 3',
      '  reply "pong"',
      'end',
      'goal outcome completed en "Make it finish" ko "끝까지 돌게 하라"',
      'goal blocked Client <= 4',
      'goal time < 9 ko "9틱 안에"',
      '',
    ].join('\n');
    const files = { 'g.rdv': rpc };

    it('prints each goal as met or not met after the outcome, with its detail, and exits 0 either way', () => {
      const r = cli(['g.rdv'], files);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/\nOutcome: The run is complete[^\n]*\n\nGoals: 2 of 3 met\n/);
      expect(
        r.stdout.endsWith(
          [
            'Goals: 2 of 3 met',
            '  met: Make it finish — the run completes at t=5',
            '  not met: Client is blocked at most 4 ticks in all — Client was blocked 5 ticks; the goal allows 4',
            // Without --lang, a goal's text is the first words it gives; the details stay English.
            '  met: 9틱 안에 — the run took 5 ticks; the goal allows less than 9',
            '',
          ].join('\n'),
        ),
      ).toBe(true);
    });

    it('picks each goal’s words in the language of --lang, and writes its own sentences in it', () => {
      const en = cli(['g.rdv', '--lang', 'en'], files);
      expect(en.stdout).toContain('  met: Make it finish — the run completes at t=5\n');
      expect(en.stdout).toContain('  met: 9틱 안에 — the run took 5 ticks; the goal allows less than 9\n');
      const ko = cli(['g.rdv', '--lang=ko'], files);
      expect(ko.code).toBe(0);
      expect(ko.stdout).toContain(
        [
          '목표: 3개 중 2개 달성',
          '  달성: 끝까지 돌게 하라 — 실행이 t=5에 완료되었습니다',
          '  미달성: Client가 막혀 있는 시간이 모두 4틱 이하이다 — Client는 5틱 동안 막혀 있었습니다. 목표는 4틱 이하입니다',
          '  달성: 9틱 안에 — 실행은 5틱 걸렸습니다. 목표는 9틱 미만입니다',
        ].join('\n'),
      );
    });

    it('adds the goals to the JSON trace in source order, and nothing else changes', () => {
      const r = cli(['g.rdv', '--json'], files);
      expect(r.code).toBe(0);
      const trace = JSON.parse(r.stdout);
      expect(trace.goals).toEqual([
        { line: 9, text: 'Make it finish', met: true, detail: 'the run completes at t=5' },
        {
          line: 10,
          text: 'Client is blocked at most 4 ticks in all',
          met: false,
          detail: 'Client was blocked 5 ticks; the goal allows 4',
        },
        {
          line: 11,
          text: '9틱 안에',
          met: true,
          detail: 'the run took 5 ticks; the goal allows less than 9',
        },
      ]);
      const plain = JSON.parse(cli(['p.rdv', '--json'], { 'p.rdv': rpc.replace(/^goal.*\n/gm, '') }).stdout);
      expect(plain.goals).toBeUndefined();
      expect({ ...trace, goals: undefined }).toEqual({ ...plain, goals: undefined });
      const ko = JSON.parse(cli(['g.rdv', '--json', '--lang', 'ko'], files).stdout);
      expect(ko.goals.map((g: { text: string }) => g.text)).toEqual([
        '끝까지 돌게 하라',
        'Client가 막혀 있는 시간이 모두 4틱 이하이다',
        '9틱 안에',
      ]);
    });

    it('stops at a goal line with an error like any other, exit 1', () => {
      const r = cli(['x.rdv'], { 'x.rdv': 'process A\n  compute 1\nend\ngoal time != 1\n' });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'x.rdv:4:11: a goal cannot use `!=`; compare with `<=`, `<`, `>=`, `>` or `==`; for “not N”, write two goals or use `<` or `>` (see: docs/reference.en.md#goal-not-equal)\n',
      );
    });

    it('documents --lang in its usage', () => {
      const r = cli(['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/--lang en\|ko +language of the timeline, the messages and the goals/);
    });
  });

  it.each([
    [[], /no scenario file/],
    [['a.rdv', 'b.rdv'], /one scenario file at a time/],
    [['a.rdv', '--limit', 'x'], /--limit takes a whole number/],
    [['a.rdv', '--frobnicate'], /unknown option --frobnicate/],
    [['missing.rdv'], /cannot read missing\.rdv \(ENOENT\)/],
  ])('exits 2 for a usage error or an unreadable file: %j', (argv, message) => {
    const r = cli(argv, { 'a.rdv': ok });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('runs as `npm run -s sim` with the promised exit statuses and a clean standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdv-'));
    writeFileSync(join(dir, 'ok.rdv'), ok);
    writeFileSync(join(dir, 'bad.rdv'), 'process A\n  sned B\nend\n');
    const json = execFileSync('npm', ['run', '-s', 'sim', '--', join(dir, 'ok.rdv'), '--json'], {
      encoding: 'utf8',
    });
    expect(json).toBe(traceToJson(runSource(ok)));
    const bad = spawnSync('npm', ['run', '-s', 'sim', '--', join(dir, 'bad.rdv')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${join(dir, 'bad.rdv')}:2:3: unknown keyword`);
    const usage = spawnSync('npm', ['run', '-s', 'sim'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(readFileSync(join(dir, 'ok.rdv'), 'utf8')).toBe(ok);
  }, 60_000);
});

describe('exports and traces (--shiviz, --mermaid, --trace)', () => {
  it('prints the run as a ShiViz log with its regex first, or as a Mermaid sequence diagram', () => {
    const shiviz = cli(['a.rdv', '--shiviz'], { 'a.rdv': ok });
    expect(shiviz.code).toBe(0);
    const [regex, delimiter, ...log] = shiviz.stdout.split('\n');
    expect(regex).toBe('(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})');
    expect(delimiter).toBe('');
    expect(log.join('\n')).toMatch(/^A \{"A":\d+\}$/m);
    const mermaid = cli(['a.rdv', '--mermaid'], { 'a.rdv': ok });
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toContain('sequenceDiagram');
    expect(mermaid.stdout).toMatch(/A->>B: /);
  });

  it('reads a trace file back: the same timeline as the run it came from', () => {
    const json = cli(['a.rdv', '--json'], { 'a.rdv': ok }).stdout;
    const fromTrace = cli(['--trace', 't.json'], { 't.json': json });
    expect(fromTrace.code).toBe(0);
    expect(fromTrace.stdout).toBe(cli(['a.rdv'], { 'a.rdv': ok }).stdout);
    expect(cli(['--trace', 't.json', '--mermaid'], { 't.json': json }).stdout).toContain('sequenceDiagram');
  });

  it('refuses a damaged trace naming what is wrong, and mixed options as usage errors', () => {
    const json = JSON.parse(cli(['a.rdv', '--json'], { 'a.rdv': ok }).stdout) as {
      events: { type: string }[];
    };
    const deliver = json.events.findIndex((e) => e.type === 'msg.deliver');
    const send = json.events.findIndex((e) => e.type === 'msg.send');
    [json.events[send], json.events[deliver]] = [json.events[deliver]!, json.events[send]!];
    const bad = cli(['--trace', 'bad.json'], { 'bad.json': JSON.stringify(json) });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.json: .*Event \d+ \(msg\.deliver\)/);
    expect(bad.stdout).toBe('');
    expect(cli(['--trace', 'x.json'], { 'x.json': '{"format": "rendezvous.trace", "ver' }).code).toBe(1);
    expect(cli(['a.rdv', '--json', '--shiviz'], { 'a.rdv': ok }).code).toBe(2);
    expect(cli(['--trace', 't.json', '--limit', '3'], { 't.json': '{}' }).code).toBe(2);
  });
});
