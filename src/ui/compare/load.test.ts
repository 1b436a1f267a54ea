import { describe, expect, it } from 'vitest';
import { runSide, sideProblem } from './load';

const RPC = 'latency 2\nprocess C\n  call S\nend\nprocess S\n  recv\n  compute 3\n  reply\nend\n';

describe('one half of the compare view', () => {
  it('runs a text that checks (on the main thread where there are no Workers)', async () => {
    const side = await runSide(RPC);
    expect(side.kind).toBe('ran');
    if (side.kind !== 'ran') return;
    expect(side.trace.outcome).toMatchObject({ kind: 'completed', time: 7 });
    expect(sideProblem(side, 'en')).toBeNull();
  });

  it('a text with errors does not run, and its half says why in either language', async () => {
    const runs: string[] = [];
    const side = await runSide('process C\n  sendd S\n  recv Nobody\nend\n', async () => {
      runs.push('ran');
      throw new Error('must not run');
    });
    expect(runs).toEqual([]);
    expect(side.kind).toBe('invalid');
    if (side.kind !== 'invalid') return;
    expect(side.errors.length).toBeGreaterThanOrEqual(2);
    expect(side.errors[0]!.span.line).toBe(2);
    const en = sideProblem(side, 'en')!;
    expect(en).toMatch(
      new RegExp(
        `^This scenario does not check \\(${side.errors.length} errors\\), so it cannot run\\. Line 2: `,
      ),
    );
    expect(en).toContain(side.errors[0]!.message);
    expect(sideProblem(side, 'ko')).toMatch(
      new RegExp(`^이 시나리오에는 오류가 ${side.errors.length}개 있어 실행할 수 없습니다\\. 2행: `),
    );
  });

  it('a run that fails becomes a message, not a rejection', async () => {
    const side = await runSide(RPC, () => Promise.reject(new Error('a worker stopped answering')));
    expect(side).toEqual({ kind: 'failed', detail: 'a worker stopped answering' });
    expect(sideProblem(side, 'en')).toBe('This scenario could not be run: a worker stopped answering');
    expect(sideProblem(side, 'ko')).toBe('이 시나리오를 실행하지 못했습니다: a worker stopped answering');
  });
});
