// Golden explorer outputs (SPEC §8): the built-ins that teach `Every order` are explored in Node
// and the summary of each search (kinds, shortest counts, states, complete) must match the
// checked-in expectation. Regenerate deliberately with `UPDATE_GOLDEN=1 npx vitest run src/scenarios`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../lang';
import { explore } from '../explore';
import { builtin } from './all';

const FILE = new URL('./__golden__/explore.json', import.meta.url);

/** The built-ins that teach every order, with how many messages the network may lose. */
const EXPLORED: readonly { id: string; lose: number }[] = [
  { id: 'recv-race', lose: 0 },
  { id: 'deadlock', lose: 0 },
  { id: 'ring-ssend', lose: 0 },
  { id: 'ring-ssend-ordered', lose: 0 },
  { id: 'rpc-lost-reply', lose: 1 },
  { id: 'rpc-retry', lose: 1 },
  { id: 'competing-consumers', lose: 0 },
  { id: 'competing-consumers', lose: 1 },
];

interface Summary {
  states: number;
  complete: boolean;
  outcomes: { kind: string; shortest: number }[];
}

function summarize(id: string, lose: number): Summary {
  const checked = check(builtin(id)?.source ?? '');
  expect(checked.ok).toBe(true);
  const result = explore(checked.scenario, { lose });
  return {
    states: result.states,
    complete: result.complete,
    outcomes: result.outcomes.map((o) => ({ kind: o.kind, shortest: o.shortest })),
  };
}

describe('golden explorer outputs of the built-ins that teach every order', () => {
  const actual: Record<string, Summary> = {};
  for (const { id, lose } of EXPLORED) actual[`${id} --lose ${lose}`] = summarize(id, lose);

  it('matches the stored summaries', () => {
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN || !existsSync(FILE)) {
      writeFileSync(FILE, text);
      if (!process.env.UPDATE_GOLDEN) throw new Error('wrote a new explore.json; review and commit it');
    }
    expect(actual).toEqual(JSON.parse(readFileSync(FILE, 'utf8')));
  });

  it('says what each built-in teaches', () => {
    const kinds = (key: string) => actual[key]!.outcomes.map((o) => o.kind);
    // The race: both endings, two deliveries each (the hand count).
    expect(actual['recv-race --lose 0']!.outcomes.map((o) => [o.kind, o.shortest])).toEqual([
      ['completed', 2],
      ['deadlock', 2],
    ]);
    expect(kinds('ring-ssend --lose 0')).toEqual(['deadlock']);
    expect(kinds('ring-ssend-ordered --lose 0')).toEqual(['completed']);
    expect(kinds('rpc-lost-reply --lose 1')).toContain('deadlock');
    expect(kinds('rpc-retry --lose 1')).not.toContain('deadlock');
    expect(kinds('competing-consumers --lose 0')).toEqual(['idle']);
    for (const summary of Object.values(actual)) expect(summary.complete).toBe(true);
  });
});
