import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startPlayer } from './ui/player';
import { startRunner } from './ui/runner';
import { exposeApi } from './ui/api';
import { startOffline } from './ui/offline/register';
import { openCompareFromLocation, openFromLocation, startShareSync } from './ui/share';
import { preloadCourseBar } from './ui/course';
import { prefetchGoals, preloadGoals } from './ui/goals';
import { appStore } from './store';
import './ui/styles.css';
import './ui/focus.css';

// A link's scenario is decoded before the page is drawn, so no other one shows first.
await openFromLocation();
// A compare link's two scenarios load first, so the page does not show another one before them.
await openCompareFromLocation();
await preloadCourseBar();
await preloadGoals(appStore.getState().checked.scenario.goals.length > 0);
startShareSync();
startRunner();
startPlayer();
exposeApi();
startOffline();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Exercises opened later find their goals' code already here.
prefetchGoals();
