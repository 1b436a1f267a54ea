import type { Lang, Localized } from '../lang/ast';

/** The text for `lang`, else the untagged one, else any; null when there is none. */
export function titleOf(texts: readonly Localized[], lang: Lang): string | null {
  return (
    texts.find((x) => x.lang === lang)?.text ??
    texts.find((x) => x.lang === null)?.text ??
    texts[0]?.text ??
    null
  );
}
