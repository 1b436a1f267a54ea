// The diagram model of failures (SPEC §6): a lost or late-dropped message keeps its arrow with
// its fate, a crash opens a down interval that its restart closes, a wait says how it ended.

import { describe, expect, it } from 'vitest';
import { runSource } from '../runtime/inprocess';
import { check } from '../lang';
import { cutWindows } from './cuts';
import { buildDiagram } from './diagram';

describe('buildDiagram with failures', () => {
  it('a lost reply: the arrow ends at the loss time with its fate; the wait gives up', () => {
    const m = buildDiagram(
      runSource(`latency 2
lose Server Client
process Client
  call Server "x" timeout 6
end
process Server
  recv
  reply "ok"
end
`),
    );
    const reply = m.arrows.find((a) => a.kind === 'reply')!;
    expect(reply).toMatchObject({ sentAt: 2, deliverAt: 4, deliverIndex: null });
    expect(reply.fate).toMatchObject({ why: 'lose', at: 4 });
    expect(m.arrows.find((a) => a.kind === 'request')!.fate).toBeUndefined();
    const wait = m.waits.find((w) => w.lane === 0)!;
    expect(wait).toMatchObject({ from: 0, to: 6, open: false, ended: 'timeout' });
    expect(m.waits.find((w) => w.lane === 1)!.ended).toBeUndefined();
    expect(m.downs).toEqual([]);
  });

  it('a late reply is delivered, then dropped', () => {
    const m = buildDiagram(
      runSource(`latency 2
delay Server Client by 5
process Client
  call Server "x" timeout 4
end
process Server
  recv
  reply "ok"
end
`),
    );
    const reply = m.arrows.find((a) => a.kind === 'reply')!;
    expect(reply.deliverIndex).not.toBeNull();
    expect(reply.fate).toMatchObject({ why: 'late', at: 9 });
  });

  it('a crash opens a down interval that the restart closes; a crash never restarted stays open', () => {
    const m = buildDiagram(
      runSource(`crash A at 3
restart A at 5
crash B at 4
process A
  compute 10
end
process B
  recv
end
`),
    );
    expect(m.downs!.map(({ lane, from, to, open }) => ({ lane, from, to, open }))).toEqual([
      { lane: 0, from: 3, to: 5, open: false },
      { lane: 1, from: 4, to: m.end, open: true },
    ]);
    expect(m.waits.find((w) => w.lane === 1)).toMatchObject({ from: 0, to: 4, ended: 'crash' });
    // The compute cut short by the crash ends there.
    expect(m.bars[0]).toMatchObject({ lane: 0, from: 0, to: 3 });
  });

  it('the cut windows the caller gives become bands between the two lanes; without them, none', () => {
    const source = `latency 2
cut Db App from 3 to 9
process App
  call Db "x" timeout 5
end
process Db
  recv
  reply "ok"
end
`;
    const trace = runSource(source);
    expect(buildDiagram(trace).cuts).toEqual([]);
    const m = buildDiagram(trace, cutWindows(check(source).scenario));
    expect(m.cuts).toEqual([{ laneA: 0, laneB: 1, from: 3, to: 9 }]);
  });
});
