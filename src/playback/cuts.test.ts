import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { cutsAt, cutWindows } from './cuts';

const scenario = (src: string) => check(src).scenario;

describe('cutWindows', () => {
  it('gives each cut pair sorted by name, a group standing for each member', () => {
    const s = scenario(`cut Db App from 3 to 9
cut W App from 1 to 2
cut W[1] Db from 4 to 5
process App
  send Db
end
process Db
  recv
end
process W[0..1]
  send App
end
`);
    expect(cutWindows(s)).toEqual([
      { a: 'App', b: 'Db', from: 3, to: 9 },
      { a: 'App', b: 'W[0]', from: 1, to: 2 },
      { a: 'App', b: 'W[1]', from: 1, to: 2 },
      { a: 'Db', b: 'W[1]', from: 4, to: 5 },
    ]);
  });

  it('is empty without cut lines', () => {
    expect(cutWindows(scenario(`lose A B\nprocess A\n  send B\nend\nprocess B\n  recv\nend\n`))).toEqual([]);
  });
});

describe('cutsAt', () => {
  const windows = [
    { a: 'A', b: 'B', from: 3, to: 9 },
    { a: 'A', b: 'B', from: 5, to: 12 },
    { a: 'A', b: 'C', from: 0, to: 1 },
  ];
  it('holds a window from its start up to, not including, its end', () => {
    expect(cutsAt(windows, 2.99)).toEqual([]);
    expect(cutsAt(windows, 3)).toEqual([windows[0]]);
    expect(cutsAt(windows, 0)).toEqual([windows[2]]);
    expect(cutsAt(windows, 1)).toEqual([]);
    expect(cutsAt(windows, 12)).toEqual([]);
  });
  it('gives one window per pair when two overlap: the one that lasts longer', () => {
    expect(cutsAt(windows, 6)).toEqual([windows[1]]);
    expect(cutsAt(windows, 10)).toEqual([windows[1]]);
  });
});
