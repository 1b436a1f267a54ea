// One sentence comparing two runs (makespan and time spent blocked), in English or Korean.

import type { RunMetrics } from './diagramModel';
import { totalBlocked } from './metrics';

export { totalBlocked };

/**
 * States how `b` differs from `a`: its makespan (and by how much, in ticks and percent of `a`'s)
 * and the total time its processes spent blocked.
 */
export function compareRuns(
  a: RunMetrics,
  b: RunMetrics,
  names: { a: string; b: string },
  lang: 'en' | 'ko',
): string {
  const diff = b.makespan - a.makespan;
  const blockedA = totalBlocked(a);
  const blockedB = totalBlocked(b);
  const pct = percent(Math.abs(diff), a.makespan);
  return lang === 'ko'
    ? korean(a.makespan, b.makespan, diff, pct, blockedA, blockedB, names)
    : english(a.makespan, b.makespan, diff, pct, blockedA, blockedB, names);
}

/** "21%", "<1%", or null when there is nothing to divide by. */
function percent(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const p = Math.round((100 * part) / whole);
  return p === 0 && part > 0 ? '<1%' : `${p}%`;
}

function ticks(n: number): string {
  return n === 1 ? '1 tick' : `${n} ticks`;
}

function english(
  ma: number,
  mb: number,
  diff: number,
  pct: string | null,
  ba: number,
  bb: number,
  names: { a: string; b: string },
): string {
  const A = `“${names.a}”`;
  const B = `“${names.b}”`;
  const db = bb - ba;
  // When the makespans are equal, the sentence has not yet said which run the blocked time is about.
  const where = diff === 0 ? ` in ${B}` : '';
  let blocked: string;
  if (ba === 0 && bb === 0) blocked = 'with no time spent blocked in either';
  else if (db === 0) blocked = `with the same time spent blocked (${ticks(ba)} each)`;
  else {
    const n = Math.abs(db);
    blocked = `with ${n} ${db < 0 ? 'fewer' : 'more'} tick${n === 1 ? '' : 's'} spent blocked${where} (${ba} vs ${bb})`;
  }
  if (diff === 0) return `${A} and ${B} both took ${ticks(ma)}, ${blocked}.`;
  const by = `${ticks(Math.abs(diff))}${pct ? ` (${pct})` : ''} ${diff < 0 ? 'less' : 'more'}`;
  return `${A} took ${ticks(ma)} and ${B} ${mb}: ${by}, ${blocked}.`;
}

function korean(
  ma: number,
  mb: number,
  diff: number,
  pct: string | null,
  ba: number,
  bb: number,
  names: { a: string; b: string },
): string {
  const A = `「${names.a}」`;
  const B = `「${names.b}」`;
  const db = bb - ba;
  let blocked: string;
  if (ba === 0 && bb === 0) blocked = '두 실행 모두 막혀 있던 시간이 없었습니다';
  else if (db === 0) blocked = `막혀 있던 시간은 같았습니다(둘 다 ${ba}틱)`;
  else blocked = `막혀 있던 시간은 ${Math.abs(db)}틱 ${db < 0 ? '적었습니다' : '많았습니다'}(${ba} 대 ${bb})`;
  if (diff === 0) {
    const where = db === 0 ? '' : `${B}에서 `;
    return `${A}에서도 ${B}에서도 ${ma}틱이 걸렸고, ${where}${blocked}.`;
  }
  const by = `${Math.abs(diff)}틱${pct ? `(${pct})` : ''} ${diff < 0 ? '덜' : '더'}`;
  return `${A}에서는 ${ma}틱, ${B}에서는 ${mb}틱이 걸려 ${B} 쪽이 ${by} 걸렸고, ${blocked}.`;
}
