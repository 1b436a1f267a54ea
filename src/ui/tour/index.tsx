import { lazy, useState } from 'react';
import { LazyPart } from '../LazyPart';
import { tourDone } from './seen';

// Only a first visit downloads the tour itself.
const Tour = lazy(() => import('./Tour'));

/**
 * The guided start for someone who has never opened the app here: a few captions pointing at the
 * stage, the controls, the source and the Scenario menu. A share link gets it too (a student
 * opening a teacher's link is often new to the app); embed mode never renders it.
 */
export function FirstVisit() {
  const [open, setOpen] = useState(() => !tourDone());
  if (!open) return null;
  return (
    <LazyPart failed={null}>
      <Tour onClose={() => setOpen(false)} />
    </LazyPart>
  );
}
