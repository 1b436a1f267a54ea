import { describe, expect, it } from 'vitest';
import { finalSound, josa, type JosaPair } from './josa';

/** All five particles after `name`, to read a whole row at once. */
const row = (name: string): string[] =>
  (['이/가', '을/를', '은/는', '와/과', '으로/로'] as JosaPair[]).map((p) => josa(name, p));

describe('josa', () => {
  it('reads a Hangul syllable by its final consonant, ㄹ going with the vowels before 으로/로', () => {
    expect(row('서버')).toEqual(['서버가', '서버를', '서버는', '서버와', '서버로']);
    expect(row('작업자')).toEqual(['작업자가', '작업자를', '작업자는', '작업자와', '작업자로']);
    expect(row('큐')).toEqual(['큐가', '큐를', '큐는', '큐와', '큐로']);
    expect(row('클라이언트')).toEqual([
      '클라이언트가',
      '클라이언트를',
      '클라이언트는',
      '클라이언트와',
      '클라이언트로',
    ]);
    expect(row('배리어 동기점')).toEqual([
      '배리어 동기점이',
      '배리어 동기점을',
      '배리어 동기점은',
      '배리어 동기점과',
      '배리어 동기점으로',
    ]);
    expect(row('그룹')).toEqual(['그룹이', '그룹을', '그룹은', '그룹과', '그룹으로']);
    expect(row('생산자큐')).toEqual(['생산자큐가', '생산자큐를', '생산자큐는', '생산자큐와', '생산자큐로']);
    expect(row('서울')).toEqual(['서울이', '서울을', '서울은', '서울과', '서울로']);
    expect(josa('문자열', '으로/로')).toBe('문자열로');
  });

  it.each([
    ['0', '영', ['이', '을', '은', '과', '으로']],
    ['1', '일', ['이', '을', '은', '과', '로']],
    ['2', '이', ['가', '를', '는', '와', '로']],
    ['3', '삼', ['이', '을', '은', '과', '으로']],
    ['4', '사', ['가', '를', '는', '와', '로']],
    ['5', '오', ['가', '를', '는', '와', '로']],
    ['6', '육', ['이', '을', '은', '과', '으로']],
    ['7', '칠', ['이', '을', '은', '과', '로']],
    ['8', '팔', ['이', '을', '은', '과', '로']],
    ['9', '구', ['가', '를', '는', '와', '로']],
  ])('reads the digit %s as %s', (digit, _reading, forms) => {
    expect(row(`W${digit}`)).toEqual(forms.map((f) => `W${digit}${f}`));
    expect(row(`Worker[${digit}]`)).toEqual(forms.map((f) => `Worker[${digit}]${f}`));
  });

  it('reads a number whole, by its last place: 십, 백, 천, 만, 억 end in a consonant, 조 does not', () => {
    expect(josa('Map[10]', '이/가')).toBe('Map[10]이');
    expect(josa('Map[10]', '으로/로')).toBe('Map[10]으로');
    expect(josa('숫자 12', '이/가')).toBe('숫자 12가');
    expect(josa('P[100]', '은/는')).toBe('P[100]은');
    expect(josa('P[1000]', '을/를')).toBe('P[1000]을');
    expect(josa('숫자 100000000', '이/가')).toBe('숫자 100000000이');
    expect(josa('숫자 1000000000000', '이/가')).toBe('숫자 1000000000000가');
    expect(josa('숫자 10000000000000', '이/가')).toBe('숫자 10000000000000이');
  });

  it('reads a group member by the number before its `]`', () => {
    expect(josa('Worker[1]', '이/가')).toBe('Worker[1]이');
    expect(josa('Worker[2]', '이/가')).toBe('Worker[2]가');
    expect(josa('Worker[3]', '이/가')).toBe('Worker[3]이');
    expect(josa('Worker[1]', '으로/로')).toBe('Worker[1]로');
    expect(josa('Worker[2]', '은/는')).toBe('Worker[2]는');
    expect(josa('`W[2]`', '은/는')).toBe('`W[2]`는');
    expect(josa('Thread[3]', '와/과')).toBe('Thread[3]과');
  });

  it('reads Latin names the way they are written in Hangul', () => {
    // 서버, 워커, 리듀서, 클라이언트, 스레드, 프로듀서, 잡스, 인벤토리, 파이프: a vowel.
    for (const name of [
      'Server',
      'Worker',
      'Reducer',
      'Client',
      'Thread',
      'Producer',
      'jobs',
      'Inventory',
      'pipe',
      'sync',
      'start',
      'mapped',
      'Queue',
      'Link',
    ])
      expect([name, josa(name, '이/가')]).toEqual([name, `${name}가`]);
    // 잡, 메인, 빌링, 웹, 스톱, 로봇, 소켓, 토픽, 스택, 게임, 라인, 핑: a consonant.
    for (const name of [
      'job',
      'Main',
      'Billing',
      'web',
      'stop',
      'Robot',
      'Socket',
      'Topic',
      'Stack',
      'Game',
      'Line',
      'ping',
      'from',
      'App',
    ])
      expect([name, josa(name, '이/가')]).toEqual([name, `${name}이`]);
    // 풀, 이메일, 테이블, 파일: ㄹ, so 로 and not 으로.
    for (const name of ['Pool', 'Email', 'Table', 'File']) {
      expect(josa(name, '이/가')).toBe(`${name}이`);
      expect(josa(name, '으로/로')).toBe(`${name}로`);
    }
    expect(row('Main')).toEqual(['Main이', 'Main을', 'Main은', 'Main과', 'Main으로']);
    expect(row('Server')).toEqual(['Server가', 'Server를', 'Server는', 'Server와', 'Server로']);
  });

  it('reads a single letter or a short acronym by the name of its last letter', () => {
    expect(josa('A', '이/가')).toBe('A가'); // 에이
    expect(josa('B', '와/과')).toBe('B와'); // 비
    expect(josa('M', '이/가')).toBe('M이'); // 엠
    expect(josa('N', '을/를')).toBe('N을'); // 엔
    expect(josa('L', '으로/로')).toBe('L로'); // 엘
    expect(josa('R', '이/가')).toBe('R이'); // 알
    expect(josa('R', '으로/로')).toBe('R로');
    expect(josa('MPI', '이/가')).toBe('MPI가'); // 엠피아이
    expect(josa('SQL', '은/는')).toBe('SQL은'); // 에스큐엘
    expect(josa('RAM', '이/가')).toBe('RAM이'); // 램 or 알에이엠: both 이
  });

  it('looks past quotes, brackets, trailing underscores and an explaining parenthesis', () => {
    expect(josa('`Server`', '이/가')).toBe('`Server`가');
    expect(josa('"ping"', '을/를')).toBe('"ping"을');
    expect(josa('main_', '이/가')).toBe('main_이');
    expect(josa('비교 연산자(`==`)', '이/가')).toBe('비교 연산자(`==`)가');
  });

  it('writes both forms when the last sound cannot be told', () => {
    expect(josa('`+`', '이/가')).toBe('`+`이(가)');
    expect(josa('', '을/를')).toBe('을(를)');
    expect(row('サーバ')).toEqual([
      'サーバ이(가)',
      'サーバ을(를)',
      'サーバ은(는)',
      'サーバ와(과)',
      'サーバ(으)로',
    ]);
    expect(finalSound('→')).toBeNull();
  });
});
