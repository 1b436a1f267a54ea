// Share links in the app: opening the scenario a link carries, and keeping the address bar honest
// (a link's fragment stays only while its scenario is on screen, unedited). The codec (with its
// compressor) loads when a link is opened or made, not with the first screen.

import { appStore } from '../store';
import { depthOf, MAX_SHARED, treeFromText } from '../store/whatifTree';
import { openBuiltinCompare } from './compare/sides';

const codec = () => import('../share/link');

/**
 * Opens the scenario in the page's `#` fragment, if any; a bad link leaves a notice and changes
 * nothing. Resolves once it is open, so the page can wait for it before drawing.
 */
export async function openFromLocation(): Promise<void> {
  const hash = window.location.hash;
  if (hash.length <= 1) return;
  let decodeShare: Awaited<ReturnType<typeof codec>>['decodeShare'];
  try {
    ({ decodeShare } = await codec());
  } catch (error) {
    console.warn('Rendezvous: could not load the link reader', error);
    return;
  }
  // Another link may have been pasted while the reader loaded: open the one there now.
  if (window.location.hash !== hash) return;
  const decoded = decodeShare(hash);
  if (decoded.ok) {
    if (decoded.whatifs !== null)
      appStore.getState().openWhatIf(decoded.source, decoded.whatifs, decoded.step);
    else appStore.getState().open(decoded.source, { kind: 'link' }, decoded.step);
    return;
  }
  if (decoded.reason === 'empty' || decoded.reason === 'not-a-share') return;
  console.warn(`Rendezvous: the link could not be opened: ${decoded.message}`);
  appStore.getState().setNotice({ kind: 'link', reason: decoded.reason, detail: decoded.message });
  dropFragment();
}

function dropFragment(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** Follows links pasted into this tab, and drops a link's fragment once its scenario is left or edited. */
export function startShareSync(): () => void {
  const onHash = () => void openFromLocation();
  window.addEventListener('hashchange', onHash);
  const unsubscribe = appStore.subscribe((state, prev) => {
    if (state.origin === prev.origin) return;
    if (state.origin.kind !== 'link' && window.location.hash.length > 1) dropFragment();
    // Back on a shared scenario (from a help example, say): the address carries it again, so a
    // reload still opens it.
    if (state.origin.kind === 'link' && window.location.hash.length <= 1)
      void codec().then(({ shareUrl }) => {
        const now = appStore.getState();
        if (now.origin === state.origin && window.location.hash.length <= 1)
          history.replaceState(null, '', shareUrl(window.location.href, { source: now.source }));
      }, console.warn);
  });
  return () => {
    window.removeEventListener('hashchange', onHash);
    unsubscribe();
  };
}

/** The link to the scenario on screen at the current step (a what-if carries its way from the original). */
export async function currentShareUrl(): Promise<string> {
  const { source, index, lang, whatIf, origin } = appStore.getState();
  const { shareUrl } = await codec();
  const count = origin.kind === 'branch' && whatIf ? depthOf(whatIf) : 0;
  const whatifs =
    count >= 1 && count <= MAX_SHARED && treeFromText('link', source, count) ? count : undefined;
  return shareUrl(window.location.href, { source, step: index, lang, ...(whatifs ? { whatifs } : {}) });
}

/**
 * Opens the compare view when the address asks for it (`?compare=both-ways-rpc,both-ways-queue`);
 * resolves once it is open (or found unknown), so the page can wait for it before drawing.
 */
export async function openCompareFromLocation(): Promise<void> {
  const ids = new URLSearchParams(window.location.search).get('compare')?.split(',') ?? [];
  const [a, b] = ids;
  if (ids.length === 2 && a && b) await openBuiltinCompare(a, b);
}
