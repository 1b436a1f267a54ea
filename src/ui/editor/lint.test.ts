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
    const ko = toLintDiagnostics(result, doc.length, 'ko').find((d) =>
      d.message.startsWith('unknown keyword'),
    );
    expect(ko?.actions?.[0]?.name).toBe('send(으)로 바꾸기');
  });

  it('keeps spans inside the document and passes warnings through', () => {
    const warn = check('process A\n  loop\n    compute 1\n  end\n  compute 2\nend\n');
    const out = toLintDiagnostics(warn, 5);
    expect(out.every((d) => d.from >= 0 && d.to <= 5 && d.from <= d.to)).toBe(true);
    expect(out.some((d) => d.severity === 'warning')).toBe(true);
  });

  it('writes the message alone when there is no hint', () => {
    const d = result.diagnostics[0];
    if (d) expect(lintMessage({ ...d, hint: null })).toBe(d.message);
  });
});
