// Writing a scenario into the single-file page (build/page.ts makes the template): the share
// fragment goes into the page's state element, which the page puts in its address before the app
// starts (src/page/state.ts); the title and language make the file look right in a browser tab.

const STATE = /(<script type="application\/json" id="rendezvous-page-state">)[^<]*(<\/script>)/;
const FRAGMENT = /^v\d+\.[A-Za-z0-9_-]+$/;

export interface PageState {
  /** A share link's fragment, without `#` (src/share/link.ts). */
  fragment: string;
  /** The scenario's title, if any. */
  title: string | null;
  lang: 'en' | 'ko';
}

/** True when `html` is the page template (or a page made from it). */
export const isPageTemplate = (html: string): boolean => STATE.test(html);

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The page with `state` written in. Throws when `html` is not the template or the fragment is not a share's. */
export function fillPage(html: string, state: PageState): string {
  if (!isPageTemplate(html)) throw new Error('not the Rendezvous page template');
  if (!FRAGMENT.test(state.fragment)) throw new Error('not a share fragment');
  const title = state.title ? `${state.title.replace(/\s+/g, ' ').trim()} · Rendezvous` : 'Rendezvous';
  return html
    .replace(STATE, (_, open: string, close: string) => `${open}${state.fragment}${close}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<html lang="[^"]*"/, `<html lang="${state.lang}"`);
}
