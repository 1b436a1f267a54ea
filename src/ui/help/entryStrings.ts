// The few help words the page needs before the Help panel has loaded: the header's button, the
// notice shown while an example from the help is on the stage, the Scenario menu's entry for it.

export const ENTRY_STRINGS = {
  en: {
    help: 'Help',
    helpHint: 'Guide, language reference and keyboard shortcuts (?)',
    exampleScenario: 'Example from the help',
    showingExample: 'Showing an example from the help.',
    editedExample: 'Your changes to the example are kept in your scenarios.',
    back: 'Back to your scenario',
    backToHelp: 'Back to the help',
    keep: 'Keep this one',
  },
  ko: {
    help: '도움말',
    helpHint: '개념 안내, 언어 레퍼런스, 단축키 (?)',
    exampleScenario: '도움말의 예제',
    showingExample: '도움말의 예제를 보여 주고 있습니다.',
    editedExample: '예제를 고친 내용은 내 시나리오에 저장되어 있습니다.',
    back: '원래 시나리오로 돌아가기',
    backToHelp: '도움말로 돌아가기',
    keep: '이대로 두기',
  },
} as const;
