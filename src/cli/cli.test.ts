import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceToJson } from '../engine/json';
import { runSource } from '../runtime/inprocess';
import { runCli } from './run';

function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path]!;
    },
  });
  return { code, stdout, stderr };
}

const ok = 'process A\n  send B "hi"\nend\nprocess B\n  recv\nend\n';

describe('the command-line tool', () => {
  it('prints a timeline and the outcome, exit 0', () => {
    const r = cli(['a.rdv'], { 'a.rdv': ok });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('t=0 · A sends message #1 "hi" to B');
    expect(r.stdout).toMatch(/\nOutcome: The run is complete: every process reached its end by t=1\.\n/);
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

  it('reports errors as FILE:LINE:COL: message with the hint, exit 1', () => {
    const r = cli(['bad.rdv'], { 'bad.rdv': 'process A\n  sned B\nend\nprocess B\n  recv\nend\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bad\.rdv:2:3: unknown keyword `sned`.*did you mean `send`\?/m);
  });

  it('reports warnings as FILE:LINE:COL: warning: message and still runs, exit 0', () => {
    const r = cli(['w.rdv'], { 'w.rdv': 'process A\n  send B\nend\nprocess B\n  compute 1\nend\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^w\.rdv:2:3: warning: /m);
    expect(r.stdout).toContain('Outcome:');
  });

  it('counts columns in Unicode characters', () => {
    const r = cli(['k.rdv'], { 'k.rdv': 'process 클라이언트\n  sned 서버\nend\n' });
    expect(r.stderr).toMatch(/^k\.rdv:2:3: /m);
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
