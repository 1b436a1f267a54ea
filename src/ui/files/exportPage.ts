// `Export page…` (loaded when asked for): the single-file page (build/page.ts) with the scenario,
// its branch and the current step written in, offered as a download. The template is fetched from
// next to the app; a page opened from disk has no server, so it exports itself from its own text.
import { MAX_FRAGMENT_CHARS } from '../../share/limits';
import { appStore } from '../../store';
import { currentShareUrl } from '../share';
import { titleOf } from '../titles';
import { download, fileNameFor } from './save';
import { fillPage, isPageTemplate } from './pageFill';
import { fileWords } from './strings';

/** The template of the page: the page's own text when it is one, else page.html next to the app. */
async function template(): Promise<string | null> {
  const own = (globalThis as { rendezvousPageTemplate?: string }).rendezvousPageTemplate;
  if (own && isPageTemplate(own)) return own;
  try {
    const response = await fetch(new URL('page.html', document.baseURI));
    if (!response.ok) return null;
    const html = await response.text();
    // A dev server answers any path with the app's index.html: that is no template.
    return isPageTemplate(html) ? html : null;
  } catch {
    return null;
  }
}

/** Saves the page; resolves to the status line to show. */
export async function exportPage(): Promise<string> {
  const { imported, checked, lang } = appStore.getState();
  const w = fileWords(lang);
  if (imported) return w.pageImported;
  const url = await currentShareUrl();
  const fragment = url.slice(url.indexOf('#') + 1);
  if (fragment.length > MAX_FRAGMENT_CHARS) return w.pageTooLarge;
  const html = await template();
  if (html === null) return w.pageMissing;
  const title = titleOf(checked.scenario.titles, lang);
  const name = fileNameFor(title, 'html');
  download(name, fillPage(html, { fragment, title, lang }), 'text/html;charset=utf-8');
  return w.pageSaved(name);
}
