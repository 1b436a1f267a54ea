import { lazy } from 'react';
import { LazyPart } from '../LazyPart';
import { useApp } from '../../store';
import { useExplore } from './state';

// Loaded when first needed: the first screen carries only the button.
const ExploreCard = lazy(() => import('./ExploreCard').then((m) => ({ default: m.ExploreCard })));
const ExploredBanner = lazy(() => import('./ExploredBanner').then((m) => ({ default: m.ExploredBanner })));

/** Where the search's card and the banner over an explored run appear, above the stage. */
export function ExploreSlot() {
  const open = useExplore((s) => s.open);
  const explored = useApp((st) => st.explored !== null);
  if (!open && !explored) return null;
  return (
    <LazyPart>
      {explored && <ExploredBanner />}
      {open && <ExploreCard />}
    </LazyPart>
  );
}
