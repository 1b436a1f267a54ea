// Korean sentences for narration (see phrasebook.ts). Names can be anything (Latin, Hangul,
// `W[2]`), so a particle after a name is chosen by the name's last sound (`josa`): the subject of
// a sentence takes 이/가 ("Server가 메시지를 기다립니다"), a contrast 은/는.

import type { BlockedInfo } from '../engine/trace';
import { runErrorText } from '../lang/diagnostics.render';
import { josa } from '../lang/josa';
import type { MsgFacts, Phrasebook } from './phrasebook';
import { cycleText, many, single } from './phrasebook';

/** The name as the subject ("Server가", "Worker[3]이") and as a topic in contrast ("Client는"). */
const ga = (name: string): string => josa(name, '이/가');
const neun = (name: string): string => josa(name, '은/는');

const pl = (p: string | null): string => (p === null ? '' : ` "${p}"`);
const list = (xs: readonly string[]): string => (xs.length === 0 ? '없음' : xs.join(', '));
/** "(#3 "ping", t=4에 도착)" */
const trip = (m: MsgFacts): string =>
  m.clock === 'deliveries'
    ? `(#${m.id}${pl(m.payload)}, 전달 ${m.deliverAt}번째에 도착)`
    : `(#${m.id}${pl(m.payload)}, t=${m.deliverAt}에 도착)`;

function waits(b: BlockedInfo, barrier: string | null): string {
  const on = single(b.waitsFor);
  switch (b.reason) {
    case 'recv':
      return on === null
        ? `${ga(b.process)} 메시지를 기다립니다.`
        : `${ga(b.process)} ${on}의 메시지를 기다립니다.`;
    case 'ssend':
      return `${ga(b.process)} ${on ?? '상대'}의 수신 확인(ack)을 기다립니다.`;
    case 'call':
      return `${ga(b.process)} ${on ?? '상대'}의 응답을 기다립니다.`;
    case 'publish':
      return `${ga(b.process)} 큐 ${on ?? '?'}의 빈자리를 기다립니다.`;
    case 'consume':
      return `${ga(b.process)} 큐 ${on ?? '?'}의 메시지를 기다립니다.`;
    case 'barrier': {
      const at = barrier === null ? '배리어' : `배리어 ${barrier}`;
      const missing = many(b.waitsFor);
      return missing.length === 0
        ? `${ga(b.process)} ${at}의 나머지 참가자를 기다립니다.`
        : `${ga(b.process)} ${at}의 나머지 참가자(${list(missing)})를 기다립니다.`;
    }
  }
}

export const ko: Phrasebook = {
  start: (p) => `${p} 프로세스가 시작됩니다.`,
  compute: (p, d, line, until) =>
    d === 0
      ? `${ga(p)} 0틱짜리 계산을 하고 곧바로 계속합니다 (${line}번째 줄).`
      : `${ga(p)} ${d}틱 동안 계산합니다 (${line}번째 줄, t=${until}까지).`,
  block(f) {
    const at = `(${f.line}번째 줄)`;
    switch (f.reason) {
      case 'recv':
        return f.on === null
          ? `${ga(f.process)} 메시지를 기다립니다 ${at}. 아직 도착한 메시지가 없습니다.`
          : `${ga(f.process)} ${f.on}의 메시지를 기다립니다 ${at}.`;
      case 'ssend':
        return `${neun(f.process)} ${f.on ?? '상대'}에게 보낸 메시지가 수신되어 확인(ack)이 돌아올 때까지 기다립니다 ${at}.`;
      case 'call':
        return `${ga(f.process)} ${f.on ?? '상대'}의 응답을 기다립니다 ${at}.`;
      case 'publish':
        return `큐 ${f.on ?? '?'}에 빈자리가 없어서(${f.used ?? '?'}/${f.capacity ?? '?'}) ${ga(f.process)} 자리가 나기를 기다립니다 ${at}.`;
      case 'consume':
        return `${ga(f.process)} 큐 ${f.on ?? '?'}의 대기 줄에 서서 메시지를 기다립니다 ${at}.`;
      case 'barrier':
        return `${ga(f.process)} 배리어 ${f.on ?? '?'}의 다른 참가자를 기다립니다 (${f.arrived ?? '?'}/${f.parties ?? '?'} 도착).`;
    }
  },
  unblock(f) {
    const w =
      f.waited > 0
        ? f.clock === 'deliveries'
          ? ` (전달 ${f.waited}번 동안 대기)`
          : ` (${f.waited}틱 대기)`
        : '';
    switch (f.reason) {
      case 'recv':
        return `받을 메시지가 생겨 ${ga(f.process)} 다시 진행합니다${w}.`;
      case 'ssend':
        return `${f.on ?? '상대'}의 수신 확인이 돌아와 ${ga(f.process)} 다시 진행합니다${w}.`;
      case 'call':
        return `${f.on ?? '상대'}의 응답이 돌아와 ${ga(f.process)} 다시 진행합니다${w}.`;
      case 'publish':
        return `큐 ${f.on ?? '?'}에 빈자리가 생겨 ${ga(f.process)} 다시 진행합니다${w}.`;
      case 'consume':
        return `큐 ${f.on ?? '?'}의 메시지가 도착해 ${ga(f.process)} 다시 진행합니다${w}.`;
      case 'barrier':
        return `배리어 ${f.on ?? '?'}에 모두 도착해 ${ga(f.process)} 다시 진행합니다${w}.`;
      case null:
        return `${ga(f.process)} 다시 진행합니다.`;
    }
  },
  done: (p) => `${p} 프로세스가 프로그램을 끝까지 실행했습니다.`,
  error: (p, line, message) => `${p} 프로세스가 ${line}번째 줄에서 오류로 멈춥니다: ${message}`,
  send(m) {
    switch (m.kind) {
      case 'message':
        return `${ga(m.from)} ${m.to}에게 메시지를 보냅니다 ${trip(m)}.`;
      case 'sync':
        return `${ga(m.from)} ${m.to}에게 동기 메시지를 보내고, 상대가 받을 때까지 기다려야 합니다 ${trip(m)}.`;
      case 'ack':
        return m.answers === null
          ? `${ga(m.from)} ${m.to}에게 수신 확인(ack)을 돌려보냅니다 ${trip(m)}.`
          : `${ga(m.from)} ${m.to}에게 메시지 #${m.answers}에 대한 수신 확인(ack)을 돌려보냅니다 ${trip(m)}.`;
      case 'request':
        return `${ga(m.from)} ${m.to}에게 호출 요청을 보내고 응답을 기다립니다 ${trip(m)}.`;
      case 'reply':
        return m.answers === null
          ? `${ga(m.from)} ${m.to}에게 응답을 보냅니다 ${trip(m)}.`
          : `${ga(m.from)} ${m.to}의 요청 #${m.answers}에 대한 응답을 보냅니다 ${trip(m)}.`;
      case 'publish':
        return `${ga(m.from)} 큐 ${m.to}에 메시지를 발행합니다 ${trip(m)}.`;
      case 'dispatch':
        return `큐 ${ga(m.from)} 가장 오래된 메시지를 대기 줄 맨 앞의 ${m.to}에게 보냅니다 ${trip(m)}.`;
    }
  },
  deliver({ msg: m, held: n }) {
    switch (m.kind) {
      case 'message':
        return `${m.from}의 메시지(#${m.id})가 ${m.to}의 우편함에 도착합니다. 우편함에는 이제 ${n}개가 있습니다.`;
      case 'sync':
        return `${m.from}의 동기 메시지(#${m.id})가 ${m.to}의 우편함에 도착합니다. 우편함에는 이제 ${n}개가 있습니다.`;
      case 'request':
        return `${m.from}의 요청(#${m.id})이 ${m.to}의 우편함에 도착합니다. 우편함에는 이제 ${n}개가 있습니다.`;
      case 'ack':
        return `${m.from}의 수신 확인(#${m.id})이 ${m.to}에 도착합니다.`;
      case 'reply':
        return `${m.from}의 응답(#${m.id})이 ${m.to}에 도착합니다.`;
      case 'publish':
        return `${m.from}의 메시지(#${m.id})가 큐 ${m.to}에 들어갑니다. 큐에는 이제 ${n}개가 있습니다.`;
      case 'dispatch':
        return `큐 ${m.from}의 메시지(#${m.id})가 ${m.to}에 도착합니다.`;
    }
  },
  arrivesSomewhere: (id, to) => `메시지(#${id})가 ${to}에 도착합니다.`,
  recv({ process: p, msg: m, id, senderWaits }) {
    if (m === null) return `${ga(p)} 메시지(#${id})를 받습니다.`;
    switch (m.kind) {
      case 'message':
      case 'publish':
        return `${ga(p)} ${m.from}의 메시지(#${m.id}${pl(m.payload)})를 우편함에서 꺼냅니다.`;
      case 'sync':
        return senderWaits
          ? `${ga(p)} ${m.from}의 동기 메시지(#${m.id}${pl(m.payload)})를 받습니다. ${neun(m.from)} 아직 수신 확인을 기다립니다.`
          : `${ga(p)} ${m.from}의 동기 메시지(#${m.id}${pl(m.payload)})를 받습니다.`;
      case 'request':
        return senderWaits
          ? `${ga(p)} ${m.from}의 요청(#${m.id}${pl(m.payload)})을 받습니다. ${neun(m.from)} 아직 응답을 기다립니다.`
          : `${ga(p)} ${m.from}의 요청(#${m.id}${pl(m.payload)})을 받습니다.`;
      case 'ack':
        return `${ga(p)} ${m.from}의 수신 확인을 받습니다. 동기 전송이 완료되었습니다.`;
      case 'reply':
        return `${ga(p)} ${m.from}의 응답(#${m.id}${pl(m.payload)})을 받습니다. 호출이 완료되었습니다.`;
      case 'dispatch':
        return `${ga(p)} 큐 ${m.from}의 메시지(#${m.id}${pl(m.payload)})를 받습니다.`;
    }
  },
  arrive: (p, b, g, a, n) =>
    a >= n
      ? `${p} 프로세스가 배리어 ${b}에 마지막으로 도착합니다 (${g}세대, ${n}/${n}). 이제 배리어가 열립니다.`
      : `${p} 프로세스가 배리어 ${b}에 도착합니다 (${g}세대, ${a}/${n}).`,
  release: (b, g, ps) =>
    ps.length === 1
      ? `배리어 ${b}의 ${g}세대가 다 모였습니다. ${ga(ps[0] ?? '')} 다시 진행합니다.`
      : `배리어 ${b}의 ${g}세대가 다 모였습니다. ${list(ps)} 모두 함께 다시 진행합니다.`,
  note: (p, line, text) => `${p}의 설명 (${line}번째 줄): ${text}`,
  ask: (p, line, text) => `${p}의 질문 (${line}번째 줄): ${text}`,
  answer: (text) => `답: ${text}`,
  outcome(o, barrierOf) {
    const who = o.blocked.map((b) => waits(b, barrierOf(b.process))).join(' ');
    const tail = who === '' ? '' : ` ${who}`;
    switch (o.kind) {
      case 'completed':
        return `실행이 완료되었습니다. 모든 프로세스가 t=${o.time}까지 프로그램을 끝까지 실행했습니다.`;
      case 'idle':
        return `t=${o.time}에 더 일어날 일이 없어 실행이 쉬는 상태로 멈췄습니다. 끝나지 않은 프로세스는 모두 일감을 기다리는 서버입니다.${tail}`;
      case 'deadlock': {
        const cycle = cycleText(o.cycle);
        return `t=${o.time}에 교착 상태(데드락)가 생겼습니다. 어떤 프로세스도 더 진행할 수 없습니다.${tail}${cycle === null ? '' : ` 순환 대기: ${cycle}.`}`;
      }
      case 'limit':
        return o.limit === 'time'
          ? `시간 제한에 걸려 t=${o.time}에 실행을 멈췄습니다.`
          : o.limit === 'statements'
            ? `한 프로세스에서 눈에 보이는 동작 없이 너무 많은 명령문을 실행해서 t=${o.time}에 실행을 멈췄습니다.`
            : `이벤트 수 제한에 걸려 t=${o.time}에 실행을 멈췄습니다.`;
      case 'error': {
        const what = runErrorText(o, 'ko') ?? o.message;
        return o.process === undefined
          ? `t=${o.time}에 오류가 나서 실행이 멈췄습니다: ${what}`
          : o.line === undefined
            ? `t=${o.time}에 ${o.process} 프로세스에서 오류가 나서 실행이 멈췄습니다: ${what}`
            : `t=${o.time}에 ${o.process} 프로세스의 ${o.line}번째 줄에서 오류가 나서 실행이 멈췄습니다: ${what}`;
      }
    }
  },
  waits,
  waiting(f) {
    switch (f.reason) {
      case 'recv':
        return f.on === null ? '메시지를 기다리는 중' : `${f.on}의 메시지를 기다리는 중`;
      case 'ssend':
        return `${f.on ?? '상대'}의 수신 확인(ack)을 기다리는 중`;
      case 'call':
        return `${f.on ?? '상대'}의 응답을 기다리는 중`;
      case 'publish':
        return `큐 ${f.on ?? '?'}의 빈자리를 기다리는 중`;
      case 'consume':
        return `큐 ${f.on ?? '?'}의 메시지를 기다리는 중`;
      case 'barrier':
        return `배리어 ${f.on ?? '?'}에서 기다리는 중 (${f.arrived ?? '?'}/${f.parties ?? '?'})`;
    }
  },
};
