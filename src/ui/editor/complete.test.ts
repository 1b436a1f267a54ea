import { describe, expect, it } from 'vitest';
import { check } from '../../lang';
import { completeAt, readPrefix, VALID_FOR } from './complete';

const SRC = `title "Demo"
queue jobs capacity 2
barrier sync
process Client
  send Server "hi"
  repeat 2
    compute 1
  end
  if 1 == 1
    reply
end
process Server
  recv
  publish tasks "x"
end
process W[1..3]
  consume jobs
end
`;

/** Completes at the `|` in `text` (removed before asking). */
function at(text: string, explicit = false, lang: 'en' | 'ko' = 'en') {
  const pos = text.indexOf('|');
  const doc = text.slice(0, pos) + text.slice(pos + 1);
  return completeAt(doc, pos, { scenarioOf: (t) => check(t).scenario, lang, explicit });
}
const labels = (r: ReturnType<typeof at>) => r?.options.map((o) => o.label) ?? null;
/** `SRC` with `line` inserted after line `after` (1-based), cursor at the line's `|`. */
const inSrc = (after: number, line: string) => {
  const lines = SRC.split('\n');
  lines.splice(after, 0, line);
  return lines.join('\n');
};

describe('keywords at the start of a line', () => {
  it('offers statement keywords inside a process', () => {
    const r = at(inSrc(5, '  se|'));
    expect(labels(r)).toContain('send');
    expect(labels(r)).toContain('ssend');
    expect(labels(r)).toContain('end');
    expect(labels(r)).not.toContain('title');
    expect(labels(r)).not.toContain('else');
    expect(r?.from).toBe(inSrc(5, '  se|').indexOf('|') - 2);
  });

  it('offers top-level keywords outside processes', () => {
    const r = at(inSrc(3, 'pr|'));
    expect(labels(r)).toEqual([
      'title',
      'about',
      'latency',
      'jitter',
      'seed',
      'link',
      'barrier',
      'queue',
      'process',
      'crash',
      'restart',
      'lose',
      'delay',
      'cut',
      'goal',
    ]);
  });

  it('offers `else` only directly inside an `if`', () => {
    expect(labels(at(inSrc(10, '    el|')))).toContain('else');
    expect(labels(at(inSrc(7, '    el|')))).not.toContain('else');
  });

  it('waits for a letter unless asked explicitly', () => {
    expect(at(inSrc(5, '  |'))).toBeNull();
    expect(labels(at(inSrc(5, '  |'), true))).toContain('compute');
  });

  it('describes keywords in the interface language', () => {
    const en = at(inSrc(5, '  ss|'))?.options.find((o) => o.label === 'ssend');
    const ko = at(inSrc(5, '  ss|'), false, 'ko')?.options.find((o) => o.label === 'ssend');
    expect(en?.info).toMatch(/Synchronous/);
    expect(ko?.detail).toBe('키워드');
    expect(ko?.info).toMatch(/동기/);
  });
});

describe('names after keywords', () => {
  it('offers processes after send, ssend and call, groups as `W[`', () => {
    for (const kw of ['send', 'ssend', 'call']) {
      const r = at(inSrc(5, `  ${kw} |`));
      expect(labels(r)).toEqual(['Client', 'Server', 'W[']);
      expect(r?.options[2]?.apply).toBe('W[');
      expect(r?.options[2]?.detail).toBe('group [1..3]');
    }
  });

  it('keeps the typed part of a name as the word being completed', () => {
    const text = inSrc(5, '  send Se|');
    const r = at(text);
    expect(r?.from).toBe(text.indexOf('|') - 2);
    expect(VALID_FOR.test('Serv')).toBe(true);
    expect(VALID_FOR.test('Se ')).toBe(false);
  });

  it('offers `from` (and `timeout`) after recv, then processes', () => {
    expect(labels(at(inSrc(5, '  recv |')))).toEqual(['from', 'timeout']);
    expect(labels(at(inSrc(5, '  recv from |')))).toEqual(['Client', 'Server', 'W[']);
  });

  it('offers queues (declared and implicit) after publish and consume', () => {
    expect(labels(at(inSrc(5, '  publish |')))).toEqual(['jobs', 'tasks']);
    expect(labels(at(inSrc(5, '  consume j|')))).toEqual(['jobs', 'tasks']);
  });

  it('offers barriers after `barrier` inside a process only', () => {
    expect(labels(at(inSrc(5, '  barrier |')))).toEqual(['sync']);
    expect(at(inSrc(3, 'barrier |'))).toBeNull();
    expect(labels(at(inSrc(3, 'barrier b2 |')))).toEqual(['parties']);
    expect(labels(at(inSrc(3, 'queue q2 |')))).toEqual(['capacity']);
  });

  it('offers processes and queues for a link, then `latency`', () => {
    expect(labels(at(inSrc(3, 'link |')))).toEqual(['Client', 'Server', 'W[', 'jobs', 'tasks']);
    expect(labels(at(inSrc(3, 'link Client |')))).toEqual(['Server', 'W[', 'jobs', 'tasks']);
    expect(labels(at(inSrc(3, 'link Client Server |')))).toEqual(['latency']);
  });

  it('offers language tags after title, about and note', () => {
    expect(labels(at(inSrc(3, 'title |')))).toEqual(['en', 'ko']);
    expect(labels(at(inSrc(5, '  note |')))).toEqual(['en', 'ko']);
    expect(at(inSrc(3, 'note |'))).toBeNull();
  });

  it('handles Unicode names', () => {
    const text = 'process 클라이언트\n  send 서|\nend\nprocess 서버\n  recv\nend\n';
    const r = at(text);
    expect(labels(r)).toEqual(['클라이언트', '서버']);
    expect(r?.from).toBe(text.indexOf('|') - 1);
  });
});

describe('failures and timeouts (SPEC §6)', () => {
  it('offers `timeout` after a complete blocking statement, once', () => {
    for (const line of [
      '  recv from Server |',
      '  recv from W[2] |',
      '  ssend Server |',
      '  call W[1] "req" |',
      '  consume jobs |',
      '  barrier sync |',
    ])
      expect(labels(at(inSrc(5, line))), line).toEqual(['timeout']);
    expect(at(inSrc(5, '  send Server "x" |'))).toBeNull();
    expect(at(inSrc(5, '  call W[i |'))).toBeNull();
    expect(at(inSrc(5, '  recv timeout 3 |'))).toBeNull();
  });

  it('offers `timedout` and `not` after `if`', () => {
    expect(labels(at(inSrc(5, '  if |')))).toEqual(['timedout', 'not']);
    expect(labels(at(inSrc(5, '  if not |')))).toEqual(['timedout']);
    expect(labels(at(inSrc(5, '  if not timedout |')))).toBeNull();
  });

  it('offers `break` among the statements, described in both languages', () => {
    const en = at(inSrc(7, '    br|'))?.options.find((o) => o.label === 'break');
    const ko = at(inSrc(7, '    br|'), false, 'ko')?.options.find((o) => o.label === 'break');
    expect(en?.info).toMatch(/repeat/);
    expect(ko?.info).toMatch(/반복/);
  });

  it('offers processes for crash and restart (a group whole), then `at`', () => {
    expect(labels(at(inSrc(3, 'crash |')))).toEqual(['Client', 'Server', 'W']);
    expect(labels(at(inSrc(3, 'restart W[2] |')))).toEqual(['at']);
    expect(at(inSrc(3, 'crash Server at |'))).toBeNull();
  });

  it('offers the ends of lose, delay and cut, then their words', () => {
    expect(labels(at(inSrc(3, 'lose |')))).toEqual(['Client', 'Server', 'W', 'jobs', 'tasks']);
    expect(labels(at(inSrc(3, 'lose Client W[1] |')))).toEqual(['count', 'from', 'skip']);
    expect(labels(at(inSrc(3, 'lose Client Server from 3 |')))).toEqual(['count', 'skip']);
    expect(labels(at(inSrc(3, 'delay jobs W |')))).toEqual(['by']);
    expect(labels(at(inSrc(3, 'delay jobs W by 2 |')))).toEqual(['count', 'from', 'skip']);
    expect(labels(at(inSrc(3, 'cut Client Server |')))).toEqual(['from']);
    expect(labels(at(inSrc(3, 'cut Client Server from 1 |')))).toEqual(['to']);
    expect(at(inSrc(3, 'lose Client Server count |'))).toBeNull();
  });

  it('describes the new words in both languages', () => {
    const info = (line: string, label: string, lang: 'en' | 'ko') =>
      at(line, false, lang)?.options.find((o) => o.label === label)?.info;
    expect(info(inSrc(3, 'cr|'), 'crash', 'en')).toMatch(/stops/);
    expect(info(inSrc(3, 'cr|'), 'crash', 'ko')).toMatch(/멈/);
    expect(info(inSrc(5, '  recv |'), 'timeout', 'en')).toMatch(/Give up/);
    expect(info(inSrc(5, '  if |'), 'timedout', 'ko')).toMatch(/timeout/);
  });
});

describe('goals (SPEC §7)', () => {
  it('offers a goal’s kinds, then an outcome or a process (a group whole), then its languages', () => {
    expect(labels(at(inSrc(3, 'goal |')))).toEqual([
      'outcome',
      'time',
      'blocked',
      'delivered',
      'never',
      'can',
    ]);
    // SPEC §8: `goal never KIND` and `goal can KIND` take an outcome, like `goal outcome`.
    expect(labels(at(inSrc(3, 'goal never |')))).toEqual(['completed', 'idle', 'deadlock', 'limit', 'error']);
    expect(labels(at(inSrc(3, 'goal can deadlock |')))).toEqual(['en', 'ko', 'lose']);
    // After `lose N` (messages the network may lose), the goal's words.
    expect(at(inSrc(3, 'goal never deadlock lose |'))).toBeNull();
    expect(labels(at(inSrc(3, 'goal never deadlock lose 1 |')))).toEqual(['en', 'ko']);
    expect(labels(at(inSrc(3, 'goal outcome deadlock |')))).toEqual(['en', 'ko']);
    expect(labels(at(inSrc(3, 'goal outcome |')))).toEqual([
      'completed',
      'idle',
      'deadlock',
      'limit',
      'error',
    ]);
    expect(labels(at(inSrc(3, 'goal outcome dead|')))).toEqual([
      'completed',
      'idle',
      'deadlock',
      'limit',
      'error',
    ]);
    expect(labels(at(inSrc(3, 'goal blocked |')))).toEqual(['Client', 'Server', 'W']);
    expect(labels(at(inSrc(3, 'goal delivered |')))).toEqual(['Client', 'Server', 'W']);
    expect(at(inSrc(3, 'goal time |'))).toBeNull();
    expect(at(inSrc(3, 'goal blocked W[1] <= |'))).toBeNull();
    expect(labels(at(inSrc(3, 'goal outcome completed |')))).toEqual(['en', 'ko']);
    expect(labels(at(inSrc(3, 'goal time <= 12 |')))).toEqual(['en', 'ko']);
    expect(labels(at(inSrc(3, 'goal blocked W[1] <= 3 en "x" |')))).toEqual(['ko']);
    expect(at(inSrc(3, 'goal blocked W[1] <= 3 en |'))).toBeNull();
    expect(at(inSrc(3, 'goal blocked W[1] <= 3 en "x" ko "y" |'))).toBeNull();
    // Inside a process `goal` is no line of its own, so nothing of it is offered.
    expect(at(inSrc(5, '  goal |'))).toBeNull();
  });

  it('describes goals and outcomes in both languages', () => {
    const info = (line: string, label: string, lang: 'en' | 'ko') =>
      at(line, false, lang)?.options.find((o) => o.label === label)?.info;
    expect(info(inSrc(3, 'go|'), 'goal', 'en')).toMatch(/goal outcome/);
    expect(info(inSrc(3, 'go|'), 'goal', 'ko')).toMatch(/목표/);
    expect(info(inSrc(3, 'goal |'), 'blocked', 'en')).toMatch(/added up/);
    expect(info(inSrc(3, 'goal outcome |'), 'deadlock', 'ko')).toMatch(/막혀/);
  });
});

describe('nothing to offer', () => {
  it('inside strings and comments', () => {
    expect(at(inSrc(5, '  send Server "he|'))).toBeNull();
    expect(at(inSrc(5, '  # send |'))).toBeNull();
    expect(at(inSrc(5, '  send Server "a \\" b" # x|'))).toBeNull();
  });

  it('after a payload, inside group brackets, and after numbers', () => {
    expect(at(inSrc(5, '  send Server "x" |'))).toBeNull();
    expect(at(inSrc(5, '  send W[|'))).toBeNull();
    expect(at(inSrc(5, '  compute 12ab|'))).toBeNull();
  });

  it('reads the line prefix', () => {
    expect(readPrefix('  send W[i + 1] "x\\"y" ')).toEqual({
      tokens: ['send', 'W', '[', 'i', '+', '1', ']', '"'],
      partial: '',
    });
    expect(readPrefix('recv from Cl')).toEqual({ tokens: ['recv', 'from'], partial: 'Cl' });
    expect(readPrefix('note "unterminated')).toBeNull();
  });
});
