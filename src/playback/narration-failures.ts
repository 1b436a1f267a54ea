// Sentences for the events of failures and timeouts (SPEC §6), in English and Korean.

import type { Lang } from '../lang/ast';
import { josa } from '../lang/josa';
import type { BlockReason, LossCause } from '../engine/trace';
import type { NarrationClock } from './phrasebook';

export interface FailureBook {
  crash(p: string): string;
  restart(p: string): string;
  /** A block gave up at its deadline after `waited` ticks (or deliveries, in an explored run). */
  timeout(
    p: string,
    reason: BlockReason,
    on: string | null,
    waited: number | null,
    clock?: NarrationClock,
  ): string;
  lost(id: number, to: string, why: LossCause): string;
  drop(id: number, p: string): string;
  withdraw(p: string, barrier: string, arrived: number): string;
  /** For the outcome: the processes that crashed and were not restarted. */
  down(names: readonly string[]): string;
}

const ticks = (n: number) => (n === 1 ? '1 tick' : `${n} ticks`);
const deliveries = (n: number) => (n === 1 ? '1 delivery' : `${n} deliveries`);
/** Whether a wait's length is worth saying: in an explored run a statement may give up before any delivery. */
const said = (waited: number | null, clock: NarrationClock | undefined): waited is number =>
  waited !== null && !(clock === 'deliveries' && waited === 0);

const WAIT_EN: Record<BlockReason, (on: string | null) => string> = {
  recv: (on) => (on === null ? 'waiting for a message' : `waiting for a message from ${on}`),
  ssend: (on) => `waiting for ${on ?? '?'} to receive`,
  call: (on) => `waiting for a reply from ${on ?? '?'}`,
  publish: (on) => `waiting for a free slot in queue ${on ?? '?'}`,
  consume: (on) => `waiting for a message from queue ${on ?? '?'}`,
  barrier: (on) => `waiting at barrier ${on ?? '?'}`,
};

const WAIT_KO: Record<BlockReason, (on: string | null) => string> = {
  recv: (on) => (on === null ? '메시지 기다리기' : `${on}의 메시지 기다리기`),
  ssend: (on) => `${on ?? '상대'}의 수신 확인(ack) 기다리기`,
  call: (on) => `${on ?? '상대'}의 응답 기다리기`,
  publish: (on) => `큐 ${on ?? '?'}의 빈자리 기다리기`,
  consume: (on) => `큐 ${on ?? '?'}의 메시지 기다리기`,
  barrier: (on) => `배리어 ${on ?? '?'} 앞에서 기다리기`,
};

/** "A", "A and B", "A, B and C". */
const listEn = (names: readonly string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

const en: FailureBook = {
  crash: (p) => `${p} crashes: whatever it was doing is abandoned, and its mailbox is gone.`,
  restart: (p) => `${p} restarts from its first statement with an empty mailbox.`,
  timeout: (p, reason, on, waited, clock) =>
    `${p} gives up ${WAIT_EN[reason](on)}${said(waited, clock) ? ` after ${clock === 'deliveries' ? deliveries(waited) : ticks(waited)}` : ''} and goes on.`,
  lost: (id, to, why) =>
    why === 'crash'
      ? `Message #${id} reaches ${to}, which is down: it is lost.`
      : why === 'cut'
        ? `Message #${id} to ${to} is lost: the link is cut.`
        : `Message #${id} to ${to} is lost on the way.`,
  drop: (id, p) => `Message #${id} reaches ${p} too late: nothing waits for it any more, so it is dropped.`,
  withdraw: (p, barrier, arrived) =>
    `${p} leaves barrier ${barrier}, which now counts ${arrived} ${arrived === 1 ? 'arrival' : 'arrivals'}.`,
  down: (names) =>
    `${listEn(names)} crashed and ${names.length === 1 ? 'was' : 'were'} not restarted: whoever waits for ${names.length === 1 ? 'it' : 'them'} waits for ever.`,
};

const ko: FailureBook = {
  crash: (p) => `${josa(p, '이/가')} 멈춥니다(crash): 하던 일은 버려지고 메일함도 사라집니다.`,
  restart: (p) => `${josa(p, '이/가')} 빈 메일함으로 첫 문장부터 다시 시작합니다.`,
  timeout: (p, reason, on, waited, clock) =>
    `${josa(p, '이/가')} ${said(waited, clock) ? (clock === 'deliveries' ? `전달 ${waited}번 만에 ` : `${waited}틱 만에 `) : ''}${WAIT_KO[reason](on)}를 포기하고 다음으로 넘어갑니다.`,
  lost: (id, to, why) =>
    why === 'crash'
      ? `메시지 #${josa(String(id), '이/가')} 멈춰 있는 ${to}에 도착해 사라집니다.`
      : why === 'cut'
        ? `${josa(to, '으로/로')} 가던 메시지 #${josa(String(id), '은/는')} 링크가 끊겨 사라집니다.`
        : `${josa(to, '으로/로')} 가던 메시지 #${josa(String(id), '은/는')} 가는 길에 사라집니다.`,
  drop: (id, p) =>
    `메시지 #${josa(String(id), '이/가')} ${p}에 너무 늦게 도착합니다. 더는 기다리는 문장이 없어 버려집니다.`,
  withdraw: (p, barrier, arrived) =>
    `${josa(p, '이/가')} 배리어 ${barrier}의 도착 목록에서 빠집니다. 이제 도착한 프로세스는 ${arrived}개입니다.`,
  down: (names) =>
    `${josa(names.join(', '), '은/는')} 멈춘 뒤 다시 시작하지 않았습니다. 이를 기다리는 프로세스는 끝없이 기다립니다.`,
};

export const FAILURE_BOOKS: Record<Lang, FailureBook> = { en, ko };
