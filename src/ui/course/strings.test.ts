import { describe, expect, it } from 'vitest';
import { COURSE_STRINGS, withJosa } from './strings';

describe('the Course’s Korean sentences', () => {
  it('put the particle that fits the title’s last spoken sound after its closing quote', () => {
    expect(withJosa('연습: 누가 먼저 말할까?', '으로/로')).toBe('“연습: 누가 먼저 말할까?”로');
    expect(withJosa('동기 RPC: 호출한 쪽이 기다린다', '으로/로')).toBe('“동기 RPC: 호출한 쪽이 기다린다”로');
    expect(withJosa('연습: 빠진 배리어', '을/를')).toBe('“연습: 빠진 배리어”를');
    expect(withJosa('소켓: 일보다 왕복이 더 비싸다', '이/가')).toBe('“소켓: 일보다 왕복이 더 비싸다”가');
    expect(withJosa('연습: 경쟁하는 소비자들', '으로/로')).toBe('“연습: 경쟁하는 소비자들”로');
    expect(withJosa('OpenMP parallel for: 보이지 않는 배리어', '은/는')).toBe(
      '“OpenMP parallel for: 보이지 않는 배리어”는',
    );
    expect(COURSE_STRINGS.ko.continueWith('맵리듀스: 맵, 배리어, 셔플, 리듀스')).toBe(
      '“맵리듀스: 맵, 배리어, 셔플, 리듀스”로 이어 가기',
    );
  });

  it('have every English string in Korean too', () => {
    expect(Object.keys(COURSE_STRINGS.ko).sort()).toEqual(Object.keys(COURSE_STRINGS.en).sort());
    expect(COURSE_STRINGS.ko.progress(3, 36)).toBe('36단계 중 3단계 마침');
  });
});
