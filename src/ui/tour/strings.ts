// The first-visit tour's words, in English and Korean.

import type { UiLang } from '../../store/prefs';
import type { TourStepId } from './steps';

export interface TourStrings {
  /** The caption's accessible name, with its position: "Getting started, 1 of 4". */
  label(step: number, total: number): string;
  counter(step: number, total: number): string;
  steps: Record<TourStepId, { title: string; body: string }>;
  back: string;
  next: string;
  done: string;
  skip: string;
  skipLabel: string;
}

export const TOUR_STRINGS: Record<UiLang, TourStrings> = {
  en: {
    label: (step, total) => `Getting started, ${step} of ${total}`,
    counter: (step, total) => `${step} of ${total}`,
    steps: {
      stage: {
        title: 'Welcome to Rendezvous',
        body: 'This is the stage. Each box is a process running its own program; watch messages travel between them, and see who is blocked and why.',
      },
      controls: {
        title: 'Play it, one step at a time',
        body: 'Press Space or ▶ to play. → and ← step one event forward or back, so you can stop anywhere and ask what happens next.',
      },
      source: {
        title: 'Change the scenario',
        body: 'This is the scenario’s source. Edit it and the run starts again at once; a mistake is underlined with a hint.',
      },
      menu: {
        title: 'Try another scenario',
        body: 'The Scenario menu holds the built-in scenarios, from a simple RPC to MapReduce and a deadlock. Press ? whenever you need help.',
      },
    },
    back: 'Back',
    next: 'Next',
    done: 'Done',
    skip: 'Skip',
    skipLabel: 'Skip the tour',
  },
  ko: {
    label: (step, total) => `시작 안내, ${total}단계 중 ${step}단계`,
    counter: (step, total) => `${step} / ${total}`,
    steps: {
      stage: {
        title: 'Rendezvous에 오신 것을 환영합니다',
        body: '이곳은 무대입니다. 상자 하나하나가 자기 프로그램을 실행하는 프로세스입니다. 메시지가 오가는 모습과 누가 왜 기다리는지를 지켜보세요.',
      },
      controls: {
        title: '한 단계씩 재생해 보세요',
        body: 'Space 키나 ▶ 버튼을 누르면 재생됩니다. → 키와 ← 키로 이벤트를 하나씩 앞뒤로 넘길 수 있으니, 아무 데서나 멈추고 다음에 무슨 일이 일어날지 함께 생각해 보세요.',
      },
      source: {
        title: '시나리오를 고쳐 보세요',
        body: '여기가 시나리오의 소스입니다. 고치면 바로 다시 실행되고, 잘못 쓴 곳에는 밑줄과 함께 도움말이 붙습니다.',
      },
      menu: {
        title: '다른 시나리오도 열어 보세요',
        body: '시나리오 메뉴에는 간단한 RPC부터 MapReduce와 교착 상태까지 여러 기본 시나리오가 들어 있습니다. 도움이 필요하면 언제든 ? 키를 누르세요.',
      },
    },
    back: '이전',
    next: '다음',
    done: '마치기',
    skip: '건너뛰기',
    skipLabel: '안내 건너뛰기',
  },
};
