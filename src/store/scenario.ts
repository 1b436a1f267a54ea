import type { StateCreator } from 'zustand/vanilla';
import { check } from '../lang';
import type { CheckResult } from '../lang/ast';
import { builtin, DEFAULT_SCENARIO_ID } from '../scenarios';
import type { AppState } from './index';

export interface ScenarioSlice {
  /** The scenario text being shown and run. */
  source: string;
  /** The built-in scenario the text came from, or null for the user's own. */
  builtinId: string | null;
  checked: CheckResult;
  setSource(source: string): void;
  loadBuiltin(id: string): void;
}

const initial = builtin(DEFAULT_SCENARIO_ID)?.source ?? '';

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set) => ({
  source: initial,
  builtinId: DEFAULT_SCENARIO_ID,
  checked: check(initial),
  setSource(source) {
    set({ source, builtinId: null, checked: check(source) });
  },
  loadBuiltin(id) {
    const found = builtin(id);
    if (!found) return;
    set({ source: found.source, builtinId: id, checked: check(found.source) });
  },
});
