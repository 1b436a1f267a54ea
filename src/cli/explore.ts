// `--explore [--lose K] [--states N] [--json]` (SPEC §8): every order the network could choose,
// instead of the one timed run. Prints each reachable outcome with its fewest deliveries, the
// search's size, and the shortest run to each outcome other than `completed`; with `--json`, the
// `rendezvous.explore` document.

import type { Lang, Scenario } from '../lang/ast';
import { traceToJson } from '../engine/json';
import type { OutcomeKind } from '../engine/trace';
import { formatCount } from '../engine/outcome';
import { explore, ignoredFaults, type ExploreResult } from '../explore';
import { describeOutcome } from '../playback/narration';
import { formatTimeline } from './timeline';

/** The explorer's options as given on the command line. */
export interface ExploreArgs {
  /** `--explore` itself was given (not only options for exploring a scenario's goals). */
  on: boolean;
  lose: number | undefined;
  states: number | undefined;
}

/** The options this file reads from the command line. */
export const EXPLORE_USAGE = [
  '       npm run -s sim -- FILE.rdv --explore [--lose K] [--states N] [--json] [--lang en|ko]',
  '  --explore    every order the network may choose: the reachable outcomes and the shortest',
  '               run to each (in deliveries), instead of the one timed run',
  '  --lose K     in every order, the network may also lose up to K messages (default 0)',
  '  --states N   stop exploring after N distinct states (default 1,000,000)',
].join('\n');

/**
 * Reads `--explore`, `--lose K` or `--states N` at `argv[k]` into `into`; returns the index of the
 * last word used, null when `argv[k]` is none of them, or the reason it is wrong.
 */
export function takeExploreArg(
  argv: readonly string[],
  k: number,
  into: ExploreArgs,
): number | null | { error: string } {
  const arg = argv[k] ?? '';
  if (arg === '--explore') {
    into.on = true;
    return k;
  }
  const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
  if (name !== '--lose' && name !== '--states') return null;
  const inline = arg.includes('=');
  const value = inline ? arg.slice(arg.indexOf('=') + 1) : argv[k + 1];
  const min = name === '--lose' ? 0 : 1;
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min || !Number.isSafeInteger(n)) {
    const what = name === '--lose' ? 'a number of messages, 0 or more' : 'a number of states, at least 1';
    return { error: `${name} takes ${what} (got ${value ?? 'nothing'})` };
  }
  if (name === '--lose') into.lose = n;
  else into.states = n;
  return inline ? k : k + 1;
}

/** Explores a checked scenario with the command line's options, warning about fault lines on `stderr`. */
export function exploreFor(
  scenario: Scenario,
  args: ExploreArgs,
  file: string,
  lang: Lang,
  stderr: (text: string) => void,
): ExploreResult {
  for (const w of ignoredFaults(scenario)) {
    const message =
      lang === 'ko'
        ? `\`${w.kind}\` 줄은 시각에 일어나는데 모든 순서 탐색에는 시계가 없으므로 이 줄은 무시합니다 (메시지 유실은 --lose K로 지정하세요)`
        : w.message;
    stderr(`${file}:${w.span.line}:${w.span.col}: warning: ${message}\n`);
  }
  const options: { lose?: number; states?: number } = {};
  if (args.lose !== undefined) options.lose = args.lose;
  if (args.states !== undefined) options.states = args.states;
  return explore(scenario, options);
}

/** The `rendezvous.explore` document: its fields in the contract's order, each run as a trace. */
export function exploreToJson(result: ExploreResult): string {
  const outcomes = result.outcomes.map((o) => {
    const run = traceToJson(o.run).trimEnd().replace(/\n/g, '\n    ');
    return `    { "kind": ${JSON.stringify(o.kind)}, "shortest": ${o.shortest}, "run": ${run} }`;
  });
  const lines = [
    '{',
    `  "format": "rendezvous.explore",`,
    `  "version": 1,`,
    `  "states": ${result.states},`,
    `  "complete": ${result.complete},`,
    outcomes.length === 0 ? '  "outcomes": []' : `  "outcomes": [\n${outcomes.join(',\n')}\n  ]`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

const KO_KINDS: Record<OutcomeKind, string> = {
  completed: '완료',
  idle: '유휴',
  deadlock: '교착 상태',
  limit: '한도 도달',
  error: '실행 중 오류',
};

const WORDS = {
  en: {
    head: 'Every order',
    size: (n: number, complete: boolean, budget: string) =>
      complete
        ? `All ${formatCount(n)} states explored.`
        : `Stopped after ${formatCount(n)} states (the budget is ${budget}): the search is incomplete, other outcomes may be reachable.`,
    none: 'No run ends within the states explored.',
    reach: 'Reachable outcomes, each with the fewest deliveries (losses count too) of any run to it:',
    deliveries: (n: number) => `${n} ${n === 1 ? 'delivery' : 'deliveries'}`,
    shortest: (kind: OutcomeKind) => `The shortest run that ends ${kind} (t counts deliveries)`,
  },
  ko: {
    head: '모든 순서',
    size: (n: number, complete: boolean, budget: string) =>
      complete
        ? `상태 ${formatCount(n)}개를 모두 탐색했습니다.`
        : `상태 ${formatCount(n)}개에서 멈췄습니다(한도 ${budget}개). 탐색이 끝나지 않았으므로 다른 결과도 나올 수 있습니다.`,
    none: '탐색한 상태 안에서 끝나는 실행이 없습니다.',
    reach: '나올 수 있는 결과와 각 결과에 이르는 가장 적은 전달 횟수 (유실도 셉니다):',
    deliveries: (n: number) => `전달 ${n}번`,
    shortest: (kind: OutcomeKind) => `결과가 ${KO_KINDS[kind]}인 가장 짧은 실행 (t는 전달 횟수)`,
  },
} as const;

/** The readable report: the outcomes and their shortest counts, the search's size, then the shortest runs. */
export function formatExplore(result: ExploreResult, budget: number, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const out = [
    w.head,
    '='.repeat(w.head.length),
    w.size(result.states, result.complete, formatCount(budget)),
    '',
  ];
  if (result.outcomes.length === 0) out.push(w.none);
  else {
    out.push(w.reach);
    const width = Math.max(...result.outcomes.map((o) => o.kind.length));
    for (const o of result.outcomes)
      out.push(
        `  ${o.kind.padEnd(width)}  ${w.deliveries(o.shortest)} · ${describeOutcome(o.run.outcome, lang)}`,
      );
  }
  for (const o of result.outcomes) {
    if (o.kind === 'completed') continue;
    const heading = w.shortest(o.kind);
    out.push('', heading, '-'.repeat(Math.min(72, [...heading].length)));
    out.push(formatTimeline(o.run, lang).split('\n').slice(2).join('\n').trimEnd());
  }
  return `${out.join('\n')}\n`;
}
