import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { lintMessage, toLintDiagnostics } from './lint';

describe('lint diagnostics', () => {
  const doc = 'process A\n  sned B\n  send 클 "x"\nend\nprocess B\n  recv\nend\n';
  const result = check(doc);

  it('maps every diagnostic with its UTF-16 span, severity and hint', () => {
    const out = toLintDiagnostics(result, doc.length);
    expect(out).toHaveLength(result.diagnostics.length);
    const typo = out.find((d) => d.message.startsWith('unknown keyword'));
    expect(typo).toMatchObject({ from: doc.indexOf('sned'), to: doc.indexOf('sned') + 4, severity: 'error' });
    expect(typo?.message).toBe('unknown keyword `sned` — did you mean `send`?');
    expect(typo?.actions?.map((a) => a.name)).toEqual(['Replace with send']);
    const ko = toLintDiagnostics(result, doc.length, 'ko').find((d) => d.from === doc.indexOf('sned'));
    expect(ko?.message).toBe('`sned` 키워드는 이 언어에 없습니다 — 혹시 `send`인가요?');
    expect(ko?.actions?.map((a) => a.name)).toEqual(['send(으)로 바꾸기']);
  });

  it('adds a "Learn more" action that opens the reference at the code', () => {
    const opened: string[] = [];
    const en = toLintDiagnostics(result, doc.length, 'en', (code) => opened.push(code));
    expect(en.map((d) => d.actions?.map((a) => a.name))).toEqual(
      result.diagnostics.map((d) =>
        d.hintId === 'did-you-mean' ? ['Replace with send', 'Learn more'] : ['Learn more'],
      ),
    );
    for (const d of en) d.actions?.at(-1)?.apply(null as never, d.from, d.to);
    expect(opened).toEqual(result.diagnostics.map((d) => d.code));
    const ko = toLintDiagnostics(result, doc.length, 'ko', () => undefined);
    expect(ko.every((d) => d.actions?.at(-1)?.name === '설명 보기')).toBe(true);
  });

  it('keeps spans inside the document and passes warnings through', () => {
    const warn = check('process A\n  loop\n    compute 1\n  end\n  compute 2\nend\n');
    const out = toLintDiagnostics(warn, 5);
    expect(out.every((d) => d.from >= 0 && d.to <= 5 && d.from <= d.to)).toBe(true);
    expect(out.some((d) => d.severity === 'warning')).toBe(true);
  });

  it('writes the message alone when there is no hint', () => {
    const d = result.diagnostics[0]!;
    expect(lintMessage({ ...d, hint: null })).toBe(d.message);
    expect(lintMessage({ ...d, hint: null }, 'ko')).toBe('`sned` 키워드는 이 언어에 없습니다');
  });
});
