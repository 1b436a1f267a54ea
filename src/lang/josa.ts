// Korean particles (조사) after a word that can be anything: a Hangul name, a Latin name (`Server`,
// `job`), a group member (`Worker[3]`), a number. Korean picks the form by the word's last spoken
// sound, so this reads the end of the word as a Korean speaker would say it. The one place that
// does so: the diagnostics, the hints and the narration all take their particles from here.
//
// es-hangul's `josa` was weighed and not used: it reads only Hangul syllables and all-capital
// acronyms, so `Worker[3]`, `Main` and `Map[10]` would all get the vowel form (가).

/** The pairs, written as Korean grammar books do: form after a final consonant / form after a vowel. */
export type JosaPair = '이/가' | '을/를' | '은/는' | '와/과' | '으로/로';

/** How a word ends when spoken: in a vowel, in a final consonant (받침), or in ㄹ. */
export type FinalSound = 'vowel' | 'consonant' | 'ㄹ';

/** [after a final consonant, after a vowel, both when the sound is unknown]. */
const FORMS: Record<JosaPair, readonly [string, string, string]> = {
  '이/가': ['이', '가', '이(가)'],
  '을/를': ['을', '를', '을(를)'],
  '은/는': ['은', '는', '은(는)'],
  '와/과': ['과', '와', '와(과)'],
  '으로/로': ['으로', '로', '(으)로'],
};

/** `text` followed by the form of the particle that fits its last sound (both forms when unknown). */
export function josa(text: string, pair: JosaPair): string {
  const [withFinal, withoutFinal, both] = FORMS[pair];
  const sound = finalSound(text);
  if (sound === null) return `${text}${both}`;
  // 으로/로 is the one pair where ㄹ goes with the vowels: 서울로, 일로, 풀로.
  if (sound === 'vowel' || (sound === 'ㄹ' && pair === '으로/로')) return `${text}${withoutFinal}`;
  return `${text}${withFinal}`;
}

/** The last spoken sound of `text`, or null when it cannot be told (a symbol, another script). */
export function finalSound(text: string): FinalSound | null {
  // A parenthesis after a word explains it; the particle goes with the word: 연산자(`==` …)가.
  let t = text.replace(/(\S)\([^()]*\)$/u, '$1');
  // Closing marks are not spoken: `Worker[3]` is read "Worker 삼", `"ping"` is read "ping".
  t = t.replace(/[`'"\])}…_\s]+$/u, '');
  const c = t[t.length - 1];
  if (c === undefined) return null;
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'ㄹ' : 'consonant';
  }
  const digits = /\d+$/.exec(t);
  if (digits) return numberFinal(digits[0]);
  const latin = /[A-Za-z]+$/.exec(t);
  if (latin) return latinFinal(latin[0]);
  return null;
}

/** Sino-Korean digits: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGITS: readonly FinalSound[] = [
  'consonant', // 영
  'ㄹ', // 일
  'vowel', // 이
  'consonant', // 삼
  'vowel', // 사
  'vowel', // 오
  'consonant', // 육
  'ㄹ', // 칠
  'ㄹ', // 팔
  'vowel', // 구
];

/** The last sound of a whole number read in Sino-Korean (…일, …이, 십, 백, 천, 만, 억, 조). */
function numberFinal(digits: string): FinalSound {
  const last = Number(digits[digits.length - 1] ?? '0');
  if (last !== 0) return DIGITS[last] ?? 'vowel';
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (zeros === digits.length) return 'consonant'; // 영
  // 10 십, 100 백, 1000 천, 10^4 만, 10^8 억, 10^12 조: only 조 ends in a vowel.
  return zeros === 12 ? 'vowel' : 'consonant';
}

/** The name of each letter as Koreans say it: 에이 비 씨 … 엘 엠 엔 … 알 …. */
const LETTER_ENDS_IN: Record<string, FinalSound> = { l: 'ㄹ', r: 'ㄹ', m: 'consonant', n: 'consonant' };

/**
 * How a Latin word ends when a Korean says it. The rule, after the common way English words are
 * written in Hangul (외래어 표기법), approximated from spelling alone:
 * - one letter, or an all-capital acronym of two or three (`API`, `TCP`), is read by the name of its
 *   last letter: 엘 and 알 end in ㄹ, 엠 and 엔 in a consonant, every other letter in a vowel;
 * - a word ending in l or le ends in ㄹ (Pool 풀, Email 이메일, Table 테이블);
 * - in m, n, ng, me or ne, in a consonant (Main 메인, Billing 빌링, Game 게임, Line 라인);
 * - in ck, or in b, p, t, k or c after a single short vowel, in a consonant (Stack 스택, job 잡,
 *   Stop 스톱, Robot 로봇, Socket 소켓, Topic 토픽);
 * - everything else in a vowel, since Korean adds 으 after a final consonant cluster or a voiced
 *   stop (Client 클라이언트, Thread 스레드, jobs 잡스, Link 링크) or the letter is not sounded
 *   (Server 서버, Worker 워커, Reducer 리듀서, Queue 큐, Pipe 파이프).
 * Spelling does not show vowel length, so long vowels before p, t, k read as short here (Loop 루프
 * is right, Group 그룹 and Book 북 are not): both forms of a particle still read, one less smoothly.
 */
function latinFinal(word: string): FinalSound {
  if (word.length === 1 || (word.length <= 3 && word === word.toUpperCase()))
    return LETTER_ENDS_IN[word[word.length - 1]!.toLowerCase()] ?? 'vowel';
  const w = word.toLowerCase();
  if (/(?:l|le)$/.test(w)) return 'ㄹ';
  if (/(?:m|n|ng|me|ne)$/.test(w)) return 'consonant';
  if (/ck$/.test(w) || /(?:^|[^aeiou])[aeiou]([bptkc])\1?$/.test(w)) return 'consonant';
  return 'vowel';
}
