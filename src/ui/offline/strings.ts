// What the update notice says, in English and Korean.

export const OFFLINE_STRINGS = {
  en: {
    waiting:
      'A new version of Rendezvous is ready. Reload to switch to it; until then this page keeps working as it is.',
    active: 'A new version of Rendezvous was opened in another tab. Reload this page to use it too.',
    reload: 'Reload',
    later: 'Later',
  },
  ko: {
    waiting:
      'Rendezvous의 새 버전이 준비되었습니다. 새로 고침하면 새 버전으로 바뀌고, 그때까지는 이 페이지가 지금처럼 동작합니다.',
    active:
      '다른 탭에서 Rendezvous의 새 버전을 열었습니다. 이 페이지도 새로 고침하면 새 버전을 쓸 수 있습니다.',
    reload: '새로 고침',
    later: '나중에',
  },
} as const;
