// Comparing two runs: one sentence on makespan and time spent blocked, and where the runs part,
// in English or Korean.

import type { Outcome, Trace, TraceEvent } from '../engine/trace';
import { josa } from '../lang/josa';
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

const ENDS: Record<'en' | 'ko', Record<Outcome['kind'], string>> = {
  en: {
    completed: 'completes',
    idle: 'goes idle',
    deadlock: 'ends in deadlock',
    limit: 'stops at its limit',
    error: 'stops with an error',
  },
  ko: {
    completed: '끝까지 완료됩니다',
    idle: '유휴 상태로 멈춥니다',
    deadlock: '교착 상태로 멈춥니다',
    limit: '한도에 걸려 멈춥니다',
    error: '오류로 멈춥니다',
  },
};

/**
 * When two runs end differently ("completes" against "deadlock"), how each ends, in one sentence:
 * comparing their lengths would then say nothing true. Null when they end the same way.
 */
export function compareOutcomes(
  a: Outcome,
  b: Outcome,
  names: { a: string; b: string },
  lang: 'en' | 'ko',
): string | null {
  if (a.kind === b.kind) return null;
  if (lang === 'ko') {
    // The particle follows the name's last sound, outside its quotation marks.
    const topic = (name: string) => `「${name}」${josa(name, '은/는').slice(name.length)}`;
    return `${topic(names.a)} t=${a.time}에 ${ENDS.ko[a.kind]}. ${topic(names.b)} t=${b.time}에 ${ENDS.ko[b.kind]}.`;
  }
  return `“${names.a}” ${ENDS.en[a.kind]} at t=${a.time}; “${names.b}” ${ENDS.en[b.kind]} at t=${b.time}.`;
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

/** Where two runs part: the first differing event's index in each trace, and its time. */
export interface FirstDifference {
  a: number;
  b: number;
  /** The earlier of the two differing events' times (the one present, when a run has ended). */
  t: number;
}

/** Narration, not behaviour: two runs that do the same thing may say it differently. */
const ANNOTATIONS: ReadonlySet<TraceEvent['type']> = new Set(['note', 'ask']);
/**
 * Fields that say where or how an event is written, not what happened: a what-if branch adds a
 * line to the text (every later line number moves), and `message` is English prose already
 * carried by `code` and `params`.
 */
const IGNORED_FIELDS: ReadonlySet<string> = new Set(['seq', 'line', 'message']);

/**
 * The first event at which two runs behave differently, or null when they never do. Events are
 * compared field by field, ignoring `seq`, source lines and English prose, and skipping `note`
 * and `ask` events.
 */
export function firstDifference(a: Trace, b: Trace): FirstDifference | null {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.events.length && ANNOTATIONS.has(a.events[i]!.type)) i++;
    while (j < b.events.length && ANNOTATIONS.has(b.events[j]!.type)) j++;
    const x = a.events[i];
    const y = b.events[j];
    if (x === undefined && y === undefined) return null;
    if (x === undefined || y === undefined || !sameValue(x, y)) {
      const t = Math.min(x?.t ?? Infinity, y?.t ?? Infinity);
      return { a: i, b: j, t };
    }
    i++;
    j++;
  }
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const keys = (o: object) => Object.keys(o).filter((k) => !IGNORED_FIELDS.has(k));
  const kx = keys(x);
  const ky = keys(y);
  if (kx.length !== ky.length) return false;
  const rx = x as Record<string, unknown>;
  const ry = y as Record<string, unknown>;
  return kx.every((k) => Object.hasOwn(ry, k) && sameValue(rx[k], ry[k]));
}

/** "Same until t=5" for the compare view's head; the whole run or none of it when nothing is shared. */
export function sameUntil(diff: FirstDifference | null, lang: 'en' | 'ko'): string {
  if (diff === null) return lang === 'ko' ? '두 실행은 끝까지 같음' : 'The runs are the same throughout';
  if (diff.t <= 0) return lang === 'ko' ? '처음부터 다름' : 'Different from the start';
  const t = Number.isInteger(diff.t) ? String(diff.t) : diff.t.toFixed(1);
  return lang === 'ko' ? `t=${t}까지 같음` : `Same until t=${t}`;
}
