// Korean messages of every checker diagnostic and run-time error, by the same codes and params as
// diagnostics.ts and diagnostics.run.ts. Some params are English words chosen by the parser ("the
// number 5", "a process name"); they are translated here. A particle after a value that can be
// anything is chosen by the value's last sound (`josa`); names mostly stand before a fixed noun.

import type { DiagnosticCode, Params } from './diagnostics';
import type { HostFailure, RunErrorCode } from './diagnostics.run';
import { josa } from './josa';

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** A token as cursor.ts `describe` names it ("the number 5", "a quoted text", "the keyword `end`", "`]`"). */
function token(found: string): string {
  const number = /^the number (.+)$/su.exec(found);
  if (number) return `숫자 ${number[1]}`;
  if (found === 'a quoted text') return '문자열';
  const keyword = /^the keyword (`.+`)$/su.exec(found);
  if (keyword) return `${keyword[1]} 키워드`;
  const quoted = /^`(.+)`$/su.exec(found);
  if (quoted) return NAME.test(quoted[1] ?? '') ? found : `${found} 기호`;
  return found;
}

/** What the parser expected: "a process name", "`]`", "a comparison (…)". */
function expected(what: string): string {
  switch (what) {
    case 'a process name':
      return '프로세스 이름';
    case 'a queue name':
      return '큐 이름';
    case 'a barrier name':
      return '배리어 이름';
    case 'a process or queue name':
      return '프로세스나 큐의 이름';
  }
  if (what === '`count`, `from` or `skip`') return '`count`, `from`, `skip` 중 하나';
  if (what === 'a kind of goal') return '목표의 종류';
  if (what === 'a kind of outcome') return '실행 결과의 종류';
  if (what === 'a goal comparison') return '비교 연산자(`<=`, `<`, `>=`, `>`, `==`)';
  if (what.startsWith('a comparison')) return '비교 연산자(`==`, `!=`, `<`, `<=`, `>`, `>=`)';
  const quoted = /^`(.+)`$/su.exec(what);
  if (quoted) return NAME.test(quoted[1] ?? '') ? `${what} 키워드` : `${what} 기호`;
  return what;
}

/** A kind of declaration: process, group, queue, barrier, or "process or queue". */
const KINDS: Record<string, string> = {
  process: '프로세스',
  group: '그룹',
  queue: '큐',
  barrier: '배리어',
  'process or queue': '프로세스나 큐',
};
const kind = (k: string | number | undefined): string => KINDS[String(k)] ?? String(k);

/** "expected X, found Y" / "expected X after `a`" / "expected X before the end of the line". */
function expectedFound(what: string, p: Params): string {
  const x = josa(what, '이/가');
  if (p.found !== undefined) return `${x} 와야 할 자리에 ${josa(token(String(p.found)), '이/가')} 있습니다`;
  if (p.after !== undefined) return `\`${p.after}\` 뒤에 ${x} 와야 합니다`;
  return `줄이 끝나기 전에 ${x} 와야 합니다`;
}

const NEVER_TAKEN: Record<string, string> = {
  'this message is never taken': '이 메시지는 아무도 꺼내 가지 않습니다',
  'this `ssend` waits forever for its acknowledgement':
    '이 `ssend`는 수신 확인(ack)을 영원히 기다리게 됩니다',
  'this `call` waits forever for a reply': '이 `call`은 응답을 영원히 기다리게 됩니다',
};

/** Korean message of every checker diagnostic. */
export const KO_MESSAGES: Record<DiagnosticCode, (p: Params) => string> = {
  'too-large': (p) => `시나리오가 ${p.bytes}바이트로, 한도인 262,144바이트(256KiB)를 넘습니다`,
  'no-process': () => '시나리오에는 프로세스가 하나 이상 있어야 합니다',
  'unexpected-char': (p) => `여기에 쓸 수 없는 문자가 있습니다: \`${p.char}\``,
  'unterminated-string': () => '이 문자열은 닫는 큰따옴표 없이 줄이 끝납니다',
  'bad-escape': (p) => `문자열 안에 알 수 없는 이스케이프가 있습니다: \`\\${p.char}\``,
  'number-too-large': (p) => `숫자가 너무 큽니다: ${p.text}`,
  'unknown-keyword': (p) => `\`${p.word}\` 키워드는 이 언어에 없습니다`,
  'expected-keyword': (p) =>
    p.found === undefined
      ? '줄은 키워드로 시작해야 합니다'
      : `줄을 ${josa(token(String(p.found)), '으로/로')} 시작할 수는 없습니다`,
  'statement-outside-process': (p) => `\`${p.word}\` 명령문은 프로세스 안에만 쓸 수 있습니다`,
  'toplevel-in-process': (p) => `\`${p.word}\` 줄은 프로세스 안이 아니라 최상위에 써야 합니다`,
  'missing-end': (p) => `${p.line}번째 줄의 \`${p.opener}\` 블록이 \`end\`로 닫히지 않았습니다`,
  'extra-end': () => '이 `end`로 닫을 블록이 없습니다',
  'else-outside-if': () => '이 `else`와 짝이 되는 `if`가 없습니다',
  'duplicate-else': (p) => `${p.line}번째 줄의 \`if\`에는 이미 \`else\`가 있습니다`,
  'else-if': () => '이 언어에는 `else if`가 없습니다',
  'expected-name': (p) => expectedFound(expected(String(p.what)), p),
  'expected-expression': (p) => expectedFound('숫자나 식', p),
  'expected-string': (p) => expectedFound('큰따옴표로 감싼 문자열', p),
  'expected-number': (p) => expectedFound('숫자', p),
  'expected-token': (p) => expectedFound(expected(String(p.what)), p),
  'unexpected-token': (p) =>
    `이 줄은 여기서 끝나야 하는데 뒤에 ${josa(token(String(p.found)), '이/가')} 더 있습니다`,
  'bad-lang': (p) => `\`${p.lang}\` 언어는 지원하지 않습니다`,
  'duplicate-name': (p) =>
    `\`${p.name}\` 이름은 이미 ${p.line}번째 줄에서 ${josa(kind(p.kind), '으로/로')} 선언되었습니다`,
  'duplicate-setting': (p) => `\`${p.word}\` 설정이 두 번 있습니다 (처음은 ${p.line}번째 줄)`,
  'duplicate-title': (p) => `${titleLang(p.lang)} \`title\` 줄이 또 있습니다 (첫 번째는 ${p.line}번째 줄)`,
  'duplicate-about': (p) => `${titleLang(p.lang)} \`about\` 줄이 또 있습니다 (첫 번째는 ${p.line}번째 줄)`,
  'unknown-name': (p) => `이름이 \`${p.name}\`인 ${josa(kind(p.kind), '이/가')} 없습니다`,
  'wrong-kind': (p) =>
    `\`${p.name}\` 이름은 ${kind(p.actual)}입니다. 여기에는 ${josa(kind(p.expected), '이/가')} 와야 합니다`,
  'group-needs-index': (p) => `\`${p.name}\` 그룹에서 멤버 하나를 골라 써야 합니다`,
  'not-a-group': (p) => `\`${p.name}\` 이름은 그룹이 아니므로 번호를 붙일 수 없습니다`,
  'index-out-of-range': (p) => `\`${p.name}\` 그룹에는 \`${p.name}[${p.index}]\` 멤버가 없습니다`,
  'var-outside-group': (p) => `\`${p.name}\` 변수는 그룹 프로세스 안에서만 쓸 수 있습니다`,
  'bad-range': (p) => `범위 ${p.first}..${p.last}에는 번호가 하나도 없습니다`,
  'too-many-processes': (p) => `프로세스가 너무 많습니다. 모두 ${p.count}개인데 한도는 4096개입니다`,
  'must-be-positive': (p) => `\`${p.word}\` 값은 1 이상이어야 합니다`,
  'negative-amount': (p) => `\`${p.word}\`에는 0 이상의 값이 필요한데, 이 값은 ${p.value}입니다`,
  'division-by-zero': () => '이 식은 0으로 나눕니다',
  'too-deep': (p) => `이 ${p.what === 'block' ? '블록은' : '식은'} 너무 깊이 중첩되어 있습니다`,
  'duplicate-option': (p) => `이 줄에 \`${p.word}\` 옵션이 두 번 있습니다`,
  'empty-cut': (p) => `t=${p.from}부터 t=${p.to}까지 끊는 이 구간에는 시간이 없습니다`,
  'restart-without-crash': (p) =>
    `\`${p.name}\` 프로세스는 t=${p.at}에 다시 시작하는데, 그 전에 멈추게 하는 \`crash\` 줄이 없습니다`,
  'break-outside-loop': () => '`break`는 `repeat`나 `loop`를 빠져나가는데, 이 줄을 감싼 반복이 없습니다',
  'timeout-too-small': (p) => `\`timeout\`에는 1틱 이상이 필요한데, 이 값은 ${p.value}입니다`,
  'unknown-goal-kind': (p) => `\`${p.word}\` 목표 종류는 없습니다`,
  'unknown-outcome': (p) => `\`${p.word}\` 실행 결과는 없습니다`,
  'goal-not-equal': () => '목표에는 `!=`를 쓸 수 없습니다',
  'duplicate-goal-text': (p) => `이 목표에는 이미 ${titleLang(p.lang)} 문구가 있습니다`,
  'internal-error': (p) => `검사기 내부에서 오류가 났습니다: ${p.detail}`,
  unreachable: (p) => `${p.line}번째 줄의 \`loop\`가 끝없이 반복되므로 이 줄은 실행될 수 없습니다`,
  'parties-exceed-users': (p) =>
    `\`${p.name}\` 배리어는 프로세스 ${p.parties}개가 도착하기를 기다리지만, ${
      p.users === 0
        ? '이 배리어를 쓰는 프로세스가 없습니다'
        : `이 배리어를 쓰는 프로세스는 ${p.users}개뿐입니다`
    }`,
  'never-receives': (p) =>
    `\`${p.name}\` 프로세스는 메시지를 받지 않으므로 ${NEVER_TAKEN[String(p.what)] ?? String(p.what)}`,
};

/** "in `en`" / "without a language" of a duplicate title or about. */
function titleLang(lang: string | number | undefined): string {
  const tag = /`(\w+)`/.exec(String(lang));
  return tag ? `\`${tag[1]}\` 언어의` : '언어 표시가 없는';
}

const worker = (p: Params): string => {
  const w = `${p.worker}번 워커가`;
  switch (p.reason as HostFailure) {
    case 'no-operation':
      return '프로세스의 프로그램이 다음 동작을 내놓지 않았습니다';
    case 'failed':
      return `${p.worker}번 워커에서 오류가 났습니다: ${p.detail}`;
    case 'crashed':
      return p.detail ? `${w} 비정상적으로 끝났습니다: ${p.detail}` : `${w} 실행되지 못하고 끝났습니다`;
    case 'unreadable':
      return `${w} 읽을 수 없는 메시지를 보냈습니다`;
    case 'timeout':
      return `${w} ${p.ms}ms 동안 응답하지 않았습니다`;
    case 'stopped':
      return '실행이 중단되었습니다';
    case 'exception':
      return `실행 중에 예상하지 못한 오류가 났습니다: ${p.detail}`;
  }
};

/** Korean message of every run-time error. */
export const KO_RUN_MESSAGES: Record<RunErrorCode, (p: Params) => string> = {
  'run-division-by-zero': (p) =>
    p.op === '%' ? '0으로 나눈 나머지를 구하려 했습니다' : '0으로 나누려 했습니다',
  'run-no-such-member': (p) =>
    `${p.group} 그룹에는 번호가 ${p.index}인 멤버가 없습니다. 멤버 번호는 ${p.first}부터 ${p.last}까지입니다`,
  'run-negative-compute': (p) => `compute 시간은 0 이상이어야 하는데, 계산한 값은 ${p.duration}입니다`,
  'run-bad-timeout': (p) => `timeout은 1틱 이상이어야 하는데, 계산한 값은 ${p.value}입니다`,
  'run-reply-without-request': () => 'reply로 답할 요청이 없습니다',
  'run-worker-failed': worker,
};
