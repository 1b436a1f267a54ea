import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, print, type Scenario } from './index';
import { applyKnob, knobProblem, maxGroupSize, readKnobs, type KnobChange } from './knobs';
import { findLink } from './knobs.decl';
import { scenarioArb } from './test/arbitraries';

const scen = (src: string): Scenario => check(src).scenario;
const apply = (src: string, change: KnobChange): string => applyKnob(src, scen(src), change);
const errors = (src: string) => check(src).diagnostics.filter((d) => d.severity === 'error');

/** The value the knob reads back after the change. */
function readBack(src: string, change: KnobChange): number | null | undefined {
  const s = scen(src);
  if (change.kind === 'link') return findLink(s, change.a, change.b)?.latency;
  if (change.kind === 'capacity') return s.queues.find((q) => q.name === change.queue)?.capacity;
  if (change.kind === 'parties') return s.barriers.find((b) => b.name === change.barrier)?.parties;
  const k = readKnobs(s);
  if (change.kind !== 'group') return k[change.kind];
  const g = k.groups.find((x) => x.name === change.name);
  return g && g.last - g.first + 1;
}

const BREAK = /\r\n|\r|\n/;
const lines = (s: string) => s.split(BREAK);
const breaks = (s: string) => s.match(/\r\n|\r|\n/g) ?? [];
const digitsBlind = (s: string) => s.replace(/[0-9]+/g, '#');

/** Asserts that `after` differs from `before` only in the numbers of one line. */
function expectOneNumberChanged(before: string, after: string): void {
  const a = lines(before);
  const b = lines(after);
  expect(b.length).toBe(a.length);
  expect(breaks(after)).toEqual(breaks(before));
  const changed = a.flatMap((line, k) => (line === b[k] ? [] : [k]));
  expect(changed.length).toBeLessThanOrEqual(1);
  for (const k of changed) expect(digitsBlind(b[k] ?? '')).toBe(digitsBlind(a[k] ?? ''));
}

/** Asserts that `after` is `before` with the one line `line` added, and no other change. */
function expectLineInserted(before: string, after: string, line: string): void {
  const a = lines(before);
  const b = lines(after);
  expect(b.length).toBe(a.length + 1);
  const k = b.indexOf(line);
  expect(k).toBeGreaterThanOrEqual(0);
  expect([...b.slice(0, k), ...b.slice(k + 1)]).toEqual(a);
  const kinds = new Set(breaks(before));
  for (const br of breaks(after)) expect(kinds.size === 0 ? br === '\n' : kinds.has(br)).toBe(true);
}

const BASE = `# Ping-pong between a client and a server.
# Second comment line.
title en "Ping"   # the title
about "Two processes."

process Client   # the caller
  call Server "ping"
end

process Worker[1..3]
  compute i  # work
end

process Server
  recv
  reply "pong"
end
`;

describe('readKnobs', () => {
  it('reads defaults, settings and groups', () => {
    expect(readKnobs(scen(BASE))).toEqual({
      latency: 1,
      jitter: 0,
      seed: 1,
      groups: [{ name: 'Worker', first: 1, last: 3 }],
    });
    const src = `latency 7\njitter 2\nseed 0\nprocess W[0..9]\nend\nprocess V[5..5]\nend\n`;
    expect(readKnobs(scen(src))).toEqual({
      latency: 7,
      jitter: 2,
      seed: 0,
      groups: [
        { name: 'W', first: 0, last: 9 },
        { name: 'V', first: 5, last: 5 },
      ],
    });
  });
});

describe('applyKnob on settings', () => {
  it('replaces only the number of an existing line, comments and spacing kept', () => {
    const src = BASE.replace(
      'about "Two processes."\n',
      'about "Two processes."\nlatency\t  12   # slow network\n',
    );
    const out = apply(src, { kind: 'latency', value: 3 });
    expect(out).toBe(src.replace('latency\t  12   #', 'latency\t  3   #'));
    expect(readKnobs(scen(out)).latency).toBe(3);
  });

  it('inserts a missing line after the last title/about/setting line', () => {
    for (const kind of ['latency', 'jitter', 'seed'] as const) {
      const out = apply(BASE, { kind, value: 5 });
      expect(out).toBe(BASE.replace('about "Two processes."\n', `about "Two processes."\n${kind} 5\n`));
      expect(errors(out)).toEqual([]);
      expect(readKnobs(scen(out))[kind]).toBe(5);
    }
    // The last such line may follow the processes (top-level lines come in any order).
    const late = `latency 2\nprocess A\nend\nseed 4 # late`;
    expect(apply(late, { kind: 'jitter', value: 1 })).toBe(
      `latency 2\nprocess A\nend\nseed 4 # late\njitter 1`,
    );
  });

  it('inserts at the top, after the leading comments, when there is no such line', () => {
    expect(apply('# a\n# b\n\n# about A\nprocess A\nend\n', { kind: 'seed', value: 9 })).toBe(
      '# a\n# b\nseed 9\n\n# about A\nprocess A\nend\n',
    );
    expect(apply('process A\nend\n', { kind: 'jitter', value: 2 })).toBe('jitter 2\nprocess A\nend\n');
    expect(apply('\ufeffprocess A\nend', { kind: 'jitter', value: 2 })).toBe(
      '\ufeffjitter 2\nprocess A\nend',
    );
    expect(apply('\n\nprocess A\nend', { kind: 'jitter', value: 2 })).toBe('jitter 2\n\n\nprocess A\nend');
    // Everything is comments (no process): the line goes at the end.
    expect(apply('# only', { kind: 'latency', value: 2 })).toBe('# only\nlatency 2');
    expect(apply('', { kind: 'latency', value: 2 })).toBe('latency 2\n');
  });

  it('keeps CRLF line endings', () => {
    const crlf = BASE.replace(/\n/g, '\r\n');
    const inserted = apply(crlf, { kind: 'jitter', value: 4 });
    expect(inserted).toBe(
      crlf.replace('about "Two processes."\r\n', 'about "Two processes."\r\njitter 4\r\n'),
    );
    const replaced = apply(inserted, { kind: 'jitter', value: 40 });
    expect(replaced).toBe(
      crlf.replace('about "Two processes."\r\n', 'about "Two processes."\r\njitter 40\r\n'),
    );
    const top = apply('# c\r\nprocess A\r\nend', { kind: 'seed', value: 3 });
    expect(top).toBe('# c\r\nseed 3\r\nprocess A\r\nend');
    expect(apply('process A\r\nend', { kind: 'seed', value: 3 })).toBe('seed 3\r\nprocess A\r\nend');
  });

  it('handles large values and zero', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const out = apply(apply(BASE, { kind: 'seed', value: max }), { kind: 'latency', value: 0 });
    expect(readKnobs(scen(out))).toMatchObject({ seed: max, latency: 0 });
    expect(errors(out)).toEqual([]);
  });

  it('refuses values that are not non-negative safe integers', () => {
    for (const value of [-1, 1.5, NaN, Infinity, 2 ** 53])
      expect(() => apply(BASE, { kind: 'latency', value })).toThrow(RangeError);
  });

  it('works on a source with errors when the setting line was understood', () => {
    const src = 'latency 4 # ok\nprocess A\n  sned B\nend\n';
    const before = errors(src);
    expect(before.length).toBeGreaterThan(0);
    const out = apply(src, { kind: 'latency', value: 8 });
    expect(out).toBe(src.replace('latency 4', 'latency 8'));
    expect(errors(out).map((d) => d.message)).toEqual(before.map((d) => d.message));
    // A trailing extra token: the span still covers `latency 4`, so only 4 changes.
    expect(apply('latency 4 9\nprocess A\nend', { kind: 'latency', value: 1 })).toBe(
      'latency 1 9\nprocess A\nend',
    );
  });

  it('inserts a new line when the existing one could not be read (and leaves the broken one alone)', () => {
    const src = 'title "T"\nlatency x\nprocess A\nend\n';
    const out = apply(src, { kind: 'latency', value: 6 });
    expect(out).toBe('title "T"\nlatency 6\nlatency x\nprocess A\nend\n');
    expect(readKnobs(scen(out)).latency).toBe(6);
  });

  it('rechecks when handed a stale scenario', () => {
    const old = 'latency 4\nprocess A\nend\n';
    const now = '# new comment\nlatency 4\nprocess A\nend\n';
    expect(applyKnob(now, scen(old), { kind: 'latency', value: 2 })).toBe(
      '# new comment\nlatency 2\nprocess A\nend\n',
    );
  });
});

describe('applyKnob on groups', () => {
  it('resizes up and down, keeping the first index', () => {
    const up = apply(BASE, { kind: 'group', name: 'Worker', size: 10 });
    expect(up).toBe(BASE.replace('Worker[1..3]', 'Worker[1..10]'));
    const down = apply(up, { kind: 'group', name: 'Worker', size: 1 });
    expect(down).toBe(BASE.replace('Worker[1..3]', 'Worker[1..1]'));
    expect(readKnobs(scen(down)).groups).toEqual([{ name: 'Worker', first: 1, last: 1 }]);
    expect(errors(down)).toEqual([]);
  });

  it('keeps spacing inside the brackets, comments and Unicode names', () => {
    const src =
      '# 워커들\r\nprocess 워커 [ 0 .. 2 ]  # 세 명\r\n  compute i\r\nend\r\nprocess 😀x\r\nend\r\n';
    const name = '워커';
    const out = apply(src, { kind: 'group', name, size: 5 });
    expect(out).toBe(src.replace('[ 0 .. 2 ]', '[ 0 .. 4 ]'));
    expect(readKnobs(scen(out)).groups).toEqual([{ name, first: 0, last: 4 }]);
  });

  it('refuses bad sizes, unknown groups and unreadable ranges', () => {
    for (const size of [0, -1, 2.5, NaN])
      expect(() => apply(BASE, { kind: 'group', name: 'Worker', size })).toThrow(RangeError);
    expect(() => apply(BASE, { kind: 'group', name: 'Client', size: 2 })).toThrow(/no group/);
    expect(() => apply(BASE, { kind: 'group', name: 'Nobody', size: 2 })).toThrow(/no group/);
    expect(() => apply('process W[1..]\nend', { kind: 'group', name: 'W', size: 2 })).toThrow(/not written/);
  });

  it('limits a group to what MAX_INSTANCES leaves', () => {
    const s = scen(BASE);
    expect(maxGroupSize(s, 'Worker')).toBe(4096 - 2);
    expect(() => applyKnob(BASE, s, { kind: 'group', name: 'Worker', size: 4095 })).toThrow(RangeError);
    const out = applyKnob(BASE, s, { kind: 'group', name: 'Worker', size: 4094 });
    expect(errors(out)).toEqual([]);
    expect(scen(out).instances.length).toBe(4096);
  });

  it('knobProblem names an error a resize would add', () => {
    const src = 'process W[1..4]\n  recv\nend\nprocess A\n  send W[4]\nend\n';
    expect(knobProblem(src, scen(src), { kind: 'group', name: 'W', size: 5 })).toBeNull();
    expect(knobProblem(src, scen(src), { kind: 'group', name: 'W', size: 3 })?.code).toBe(
      'index-out-of-range',
    );
    expect(knobProblem(src, scen(src), { kind: 'latency', value: 3 })).toBeNull();
    // Errors already there do not count.
    const broken = `${src}process B\n  sned A\nend\n`;
    expect(knobProblem(broken, scen(broken), { kind: 'seed', value: 3 })).toBeNull();
  });
});

// ——— Properties ———

const NAMES = [
  'Client',
  'Server',
  '클라이언트',
  'Ωmega',
  '_x',
  'Élan',
  'देव',
  'q9',
  'W',
  '😀'.length ? 'Σ2' : '',
];
const GROUPS = ['Worker', '워커', 'Σ', 'g_1'];

interface Layout {
  eol: string;
  source: string;
  groups: string[];
}

/** Random valid scenarios written by hand: comments, blank lines, odd spacing, settings anywhere. */
const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    leading: fc.array(fc.constantFrom('# intro', '#', '  # 설명 😀', '# "quoted" # twice'), { maxLength: 2 }),
    title: fc.option(fc.constantFrom('title "T"', 'title ko "제목"  # t', 'about en "x # not a comment"')),
    settings: fc.record({
      latency: fc.option(fc.nat({ max: 1000 })),
      jitter: fc.option(fc.nat({ max: 1000 })),
      seed: fc.option(fc.nat()),
    }),
    settingsLate: fc.boolean(),
    space: fc.constantFrom(' ', '  ', '\t', ' \t '),
    trailer: fc.constantFrom('', '  # why', ' #'),
    singles: fc.subarray(NAMES, { minLength: 1, maxLength: 3 }),
    groups: fc.array(
      fc.record({
        first: fc.nat({ max: 5 }),
        size: fc.integer({ min: 1, max: 4 }),
        pad: fc.constantFrom('', ' '),
      }),
      { maxLength: 3 },
    ),
    extraBlank: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map((r) => {
    const out: string[] = [...r.leading];
    if (r.extraBlank) out.push('');
    if (r.title) out.push(r.title);
    const settings = (['latency', 'jitter', 'seed'] as const).flatMap((k) => {
      const v = r.settings[k];
      return v === null ? [] : [`${k}${r.space}${v}${r.trailer}`];
    });
    if (!r.settingsLate) out.push(...settings);
    const names = r.singles;
    for (const n of names) out.push('', `process ${n}${r.trailer}`, `  compute 1`, 'end');
    const groups = r.groups.map((_, k) => GROUPS[k] ?? `G${k}`);
    r.groups.forEach((g, k) => {
      const p = g.pad;
      out.push(
        `process ${groups[k]}${p}[${p}${g.first}${p}..${p}${g.first + g.size - 1}${p}]${r.trailer}`,
        `  compute i * 2 # member ${k}`,
        `  send ${names[0] ?? 'x'} "from ${k}"`,
        'end',
      );
    });
    if (r.settingsLate) out.push(...settings);
    return { eol: r.eol, groups, source: out.join(r.eol) + (r.finalEol ? r.eol : '') };
  });

/** The changes the hand-laid-out and printed scenarios below are made for. */
type BasicChange = Extract<KnobChange, { kind: 'latency' | 'jitter' | 'seed' | 'group' }>;

function changeArb(groups: readonly string[]): fc.Arbitrary<BasicChange> {
  const setting = fc.record({
    kind: fc.constantFrom('latency' as const, 'jitter' as const, 'seed' as const),
    value: fc.oneof(fc.nat({ max: 100 }), fc.constant(Number.MAX_SAFE_INTEGER), fc.nat()),
  });
  if (groups.length === 0) return setting;
  return fc.oneof(
    setting,
    fc.record({
      kind: fc.constant('group' as const),
      name: fc.constantFrom(...groups),
      size: fc.integer({ min: 1, max: 12 }),
    }),
  );
}

/** Applies a change and checks the result: no new error, the value reads back, and only one line touched. */
function checkChange(src: string, change: BasicChange): string {
  const before = errors(src);
  const out = apply(src, change);
  expect(errors(out).map((d) => d.message)).toEqual(before.map((d) => d.message));
  expect(readBack(out, change)).toBe(change.kind === 'group' ? change.size : change.value);
  if (change.kind === 'group' || scen(src)[change.kind].span !== null) expectOneNumberChanged(src, out);
  else expectLineInserted(src, out, `${change.kind} ${change.value}`);
  // Every other knob reads as before.
  const k0 = readKnobs(scen(src));
  const k1 = readKnobs(scen(out));
  for (const kind of ['latency', 'jitter', 'seed'] as const)
    if (change.kind !== kind) expect(k1[kind]).toBe(k0[kind]);
  expect(k1.groups.filter((g) => change.kind !== 'group' || g.name !== change.name)).toEqual(
    k0.groups.filter((g) => change.kind !== 'group' || g.name !== change.name),
  );
  return out;
}

describe('knob properties', () => {
  it('hand-laid-out scenarios: random changes read back and touch one line', () => {
    fc.assert(
      fc.property(
        layoutArb.chain((l) =>
          fc.tuple(fc.constant(l), fc.array(changeArb(l.groups), { minLength: 1, maxLength: 4 })),
        ),
        ([layout, changes]) => {
          expect(errors(layout.source)).toEqual([]);
          let src = layout.source;
          for (const change of changes) src = checkChange(src, change);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('printed random scenarios: settings and growing groups', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => {
          const groups = s.processes.filter((p) => p.group).map((p) => p.name);
          return fc.tuple(fc.constant(s), changeArb(groups));
        }),
        ([s, change]) => {
          const src = print(s);
          const decl = change.kind === 'group' ? s.processes.find((p) => p.name === change.name) : undefined;
          // Shrinking may put constant member references out of range; knobProblem reports that.
          if (decl?.group && change.kind === 'group') {
            const size = decl.group.last - decl.group.first + 1;
            const problem = knobProblem(src, scen(src), change);
            if (change.size >= size) expect(problem).toBeNull();
            if (problem) return;
          }
          checkChange(src, change);
        },
      ),
      { numRuns: 300 },
    );
  });
});
