// The help's two documents in both languages, read at build time; this module loads only with the panel.

import guideEn from '../../../docs/guide.en.md?raw';
import guideKo from '../../../docs/guide.ko.md?raw';
import referenceEn from '../../../docs/reference.en.md?raw';
import referenceKo from '../../../docs/reference.ko.md?raw';
import type { UiLang } from '../../store/prefs';
import { toSections, type Section } from './doc';

export type DocTab = 'guide' | 'reference';

const RAW: Record<DocTab, Record<UiLang, string>> = {
  guide: { en: guideEn, ko: guideKo },
  reference: { en: referenceEn, ko: referenceKo },
};

export interface Doc {
  sections: Section[];
  /** The language the document is written in: English stands in for a Korean one not written yet. */
  lang: UiLang;
}

const cache = new Map<string, Doc>();

/** A document cut into sections, in the language asked for if it has been written. */
export function docOf(tab: DocTab, lang: UiLang): Doc {
  const key = `${tab}.${lang}`;
  let doc = cache.get(key);
  if (!doc) {
    const written = RAW[tab][lang].trim() ? lang : 'en';
    doc = { sections: toSections(RAW[tab][written]), lang: written };
    cache.set(key, doc);
  }
  return doc;
}
