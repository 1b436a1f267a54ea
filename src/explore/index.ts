// Every order (SPEC §8): explores the untimed model of a checked scenario and reports each outcome
// kind reachable in some order of the network, with the fewest deliveries that reach it and one
// such run as a trace. Pure and synchronous in slices: a Web Worker calls `createExplorer` and
// `advance` between messages (so it can report progress and be cancelled), Node calls `explore`.
// The result is plain JSON, the same for the same scenario and options.

import type { Scenario } from '../lang/ast';
import type { OutcomeKind, Trace } from '../engine/trace';
import { buildModel } from './model';
import { replay } from './replay';
import { DEFAULT_STATES, Search } from './search';

export { DEFAULT_STATES } from './search';
export { ignoredFaults, type IgnoredFault } from './warnings';

export interface ExploreOptions {
  /** Messages the network may lose in one run (`--lose K`, default 0). */
  lose?: number;
  /** The state budget (`--states N`, default 1,000,000). */
  states?: number;
  /** Partial-order reduction (default on); off explores every interleaving. */
  reduce?: boolean;
  /** Stops the search (the result is then incomplete and says `cancelled`). */
  signal?: { readonly aborted: boolean };
  /** Another way to stop it: called between slices. */
  shouldStop?: () => boolean;
  /** Called between slices with how far the search has got. */
  onProgress?: (progress: ExploreProgress) => void;
  /** A clock in milliseconds for `statesPerSecond` (the pure core reads no clock of its own). */
  now?: () => number;
  /** States taken per slice (default 4,096). */
  slice?: number;
}

export interface ExploreProgress {
  /** Distinct states visited so far. */
  states: number;
  /** The fewest deliveries of the states being taken now. */
  deliveries: number;
  /** Milliseconds since the start (0 without a clock). */
  elapsed: number;
  /** States visited per second (0 without a clock). */
  statesPerSecond: number;
  /** Bytes the search holds: the stored states, the hash table, and each state's way back. */
  bytes: number;
}

export interface ExploreOutcome {
  kind: OutcomeKind;
  /** The fewest deliver-or-lose steps of any run that reaches this kind. */
  shortest: number;
  /** One such run (SPEC §3), where `t` counts the deliver-or-lose steps so far. */
  run: Trace;
}

/** What `--explore --json` prints (SPEC §8). */
export interface ExploreResult {
  format: 'rendezvous.explore';
  version: 1;
  states: number;
  complete: boolean;
  outcomes: ExploreOutcome[];
  /** Present (true) only when the search was cancelled. */
  cancelled?: true;
}

/** The order outcomes are listed in. */
const ORDER: readonly OutcomeKind[] = ['completed', 'idle', 'deadlock', 'limit', 'error'];

/** A search that runs in slices. */
export interface Explorer {
  /** Takes up to `max` states; true when the search is over. */
  advance(max?: number): boolean;
  progress(): ExploreProgress;
  /** The result so far (complete only once `advance` returned true on its own). */
  result(cancelled?: boolean): ExploreResult;
}

/** Starts exploring a checked scenario. */
export function createExplorer(scenario: Scenario, options: ExploreOptions = {}): Explorer {
  const model = buildModel(scenario, options.lose ?? 0);
  const reduce = options.reduce ?? true;
  const budget = Math.max(1, Math.floor(options.states ?? DEFAULT_STATES));
  const search = new Search(model, budget, reduce);
  const now = options.now;
  const started = now ? now() : 0;
  const slice = Math.max(1, options.slice ?? 4096);
  return {
    advance: (max = slice) => search.advance(max),
    progress() {
      const elapsed = now ? now() - started : 0;
      const states = search.store.count;
      return {
        states,
        deliveries: search.layer,
        elapsed,
        statesPerSecond: elapsed > 0 ? Math.round((states * 1000) / elapsed) : 0,
        bytes: search.bytes(),
      };
    },
    result(cancelled = false) {
      const outcomes = ORDER.flatMap((kind) => {
        const index = search.found.get(kind);
        if (index === undefined) return [];
        return [{ kind, shortest: search.distance(index), run: replay(model, search.pathTo(index), reduce) }];
      });
      const result: ExploreResult = {
        format: 'rendezvous.explore',
        version: 1,
        states: search.store.count,
        complete: search.done && search.complete && !cancelled,
        outcomes,
      };
      if (cancelled) result.cancelled = true;
      return result;
    },
  };
}

/** Explores a checked scenario to the end (or its budget, or until stopped) and returns the result. */
export function explore(scenario: Scenario, options: ExploreOptions = {}): ExploreResult {
  const explorer = createExplorer(scenario, options);
  for (;;) {
    const over = explorer.advance();
    if (over) return explorer.result();
    options.onProgress?.(explorer.progress());
    if (options.signal?.aborted === true || options.shouldStop?.() === true) return explorer.result(true);
  }
}

/** Like `explore`, but yields to the event loop between slices (so an abort can arrive). */
export async function exploreAsync(scenario: Scenario, options: ExploreOptions = {}): Promise<ExploreResult> {
  const explorer = createExplorer(scenario, options);
  for (;;) {
    if (explorer.advance()) return explorer.result();
    options.onProgress?.(explorer.progress());
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (options.signal?.aborted === true || options.shouldStop?.() === true) return explorer.result(true);
  }
}
