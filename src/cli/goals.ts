// The goals after the outcome (SPEC §7): each one met or not met, with what the run measured.

import type { Lang } from '../lang/ast';
import type { GoalResult } from '../playback/goals';

const WORDS = {
  en: {
    head: (met: number, all: number) => `Goals: ${met} of ${all} met`,
    met: 'met',
    notMet: 'not met',
  },
  ko: {
    head: (met: number, all: number) => `목표: ${all}개 중 ${met}개 달성`,
    met: '달성',
    notMet: '미달성',
  },
} as const;

/** The goals block of the timeline: a heading, then one line per goal in source order; empty without goals. */
export function formatGoals(goals: readonly GoalResult[], lang: Lang = 'en'): string {
  if (goals.length === 0) return '';
  const w = WORDS[lang];
  const lines = [w.head(goals.filter((g) => g.met).length, goals.length)];
  for (const g of goals) lines.push(`  ${g.met ? w.met : w.notMet}: ${g.text} — ${g.detail}`);
  return `${lines.join('\n')}\n`;
}
