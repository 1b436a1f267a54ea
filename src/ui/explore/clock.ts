// The clock of an explored run counts deliveries, not ticks (SPEC §8): "delivery 3", "전달 3".
// Apart from the card's strings so that the controls can say it without loading them.

import type { Lang } from '../../lang/ast';

export function deliveryClock(lang: Lang, t: string): string {
  return lang === 'ko' ? `전달 ${t}` : `delivery ${t}`;
}

/** The `Every order` button's own name (the card's strings load with the card). */
export const EVERY_ORDER: Record<Lang, string> = { en: 'Every order', ko: '모든 순서' };

/** An outcome sentence of an explored run, its times said as deliveries (the narration's own words). */
export { deliveriesIn } from '../../playback/narration';
