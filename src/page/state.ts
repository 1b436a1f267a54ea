// Runs before the app: keeps the page's own text (so the page can export itself again, with no
// server to fetch it from), and puts the inlined share fragment in the address, where the app
// reads a link's scenario, branch and step. A fragment already in the address wins.

const STATE_ID = 'rendezvous-page-state';

const element = document.getElementById(STATE_ID);
const fragment = element?.textContent?.trim() ?? '';

// Read before React fills the page: the template is the document as it was written.
(globalThis as { rendezvousPageTemplate?: string }).rendezvousPageTemplate =
  `<!doctype html>\n${document.documentElement.outerHTML}`;

if (/^v\d+\.[A-Za-z0-9_-]+$/.test(fragment) && window.location.hash.length <= 1)
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${fragment}`);
